import { describe, expect, test } from 'vitest';
import { findSpans } from './find-spans.js';
import { townWords } from './rules-intl-places.js';

// Invented sentences; the towns are small or made-up places.
function valuesOf(text: string, kind: string): string[] {
  return findSpans(text)
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}

describe('towns after a travel or residence cue', () => {
  test.each([
    ['Mr. Olsen flew to Kvaløysletta on Monday.', 'Kvaløysletta'],
    ['She grew up in HAMMERFEST.', 'HAMMERFEST'],
    ['Gleb is originally from Reguengos de Monsaraz, he says.', 'Reguengos de Monsaraz'],
    ['The studio is based in Vrhnika.', 'Vrhnika'],
    ['Where: Unionvale (Dutchess) Country Club.', 'Unionvale (Dutchess)'],
  ])('%s', (text, town) => {
    expect(valuesOf(text, 'city')).toContain(town);
  });

  test('a town and its postcode after "in"', () => {
    const text = 'We support Fjordline in Vetralla 01019 in its mission.';
    expect(valuesOf(text, 'city')).toContain('Vetralla');
    expect(valuesOf(text, 'zip')).toContain('01019');
  });

  test('hard negatives: months, years, clinical words, short capitals, lower case', () => {
    expect(valuesOf('admitted in March 2019 with chest pain', 'zip')).toEqual([]);
    expect(valuesOf('results in Troponin 0.04', 'city')).toEqual([]);
    expect(valuesOf('pt arrived at MICU from ED', 'city')).toEqual([]);
    expect(valuesOf('she flew to see her son', 'city')).toEqual([]);
    expect(valuesOf('Her son (lives in Arizona) calls weekly', 'city')).toEqual([]);
    // states and countries are kept by Safe Harbor
    expect(townWords('Norway')).toBe(false);
    expect(townWords('Arizona')).toBe(false);
    expect(townWords('The')).toBe(false);
    expect(townWords('Heparin')).toBe(false);
    expect(townWords('Vrhnika')).toBe(true);
  });
});
