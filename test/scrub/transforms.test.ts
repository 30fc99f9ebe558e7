import { describe, expect, it } from 'vitest';
import { rngFor } from '../../src/core/rng.js';
import { AGE_TOP, parseAge, topCodeAge } from '../../src/scrub/transforms/age.js';
import { type TransformContext, transformValue } from '../../src/scrub/transforms/apply.js';
import { ageAt, parseDate, shiftDate, yearIn, yearOnly } from '../../src/scrub/transforms/dates.js';
import { mask } from '../../src/scrub/transforms/mask.js';
import { zip3 } from '../../src/scrub/transforms/zip.js';

const UNION = new Set(['036', '059', '063', '102', '202', '203', '556', '692', '790', '821', '893']);

describe('yearOnly keeps the year in a sensible format', () => {
  it.each([
    ['2024-03-14', '2024'],
    ['2024-03-14T09:30:00Z', '2024'],
    ['1987-11-02 08:15:00', '1987'],
    ['20240314', '2024'],
    ['03/14/2024', '2024'],
    ['3/4/24', '2024'],
    ['3/4/51', '1951'],
    ['March 14, 2024', '2024'],
    ['14 Mar 2024', '2024'],
    ['2024-03', '2024'],
    ['1999', '1999'],
    ['14-MAR-24', '2024'],
    ['01-JAN-50', '1950'],
    ['14MAR2024', '2024'],
    ['Mar-14-2024 08:00', '2024'],
    ['14 Mar 2024 08:00:00', '2024'],
  ])('%s → %s', (input, want) => {
    expect(yearOnly(input, 2026)).toBe(want);
    expect(parseDate(input, 2026)?.year).toBe(Number(want));
  });
  it('gives null when no year can be read', () => {
    expect(yearOnly('yesterday', 2026)).toBeNull();
    expect(yearOnly('13/45/abc', 2026)).toBeNull();
  });
  it('rejects impossible dates', () => {
    expect(parseDate('2024-13-01')).toBeNull();
    expect(parseDate('2024-02-40')).toBeNull();
  });
  it('finds a year inside text', () => {
    expect(yearIn('seen on 3/14/2023 at noon')).toBe('2023');
    expect(yearIn('seen on 3/14 at noon')).toBeNull();
  });
});

describe('ages', () => {
  it.each([
    ['89', '89'],
    ['90', AGE_TOP],
    ['104', AGE_TOP],
    ['93 years', AGE_TOP],
    ['45', '45'],
    ['unknown', 'unknown'],
  ])('%s → %s', (input, want) => {
    expect(topCodeAge(input)).toBe(want);
  });
  it('parses ages and computes them from birth dates', () => {
    expect(parseAge('91 yo')).toBe(91);
    expect(parseAge('abc')).toBeNull();
    const ref = { year: 2026, month: 3, day: 1 };
    expect(ageAt({ year: 1936, month: 3, day: 1 }, ref)).toBe(90);
    expect(ageAt({ year: 1936, month: 3, day: 2 }, ref)).toBe(89);
  });
});

describe('zip3', () => {
  it.each([
    ['02139', '021'],
    ['02139-4307', '021'],
    ['021394307', '021'],
    ['03601', '000'],
    ['89301', '000'],
    ['20201', '000'],
    ['10001', '100'],
    ['021', '021'],
    ['abcde', null],
  ])('%s → %s', (input, want) => {
    expect(zip3(input, UNION)).toBe(want);
  });
});

describe('mask and shift', () => {
  it('masks letters and digits only', () => {
    expect(mask('AB-12 3c')).toBe('**-** **');
  });
  it('shifts dates keeping the format', () => {
    expect(shiftDate('2024-03-14', 20)).toBe('2024-04-03');
    expect(shiftDate('2024-03-14T09:30:00Z', -14)).toBe('2024-02-29T09:30:00Z');
    expect(shiftDate('03/14/2024', 1)).toBe('03/15/2024');
    expect(shiftDate('20241231', 1)).toBe('20250101');
    expect(shiftDate('nope', 1)).toBeNull();
  });
});

describe('transformValue', () => {
  const base: TransformContext = {
    kindId: 'birth-date',
    category: 3,
    kind: undefined,
    restrictedZip3: UNION,
    refYear: 2026,
    over89: false,
    shiftDays: 0,
    ageTopCode: true,
    pseudonym: (kind, v) => `${kind}:${v.length}`,
  };
  const rng = rngFor('t');
  it('drops any year 90 or more years back: it reveals an age over 89 by itself', () => {
    expect(transformValue('1936-12-31', 'generalise', base, rng)).toBeNull();
    expect(transformValue('1937-01-01', 'generalise', base, rng)).toBe('1937');
    expect(transformValue('03/14/1931', 'generalise', { ...base, kindId: 'date' }, rng)).toBeNull();
    expect(transformValue('03/14/1990', 'generalise', { ...base, kindId: 'date' }, rng)).toBe('1990');
  });
  it('drops the birth year too for people 90 and over', () => {
    expect(transformValue('1950-05-06', 'generalise', base, rng)).toBe('1950');
    expect(transformValue('1930-05-06', 'generalise', { ...base, over89: true }, rng)).toBeNull();
  });
  it('generalises zip and age, removes other kinds', () => {
    expect(transformValue('55601', 'generalise', { ...base, kindId: 'zip', category: 2 }, rng)).toBe('000');
    expect(transformValue('97', 'generalise', { ...base, kindId: 'age' }, rng)).toBe('90+');
    expect(
      transformValue('Springfield', 'generalise', { ...base, kindId: 'city', category: 2 }, rng),
    ).toBeNull();
  });
  it('passes empty values through and applies keep/remove/mask/pseudonymise', () => {
    expect(transformValue('', 'remove', base, rng)).toBe('');
    expect(transformValue('x1', 'keep', base, rng)).toBe('x1');
    expect(transformValue('x1', 'remove', base, rng)).toBeNull();
    expect(transformValue('x1', 'mask', base, rng)).toBe('**');
    expect(transformValue('x12', 'pseudonymise', { ...base, kindId: 'mrn', category: 8 }, rng)).toBe('mrn:3');
  });
  it('shifts only dates', () => {
    const ctx = { ...base, kindId: 'date', shiftDays: 3 };
    expect(transformValue('2024-01-01', 'shift', ctx, rng)).toBe('2024-01-04');
    expect(transformValue('95', 'shift', { ...ctx, kindId: 'age' }, rng)).toBe('95');
  });
});
