/** An id label is a whole word: "Harris320" holds no HAR label, "Finley204" no FIN label. */
import { describe, expect, it } from 'vitest';
import { findSpans } from './index.js';

const kindsOf = (text: string) =>
  findSpans(text, { known: [] }).map((s) => [text.slice(s.start, s.end), s.kind]);

describe('labelled ids need a whole-word label', () => {
  it('a name starting with a label word is no id', () => {
    for (const t of [
      'Name: Leona395 Harris320  |  MRN on file',
      'brought in by his sibling, Hope753 Harvey918, with cough',
      'Spoke with her child Monserrate552 Harber992 about labs',
      'Seen with Finley204 Ortiz311 today',
    ]) {
      expect(
        kindsOf(t).filter(([, k]) => k === 'encounter-number'),
        t,
      ).toEqual([]);
    }
  });

  it('the labels themselves still work', () => {
    expect(kindsOf('HAR 12345678 opened')).toContainEqual(['12345678', 'encounter-number']);
    expect(kindsOf('FIN# 7654321 today')).toContainEqual(['7654321', 'encounter-number']);
    expect(kindsOf('Acct no: 55512345')).toContainEqual(['55512345', 'account-number']);
  });
});

describe('phone extensions are not prescription counts', () => {
  it('"x 174 days" is a duration; "x 1325" after a phone word is an extension', () => {
    expect(kindsOf('Start lisinopril 10 mg oral once daily x 174 days (RxNorm 314076).')).toEqual([]);
    expect(kindsOf('Call the desk at ext 1325 for results')).toContainEqual(['1325', 'phone']);
  });
});
