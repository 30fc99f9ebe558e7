import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { parseDate } from './date-formats.js';
import { getKind } from './index.js';

const WITH_TIME = [
  '03/14/2024 08:00:00 AM',
  '3/14/24 2:30 PM',
  '14-MAR-24 14:30',
  '01-JAN-1950 08:00',
  'Mar-14-2024 08:00',
  'March 14, 2024 at 8:00',
];

describe('date formats of database exports', () => {
  it.each([...WITH_TIME, '14MAR2024', 'Mar-14-2024'])('%s is a date by its value', (v) => {
    expect(getKind('date').detect(v)).toBeGreaterThanOrEqual(0.9);
    expect(parseDate(v)).toBeDefined();
  });

  it('a surrogate keeps the notation, time included, and a 12-hour clock stays 1..12', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WITH_TIME), fc.nat(), (v, seed) => {
        const s = getKind('date').surrogate(v, rngFor('date-fmt', seed), { style: 'obvious' });
        expect(s).not.toBe(v);
        expect(parseDate(s)).toBeDefined();
        const meridiem = /(\d{1,2}):\d{2}(?::\d{2})? ?[AP]M$/.exec(s);
        if (meridiem) expect(Number(meridiem[1])).toBeGreaterThanOrEqual(1);
        if (meridiem) expect(Number(meridiem[1])).toBeLessThanOrEqual(12);
        expect(/[AP]M$/.test(s)).toBe(/[AP]M$/.test(v));
      }),
    );
  });
});
