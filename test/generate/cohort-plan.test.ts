/**
 * Cohorts in process: what a schema gets wrong (one located problem naming the cohort), deceased
 * members' charts, timestamp birth columns, and exact counts when a run starts past row 0
 * (`--load-mode append`).
 */
import { describe, expect, it } from 'vitest';
import type { PlaceboError } from '../../src/core/errors.js';
import { loadBuildChart } from '../../src/generate/chart-source.js';
import { RowEngine } from '../../src/generate/engine.js';
import { compilePlan, type Plan } from '../../src/generate/plan.js';
import { parseGeneratorSchema } from '../../src/schema/generator-load.js';
import type { CellValue } from '../../src/table/types.js';
import { placeboErrorOf } from './helpers.js';

const buildChart = await loadBuildChart();
const REF = '2026-01-01';

/** A patients table with a chart and a conditions child; `birth` is the birth-date generator. */
function schema(cohorts: string, birth = '{ date: { from: ref-100y, to: ref-1y } }', extra = ''): string {
  return `version: 1
referenceDate: "${REF}"
cohorts:
${cohorts}
tables:
  patients:
    count: 200
    chart: { birthDate: birth_date, sex: sex, deathDate: deceased_date }
    columns:
      id: { sequence: true }
      sex: { choice: { F: 1, M: 1 } }
      birth_date: ${birth}
      deceased_date: { after: { column: birth_date, min: 40, max: 100, unit: years, overflow: "null" }, nullRate: 0.8 }
${extra}
  conditions:
    parent: patients
    rows: { chart: conditions }
    columns:
      patient_id: { ref: patients.id }
      icd10: { chart: icd10 }
      onset: { chart: onset }
  encounters:
    parent: patients
    rows: { chart: encounters }
    columns:
      patient_id: { ref: patients.id }
      start: { chart: start }
      end: { chart: end }
`;
}

function plan(yaml: string, opts: { count?: number; first?: number } = {}): Plan {
  return compilePlan(parseGeneratorSchema(yaml, 'schemas/c.yaml'), {
    seed: 'cohort-plan',
    style: 'obvious',
    ...opts,
    ...(buildChart ? { buildChart } : {}),
  });
}

const schemaError = (yaml: string): PlaceboError => placeboErrorOf(() => plan(yaml));

type Obj = Record<string, CellValue>;
function rows(p: Plan, start: number, end: number): Record<string, Obj[]> {
  const out = new RowEngine(p).block(start, end);
  return Object.fromEntries(
    p.tables.map((t) => [
      t.name,
      out.rows[t.position]!.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.name, r[i] ?? null]))),
    ]),
  );
}

describe('cohort schema problems', () => {
  const cases: [string, string, RegExp, string?][] = [
    [
      'an unknown condition, with a hint',
      '  - { name: a, count: 1, conditions: [{ condition: type-2-diabetis }] }',
      /cohorts\.0\.conditions\.0\.condition: unknown condition "type-2-diabetis"/,
      'did you mean "type-2-diabetes"?',
    ],
    [
      'count and share',
      '  - { name: a, count: 1, share: 0.1, age: { min: 3 } }',
      /cohort "a" needs exactly one of count or share/,
    ],
    ['no definition', '  - { name: a, count: 1 }', /cohort "a" has no definition/],
    [
      'a male cohort with a female condition',
      '  - { name: dads, count: 1, sex: male, conditions: [{ condition: normal-pregnancy }] }',
      /cohort "dads": normal-pregnancy is a female condition, the cohort is male/,
    ],
    [
      'two cohorts of one name',
      '  - { name: a, count: 1, sex: male }\n  - { name: a, count: 1, sex: female }',
      /two cohorts are named "a"/,
    ],
    [
      'age min over max',
      '  - { name: a, count: 1, age: { min: 50, max: 40 } }',
      /age min is greater than max/,
    ],
    [
      'an impossible age for the birth column',
      '  - { name: old, count: 1, age: { min: 105 } }',
      /cohort "old" is impossible/,
    ],
  ];
  for (const [what, cohorts, message, hint] of cases) {
    it(what, () => {
      const e = schemaError(schema(cohorts));
      expect(e.code).toBe('E_SCHEMA');
      expect(`${e.place.path}: ${e.message}`).toMatch(message);
      expect(e.place.line).toBeGreaterThan(2);
      if (hint) expect(e.hint).toContain(hint);
    });
  }

  it('a sex the sex column cannot write', () => {
    const e = schemaError(schema('  - { name: a, count: 1, sex: male }').replace('{ F: 1, M: 1 }', '[F, X]'));
    expect(e.message).toMatch(/cohort "a" is male, but column "sex" offers no male value/);
  });

  it('a root table already holding a cohort column', () => {
    const e = schemaError(
      schema('  - { name: a, count: 1, sex: male }', undefined, '      cohort: { value: x }'),
    );
    expect(e.message).toMatch(/already has a column "cohort"/);
  });

  it('cohorts without a chart on the root table', () => {
    const yaml = `version: 1
cohorts:
  - { name: a, count: 1, sex: male }
tables:
  people:
    columns:
      id: { sequence: true }
`;
    expect(schemaError(yaml).message).toMatch(/cohorts need a chart on the root table "people"/);
  });

  it('asking for more rows than the run makes is a usage error naming the cohort', () => {
    const yaml = schema('  - { name: a, share: 0.5, sex: male }\n  - { name: b, count: 101, sex: female }');
    expect(() => plan(yaml)).toThrow(
      /cohort "b" takes the cohorts to 201 patients, more than the 200 of --count/,
    );
    expect(() => plan(yaml, { count: 202 })).not.toThrow();
  });
});

describe('cohort members', () => {
  it('deceased members die inside their age range, after their condition, with nothing after death', () => {
    const p = plan(
      schema(
        '  - { name: late-dm, count: 30, status: deceased, age: { min: 60, max: 70 }, conditions: [{ condition: E11.9 }] }',
      ),
    );
    const out = rows(p, 0, 200);
    const members = out.patients!.filter((r) => r.cohort === 'late-dm');
    expect(members).toHaveLength(30);
    for (const m of members) {
      const birth = m.birth_date as string;
      const death = m.deceased_date as string;
      expect(death).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      let age = Number(death.slice(0, 4)) - Number(birth.slice(0, 4));
      if (death.slice(5) < birth.slice(5)) age--;
      expect(age).toBeGreaterThanOrEqual(60);
      expect(age).toBeLessThanOrEqual(70);
      const dm = out.conditions!.filter((c) => c.patient_id === m.id && c.icd10 === 'E11.9');
      expect(dm).toHaveLength(1);
      expect((dm[0]!.onset as string) <= death).toBe(true);
      for (const e of out.encounters!.filter((x) => x.patient_id === m.id))
        expect((e.end as string).slice(0, 10) <= death).toBe(true);
    }
  });

  it('a timestamp birth column gets a timestamp; sex values follow the column’s own choices', () => {
    const p = plan(
      schema(
        '  - { name: men, count: 20, sex: male, age: { min: 30, max: 40 } }',
        '{ date: { from: ref-90y, to: ref, time: true } }',
      ),
    );
    const men = rows(p, 0, 200).patients!.filter((r) => r.cohort === 'men');
    expect(men).toHaveLength(20);
    for (const m of men) {
      expect(m.sex).toBe('M');
      expect(m.birth_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      expect(m.deceased_date).toBeNull();
    }
  });

  it('a run that starts past row 0 (append) still has exact counts', () => {
    const yaml = schema(
      '  - { name: a, count: 13, sex: male }\n  - { name: b, share: 0.25, age: { min: 50 } }',
    );
    const p = plan(yaml, { count: 96, first: 1000 });
    const cohorts = rows(p, 1000, 1096).patients!.map((r) => r.cohort);
    expect(cohorts.filter((c) => c === 'a')).toHaveLength(13);
    expect(cohorts.filter((c) => c === 'b')).toHaveLength(24);
    // Outside the run's rows nobody is a member.
    expect(rows(p, 0, 64).patients!.every((r) => r.cohort === null)).toBe(true);
  });
});
