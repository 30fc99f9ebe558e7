import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowEngine } from '../../src/generate/engine.js';
import { chunks, shardRange } from '../../src/generate/shard.js';
import { planOf } from './helpers.js';

const SCHEMA = `
version: 1
referenceDate: "2026-01-01"
tables:
  people:
    count: 200
    columns:
      id: { sequence: { start: 1000, step: 2 } }
      code: { sequence: { prefix: P, pad: 5 } }
      given: { kind: given-name }
      family: { kind: family-name }
      full: "{{given}} {{family}}"
      sex: { choice: { female: 3, male: 1 } }
      born: { date: { from: ref-90y, to: ref-1y, distribution: normal, mean: ref-40y, sdDays: 4000 } }
      died: { after: { column: born, min: 30, max: 110, unit: years, overflow: "null" }, nullRate: 0.5 }
      age: { age: { from: born, at: died } }
      city: { faker: location.city }
      score: { number: { min: 0, max: 10, distribution: lognormal, mean: 3, sd: 2, decimals: 2 } }
      bucket: { choice: [1, 2, 3] }
      ssn: { kind: ssn, nullRate: 0.25 }
      flag: { value: true }
  visits:
    parent: people
    count: { distribution: poisson, mean: 2, max: 6 }
    columns:
      id: { sequence: { prefix: V } }
      person_id: { ref: people.id }
      who: "{{people.full}} ({{people.code}})"
      start: { date: { from: ref-5y, to: ref, time: true } }
      end: { after: { column: start, min: 1, max: 48, unit: hours } }
  items:
    parent: visits
    count: 2
    columns:
      id: { sequence: true }
      visit_id: { ref: visits.id }
      person_id: { ref: people.id }
`;

const plan = planOf(SCHEMA, 7);
const engine = new RowEngine(plan);
const whole = engine.block(0, plan.rootCount);
const col = (table: string, name: string) =>
  plan.tables.find((t) => t.name === table)!.columns.findIndex((c) => c.name === name);

describe('row engine', () => {
  it('makes any range of root rows alone, identical to the same rows of the whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 199 }), fc.integer({ min: 1, max: 40 }), (start, len) => {
        const end = Math.min(200, start + len);
        const part = engine.block(start, end);
        const people = whole.rows[0]!.slice(start, end);
        expect(part.rows[0]).toEqual(people);
        const ids = new Set(people.map((r) => r[0]));
        expect(part.rows[1]).toEqual(whole.rows[1]!.filter((r) => ids.has(r[col('visits', 'person_id')]!)));
      }),
      { numRuns: 25 },
    );
  });

  it('the same seed gives the same rows, another seed other rows', () => {
    expect(new RowEngine(planOf(SCHEMA, 7)).block(0, 20)).toEqual(engine.block(0, 20));
    expect(new RowEngine(planOf(SCHEMA, 8)).block(0, 20).rows[0]).not.toEqual(engine.block(0, 20).rows[0]);
  });

  it('sequences, templates, refs and composite child ids', () => {
    const p = whole.rows[0]!;
    expect(p[0]![0]).toBe(1000);
    expect(p[1]![0]).toBe(1002);
    expect(p[0]![col('people', 'code')]).toBe('P00001');
    for (const r of p)
      expect(r[col('people', 'full')]).toBe(`${r[col('people', 'given')]} ${r[col('people', 'family')]}`);
    const v = whole.rows[1]!;
    const byId = new Map(p.map((r) => [r[0], r]));
    for (const r of v) {
      const parent = byId.get(r[col('visits', 'person_id')]!)!;
      expect(r[col('visits', 'who')]).toBe(
        `${parent[col('people', 'full')]} (${parent[col('people', 'code')]})`,
      );
      expect(String(r[0])).toMatch(/^V\d+-\d+$/);
    }
    expect(new Set(v.map((r) => r[0])).size).toBe(v.length);
    const items = whole.rows[2]!;
    expect(items.length).toBe(v.length * 2);
    expect(items[0]![0]).toMatch(/^\d+-\d+-[12]$/);
  });

  it('dates, derived values, distributions and null rates stay in range', () => {
    let nullSsn = 0;
    let dead = 0;
    for (const r of whole.rows[0]!) {
      const born = r[col('people', 'born')] as string;
      expect(born >= '1936-01-01' && born <= '2025-01-01').toBe(true);
      const died = r[col('people', 'died')] as string | null;
      if (died !== null) {
        dead++;
        expect(died > born && died <= '2026-01-01').toBe(true);
      }
      const age = r[col('people', 'age')] as number;
      const at = died ?? '2026-01-01';
      const expected =
        Number(at.slice(0, 4)) - Number(born.slice(0, 4)) - (at.slice(5) < born.slice(5) ? 1 : 0);
      expect(age).toBe(expected);
      const score = r[col('people', 'score')] as number;
      expect(score >= 0 && score <= 10).toBe(true);
      expect(Math.round(score * 100) / 100).toBe(score);
      expect([1, 2, 3]).toContain(r[col('people', 'bucket')]);
      if (r[col('people', 'ssn')] === null) nullSsn++;
      else expect(r[col('people', 'ssn')]).toMatch(/^666-\d{2}-\d{4}$/);
      expect(r[col('people', 'flag')]).toBe(true);
    }
    expect(nullSsn).toBeGreaterThan(25);
    expect(nullSsn).toBeLessThan(80);
    expect(dead).toBeGreaterThan(10);
    const females = whole.rows[0]!.filter((r) => r[col('people', 'sex')] === 'female').length;
    expect(females).toBeGreaterThan(120);
    for (const r of whole.rows[1]!) {
      const s = r[col('visits', 'start')] as string;
      const e = r[col('visits', 'end')] as string;
      expect(s).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      expect(e > s).toBe(true);
    }
    expect(whole.rows[1]!.length).toBeGreaterThan(300);
    expect(whole.rows[1]!.length).toBeLessThan(500);
  });

  it('shards and chunks tile the root rows on block boundaries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 9 }), (count, n) => {
        let next = 0;
        for (let k = 1; k <= n; k++) {
          const { start, end } = shardRange(count, { k, n });
          expect(start).toBe(next);
          expect(end).toBeGreaterThanOrEqual(start);
          // A slice ends on a block boundary, or at the end of the data (later slices are then empty).
          if (k < n && end < count) expect(end % 32).toBe(0);
          for (const [s, e] of chunks(start, end, 4)) {
            expect(s).toBe(next);
            expect(Math.floor(s / 32)).toBe(
              Math.floor((e - 1) / 32) - (Math.ceil(e / 32) - Math.floor(s / 32) - 1),
            );
            next = e;
          }
        }
        expect(next).toBe(count);
      }),
    );
  });
});
