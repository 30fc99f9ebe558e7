/**
 * Property: every life drawn for a cohort satisfies the cohort's needs — birth inside the
 * column's range, age at the reference date (or at death) inside the range, death only for the
 * deceased and after every onset, each onset inside its window, its onset ages and the life.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { ageOn, dayAtAge, dayFromIso } from './clinical/days.js';
import { drawLife, feasibleBirths, type LifeNeeds } from './cohort-window.js';

const REF = dayFromIso('2026-01-01');
const YEAR = 365;

const needsArb = fc
  .record({
    ageMin: fc.integer({ min: 0, max: 100 }),
    ageSpan: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    deceased: fc.boolean(),
    conditions: fc.array(
      fc.record({
        a0: fc.integer({ min: 0, max: 80 }),
        aSpan: fc.integer({ min: 0, max: 40 }),
        fromYearsAgo: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
        toYearsAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
  })
  .map(
    (r): LifeNeeds => ({
      ref: REF,
      birthFrom: REF - 100 * YEAR,
      birthTo: REF - YEAR,
      ageMin: r.ageMin,
      ageMax: r.ageSpan === undefined ? Number.POSITIVE_INFINITY : r.ageMin + r.ageSpan,
      deceased: r.deceased,
      conditions: r.conditions.map((c, i) => ({
        id: `c${i}`,
        onsetAge: [c.a0, c.a0 + c.aSpan] as const,
        from: c.fromYearsAgo === undefined ? Number.NEGATIVE_INFINITY : REF - c.fromYearsAgo * YEAR,
        to: c.toYearsAgo === undefined ? Number.POSITIVE_INFINITY : REF - c.toYearsAgo * YEAR,
      })),
    }),
  );

describe('cohort lives', () => {
  it('a drawn life always satisfies its needs', () => {
    let drawn = 0;
    fc.assert(
      fc.property(needsArb, fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const births = feasibleBirths(n);
        if (births.length === 0) return;
        for (let k = 0; k < 5; k++) {
          const life = drawLife(rngFor('cohort-window', seed, k), n, births);
          drawn++;
          expect(life.birth).toBeGreaterThanOrEqual(n.birthFrom);
          expect(life.birth).toBeLessThanOrEqual(n.birthTo);
          expect(life.death !== null).toBe(n.deceased);
          const end = life.death ?? REF;
          expect(end).toBeGreaterThan(life.death === null ? life.birth - 1 : life.birth);
          expect(end).toBeLessThanOrEqual(REF);
          const age = ageOn(life.birth, end);
          expect(age).toBeGreaterThanOrEqual(n.ageMin);
          expect(age).toBeLessThanOrEqual(n.ageMax);
          n.conditions.forEach((c, i) => {
            const onset = life.onsets[i]!;
            expect(onset).toBeGreaterThanOrEqual(
              Math.max(life.birth, c.from, dayAtAge(life.birth, c.onsetAge[0])),
            );
            expect(onset).toBeLessThanOrEqual(Math.min(end, c.to, dayAtAge(life.birth, c.onsetAge[1])));
          });
        }
      }),
      { numRuns: 200 },
    );
    expect(drawn).toBeGreaterThan(100);
  });

  it('runs of feasible births are disjoint, ordered and inside the column range', () => {
    fc.assert(
      fc.property(needsArb, (n) => {
        const runs = feasibleBirths(n);
        for (let i = 0; i < runs.length; i++) {
          const [lo, hi] = runs[i]!;
          expect(lo).toBeLessThanOrEqual(hi);
          expect(lo).toBeGreaterThanOrEqual(n.birthFrom);
          expect(hi).toBeLessThanOrEqual(n.birthTo);
          if (i > 0) expect(lo).toBeGreaterThan(runs[i - 1]![1] + 1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('an age of 20 with an onset before 1990 has no birth day', () => {
    const n: LifeNeeds = {
      ref: REF,
      birthFrom: REF - 100 * YEAR,
      birthTo: REF,
      ageMin: 20,
      ageMax: 20,
      deceased: false,
      conditions: [
        { id: 'dm', onsetAge: [30, 85], from: Number.NEGATIVE_INFINITY, to: dayFromIso('1989-12-31') },
      ],
    };
    expect(feasibleBirths(n)).toEqual([]);
    expect(feasibleBirths({ ...n, conditions: [] })).not.toEqual([]);
  });
});
