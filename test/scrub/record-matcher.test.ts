/**
 * The record-aware matcher searches without compiling a RegExp per value; it must return exactly
 * the ranges the regex forms return, for any text (Unicode spaces, surrogate pairs, letters that
 * fold to ASCII only under /iu, commas, parentheses) and any value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastMatchers, findLiteralRegex, findSeparatedRegex } from '../../src/detect/text/record.js';

// Small alphabets so values and texts collide often; includes the tricky characters.
const TEXT_CHARS = [
  'a',
  'A',
  'b',
  'B',
  'k',
  'K',
  's',
  'S',
  '1',
  '2',
  '3',
  '0',
  ' ',
  ',',
  '.',
  '-',
  '(',
  ')',
  '/',
  '+',
  '\u00a0',
  '\u2009',
  '\n',
  '\u017f',
  '\u212a',
  'é',
  'É',
  '\u{1d400}',
  '\u{1f600}',
  '_',
  'ß',
  'İ',
];
const VALUE_CHARS = ['a', 'B', 'k', 's', '1', '2', '3', '0', ' ', ',', '.', '-', '(', 'é'];

const text = fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 40 }).map((a) => a.join(''));
const value = fc
  .array(fc.constantFrom(...VALUE_CHARS), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(''));

// Runs of separators: word gaps for literals (1-4 of [\s,]) and gaps for separated values.
const gap = fc
  .oneof(
    fc.array(fc.constantFrom(' ', ',', '\u00a0', '\n'), { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(' ', '.', '-', '/', '('), { minLength: 0, maxLength: 3 }),
  )
  .map((a) => a.join(''));

/** A text that contains the value (re-spaced, perhaps upper-cased) somewhere. */
const withValue = fc
  .tuple(text, value, text, fc.boolean(), fc.array(gap, { minLength: 8, maxLength: 8 }))
  .map(([a, v, b, upper, gaps]) => {
    const spaced = v
      .split('')
      .map((c, i) => (c === ' ' ? gaps[i % 8] || ' ' : i % 3 === 2 ? `${c}${gaps[i % 8]}` : c))
      .join('');
    return [`${a}${upper ? spaced.toUpperCase() : spaced}${b}`, v] as const;
  });

describe('record matcher: compile-free search equals the regex form', () => {
  it('whole-word literals, case-insensitive and case-sensitive', () => {
    fc.assert(
      fc.property(
        fc.oneof(withValue, fc.tuple(text, value)),
        fc.constantFrom('' as const, 'i' as const),
        ([t, v], flags) => {
          expect(fastMatchers.literal(t, v, flags)).toEqual(findLiteralRegex(t, v, flags));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('separated alphanumerics, with and without the phone prefix', () => {
    fc.assert(
      fc.property(fc.oneof(withValue, fc.tuple(text, value)), fc.boolean(), ([t, v], prefix) => {
        expect(fastMatchers.separated(t, v, prefix)).toEqual(
          findSeparatedRegex(t, v, prefix ? '\\+?1' : undefined),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('phone-shaped examples', () => {
    const t = 'Call +1 (212) 555-0142 or 1.212.555.0142, not 2125550142x or (212)555 - 0142.';
    for (const v of ['(212) 555-0142', '212.555.0142', '2125550142']) {
      expect(fastMatchers.separated(t, v, true)).toEqual(findSeparatedRegex(t, v, '\\+?1'));
      expect(fastMatchers.separated(t, v, true).length).toBeGreaterThan(0);
    }
    const n = 'Smith, John and SMITH,  JOHN; smith john; Smithers, John';
    for (const v of ['Smith, John', 'smith john', 'Smith ,John']) {
      expect(fastMatchers.literal(n, v, 'i')).toEqual(findLiteralRegex(n, v, 'i'));
      expect(fastMatchers.literal(n, v, '')).toEqual(findLiteralRegex(n, v, ''));
    }
  });
});
