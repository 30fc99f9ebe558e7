import { describe, expect, test } from 'vitest';
import { findSpans } from './find-spans.js';
import { INTL_CONTACT_RECOGNIZERS, ibanChecks } from './rules-intl-contact.js';

// Invented numbers (no real subscriber or account).
function spans(text: string): { kind: string; value: string }[] {
  return findSpans(text).map((s) => ({ kind: s.kind, value: text.slice(s.start, s.end) }));
}
function has(text: string, value: string, kind: string): boolean {
  return spans(text).some((s) => s.value === value && s.kind === kind);
}

describe('international phone numbers', () => {
  test.each([
    ['Mobile: 0612 44 08 19', '0612 44 08 19'],
    ['Desk: +41 (0)21 555 07 13', '+41 (0)21 555 07 13'],
    ['Can someone call me on 8312 4409? thanks', '8312 4409'],
    ['Phone:\n512 7730\n', '512 7730'],
    ["They're not answering at 03.11.42.57.90", '03.11.42.57.90'],
    ['Desk: +447700 900 123', '+447700 900 123'],
  ])('labelled before: %s', (text, value) => {
    expect(has(text, value, 'phone')).toBe(true);
  });

  test('a fax label makes it a fax', () => {
    expect(has('Fax: 0612 44 08 19', '0612 44 08 19', 'fax')).toBe(true);
  });

  test('labelled after, and prefixed without a label', () => {
    expect(has('045 210 7788-Office', '045 210 7788', 'phone')).toBe(true);
    expect(has('21-40-55-93 office', '21-40-55-93', 'phone')).toBe(true);
    expect(has('reached her at 001-402-555-0186 yesterday', '001-402-555-0186', 'phone')).toBe(true);
    expect(has('whatsapp +447700900456 anytime', '+447700900456', 'phone')).toBe(true);
  });

  test('hard negatives: short or unlabelled digit groups, doses, dates', () => {
    for (const text of [
      'Mobile: 12 34',
      'mobile with 2 assist, walked 150 feet',
      'gave 500 250 mg at 1400',
      'desk 3 was empty',
      'Hct 30.2 27.5 28.1 office visit',
      'BP 120 80 home',
    ])
      expect(
        spans(text).filter((s) => s.kind === 'phone' || s.kind === 'fax'),
        text,
      ).toEqual([]);
  });
});

describe('IBAN', () => {
  // GB82WEST12345698765432 is the ISO 13616 specimen; the others are computed specimens
  test('mod-97 check', () => {
    expect(ibanChecks('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecks('gb82 west 1234 5698 7654 32')).toBe(true);
    expect(ibanChecks('GB83WEST12345698765432')).toBe(false);
    expect(ibanChecks('DE89370400440532013000')).toBe(true);
  });

  test('found spaced, unspaced and lower case; a failing check is no IBAN', () => {
    expect(has('My IBAN is GB82WEST12345698765432', 'GB82WEST12345698765432', 'account-number')).toBe(true);
    expect(has('iban gb82 west 1234 5698 7654 32.', 'gb82 west 1234 5698 7654 32', 'account-number')).toBe(
      true,
    );
    expect(has('pay DE89370400440532013000 now', 'DE89370400440532013000', 'account-number')).toBe(true);
    expect(spans('code AB12CDEF34567890123456 here').some((s) => s.kind === 'account-number')).toBe(false);
  });

  test('every recognizer has the g flag', () => {
    for (const r of INTL_CONTACT_RECOGNIZERS) expect(r.re.flags).toContain('g');
  });
});
