import { describe, expect, test } from 'vitest';
import { findSpans } from './find-spans.js';
import { nameWords } from './rules-intl-people.js';

// Invented people; names are drawn from common given/family names of several languages.
function names(text: string): string[] {
  return findSpans(text)
    .filter((s) => s.kind === 'person-name' || s.kind === 'given-name' || s.kind === 'family-name')
    .map((s) => text.slice(s.start, s.end));
}

describe('people after a naming cue or before a residence verb', () => {
  test.each([
    ['My name is Sigrún Hallsdóttir', 'Sigrún Hallsdóttir'],
    ['Friends call me Csanád', 'Csanád'],
    ['He worked as the assistant to Bekzod Umarov, then left.', 'Bekzod Umarov'],
    ['Ilse Vandermeulen lives on Kerkstraat 4 street.', 'Ilse Vandermeulen'],
    ['Tuuli is from a small agency', 'Tuuli'],
    ['"Prices rise," says Lindqvist.', 'Lindqvist'],
  ])('%s', (text, name) => {
    expect(names(text).some((n) => n.includes(name))).toBe(true);
  });

  test('a speaker label that is a known given name', () => {
    expect(names('Oliver: Where were you?\nIngrid: Out.')).toEqual(
      expect.arrayContaining(['Oliver', 'Ingrid']),
    );
  });

  test('hard negatives: clinical section labels, contractions, everyday words', () => {
    expect(names('Neuro: Alert and oriented.\nResp: Clear.')).toEqual([]);
    expect(names("she says I'm going home")).toEqual([]);
    expect(names('pain is from the incision')).toEqual([]);
    expect(nameWords('Heparin')).toBe(false);
    expect(nameWords('The Road')).toBe(false);
    expect(nameWords('Hallsdóttir')).toBe(true);
  });
});
