/** Calendar arithmetic and number formatting against the platform's own implementations. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, dayFromIso, dayFromYmd, isoFromDay, isoTimestamp, ymdFromDay } from './days.js';
import { fixed } from './observations.js';

describe('days', () => {
  it('agrees with Date.UTC for every day from 1800 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000, max: 84_000 }), (day) => {
        const d = new Date(day * 86_400_000);
        expect(ymdFromDay(day)).toEqual({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
        expect(isoFromDay(day)).toBe(d.toISOString().slice(0, 10));
        expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles leap days, timestamps and ages', () => {
    expect(isoFromDay(dayFromYmd(2024, 2, 29))).toBe('2024-02-29');
    expect(isoFromDay(dayFromYmd(2024, 2, 29) + 1)).toBe('2024-03-01');
    expect(isoTimestamp(dayFromYmd(2025, 6, 30), 14 * 60 + 5)).toBe('2025-06-30T14:05:00');
    expect(ageOn(dayFromIso('1950-03-14'), dayFromIso('2025-03-13'))).toBe(74);
    expect(ageOn(dayFromIso('1950-03-14'), dayFromIso('2025-03-14'))).toBe(75);
    expect(() => dayFromIso('2025-13-01')).toThrow();
  });
});

describe('fixed', () => {
  it('writes rounded values exactly as toFixed does', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (raw, decimals) => {
          const f = 10 ** decimals;
          const value = Math.round(raw * f) / f;
          expect(fixed(value, decimals)).toBe(value.toFixed(decimals));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
