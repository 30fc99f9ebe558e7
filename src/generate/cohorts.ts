/**
 * Cohorts: disjoint groups of root rows drawn to a definition (conditions with onset windows, an
 * age range, a sex, alive or deceased). Which rows belong to which cohort is a seeded permutation
 * of the run's row positions, so membership depends only on the seed, --count and the row — never
 * on shards or workers — and counts are exact. A member's sex, birth and death columns take
 * values drawn inside its definition (cohort-window.ts); its chart is built by the clinical model
 * with the required conditions given. Everything else in the row is drawn as for anyone.
 */
import { PlaceboError } from '../core/errors.js';
import { Permutation, permutationKeys } from '../core/permutation.js';
import { type Rng, rngFor } from '../core/rng.js';
import { didYouMean, type SchemaProblem } from '../schema/generator-errors.js';
import type { Cohort, GeneratorSchema, Table } from '../schema/generator-schema.js';
import type { CellValue } from '../table/types.js';
import { type ConditionModel, clinicalData } from './clinical/data.js';
import { isoFromDay, isoTimestamp } from './clinical/days.js';
import type { RequiredCondition, Sex } from './clinical/types.js';
import { drawLife, feasibleBirths, type LifeNeeds, type OnsetNeed } from './cohort-window.js';
import type { ColumnGen } from './columns.js';
import { resolveDateExpr } from './dates.js';

/** The root-table column each row's cohort name is written to (null outside every cohort). */
export const COHORT_COLUMN = 'cohort';
/** Birth dates a cohort may draw when the birth column is not a `date` generator. */
const OLDEST = 'ref-110y';

/** The values a member's row takes instead of its generators', and the conditions its chart holds. */
export interface Member {
  values: Map<number, CellValue>;
  conditions: RequiredCondition[];
}

interface CompiledCohort {
  name: string;
  count: number;
  needs: LifeNeeds;
  births: [number, number][];
  /** Whether the birth and death columns are drawn by the cohort (else by their generators). */
  drawsLife: boolean;
  sexValue: CellValue | undefined;
}

export interface CohortPlan {
  /** Members per cohort, in schema order. */
  counts: number[];
  names: string[];
  /** The member at global root index g of a run whose first row is `first`, or null. */
  memberAt(g: number, first: number): Member | null;
}

/** Root-table facts the cohorts write to, as column positions (−1: absent). */
export interface CohortTarget {
  table: string;
  raw: Table;
  columns: readonly ColumnGen[];
  facts: { birth: number; sex: number; death: number } | null;
  refDay: number;
  rootCount: number;
  file: string;
  seed: string;
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

/** The engine's reading of a sex column: values starting with m are male, others female. */
export function sexOf(v: CellValue | undefined): Sex {
  return String(v ?? '')
    .toLowerCase()
    .startsWith('m')
    ? 'male'
    : 'female';
}

/**
 * Compile the schema's cohorts against the compiled root table: problems for what the schema
 * gets wrong (pushed, reported with the rest), a usage error when they ask for more rows than the
 * run makes. The caller appends the returned `cohort` column to the root table.
 */
export function compileCohorts(
  schema: GeneratorSchema,
  target: CohortTarget,
  problems: SchemaProblem[],
): { plan: CohortPlan; column: ColumnGen } | undefined {
  const list = schema.cohorts;
  if (!list || list.length === 0) return undefined;
  const before = problems.length;
  const problem = (path: (string | number)[], message: string, hint?: string): void => {
    problems.push({ path: ['cohorts', ...path], message, ...(hint ? { hint } : {}) });
  };
  if (!target.facts) {
    problem(
      [],
      `cohorts need a chart on the root table "${target.table}"`,
      'add chart: { birthDate, sex, deathDate }',
    );
    return undefined;
  }
  if (target.columns.some((c) => c.name === COHORT_COLUMN))
    problem(
      [],
      `the root table already has a column "${COHORT_COLUMN}", which cohorts write to`,
      'rename that column',
    );
  const seen = new Set<string>();
  const compiled: CompiledCohort[] = [];
  list.forEach((c, i) => {
    const at = (...sub: (string | number)[]): (string | number)[] => [i, ...sub];
    if (seen.has(c.name)) problem(at('name'), `two cohorts are named "${c.name}"`);
    seen.add(c.name);
    const one = compileCohort(c, target, (sub, message, hint) => problem(at(...sub), message, hint));
    if (one) compiled.push(one);
  });
  if (problems.length > before) return undefined;

  let total = 0;
  compiled.forEach((c, i) => {
    total += c.count;
    if (total <= target.rootCount) return;
    const line = target.lineOf?.(['cohorts', i]);
    throw new PlaceboError(
      'E_USAGE',
      `cohort "${c.name}" takes the cohorts to ${total} patients, more than the ${target.rootCount} of --count`,
      { file: target.file, ...(line !== undefined ? { line } : {}), path: `cohorts.${i}` },
      'raise --count or lower the cohorts’ count or share',
    );
  });
  const starts: number[] = [];
  let s = 0;
  for (const c of compiled) {
    starts.push(s);
    s += c.count;
  }
  const facts = target.facts;
  const deathType = facts.death >= 0 ? target.columns[facts.death]!.type : 'date';
  const birthType = target.columns[facts.birth]!.type;
  const cohortIndex = target.columns.length;
  const n = target.rootCount;
  const { seed, table } = target;
  const perm = new Permutation(n, permutationKeys('cohorts', seed, table));

  const plan: CohortPlan = {
    counts: compiled.map((c) => c.count),
    names: compiled.map((c) => c.name),
    memberAt(g, first) {
      const local = g - first;
      if (total === 0 || local < 0 || local >= n) return null;
      const slot = perm.forward(local);
      if (slot >= total) return null;
      let j = compiled.length - 1;
      while (starts[j]! > slot) j--;
      const c = compiled[j]!;
      const values = new Map<number, CellValue>([[cohortIndex, c.name]]);
      if (c.sexValue !== undefined) values.set(facts.sex, c.sexValue);
      const conditions: RequiredCondition[] = [];
      if (c.drawsLife) {
        const rng = rngFor(seed, table, g, '#cohort');
        const life = drawLife(rng, c.needs, c.births);
        values.set(facts.birth, dateCell(rng, life.birth, birthType));
        if (facts.death >= 0)
          values.set(facts.death, life.death === null ? null : dateCell(rng, life.death, deathType));
        c.needs.conditions.forEach((need, k) => {
          conditions.push({ id: need.id, onset: isoFromDay(life.onsets[k]!) });
        });
      } else if (facts.death >= 0) values.set(facts.death, null);
      return { values, conditions };
    },
  };
  const column: ColumnGen = {
    name: COHORT_COLUMN,
    index: cohortIndex,
    generator: 'cohort',
    deps: [],
    random: false,
    nullRate: 0,
    unique: false,
    uniqueByConstruction: false,
    type: 'text',
    fk: null,
    gen: () => null,
  };
  return { plan, column };
}

type Problem = (sub: (string | number)[], message: string, hint?: string) => void;

function compileCohort(c: Cohort, target: CohortTarget, problem: Problem): CompiledCohort | undefined {
  if ((c.count === undefined) === (c.share === undefined))
    problem([], `cohort "${c.name}" needs exactly one of count or share`);
  if (!c.conditions && !c.age && !c.sex && !c.status)
    problem([], `cohort "${c.name}" has no definition`, 'give conditions, age, sex or status');
  const data = clinicalData();
  const ref = target.refDay;
  const facts = target.facts!;
  const needs: OnsetNeed[] = [];
  let sex: Sex | undefined = c.sex;
  (c.conditions ?? []).forEach((cc, k) => {
    const def = conditionOf(cc.condition, data.conditions);
    if (!def) {
      problem(
        ['conditions', k, 'condition'],
        `unknown condition "${cc.condition}"`,
        didYouMean(cc.condition, data.conditionById.keys()) ??
          'ids and ICD-10-CM codes are in src/data/clinical/conditions.yaml',
      );
      return;
    }
    if (needs.some((n) => n.id === def.id))
      problem(['conditions', k, 'condition'], `cohort "${c.name}" names ${def.id} twice`);
    if (def.sex && sex && def.sex !== sex)
      problem(
        ['conditions', k],
        `cohort "${c.name}": ${def.id} is a ${def.sex} condition, the cohort is ${sex}`,
      );
    sex ??= def.sex;
    const after = cc.onset?.after;
    const before = cc.onset?.before;
    needs.push({
      id: def.id,
      onsetAge: def.onsetAge,
      from: Math.max(def.notBeforeDay ?? -Infinity, after ? resolveDateExpr(after, ref) + 1 : -Infinity),
      to: before ? resolveDateExpr(before, ref) - 1 : Infinity,
    });
  });
  let sexValue: CellValue | undefined;
  if (sex) {
    sexValue = sexChoice(target.raw.columns[target.columns[facts.sex]!.name], sex);
    if (sexValue === undefined)
      problem(
        ['sex'],
        `cohort "${c.name}" is ${sex}, but column "${target.columns[facts.sex]!.name}" offers no ${sex} value`,
        'make the sex column a choice that includes it',
      );
  }
  if (c.status === 'deceased' && facts.death < 0)
    problem(['status'], `cohort "${c.name}" is deceased, but the chart names no deathDate column`);
  const ageMin = c.age?.min ?? 0;
  const ageMax = c.age?.max ?? Infinity;
  if (ageMin > ageMax) problem(['age'], `cohort "${c.name}": age min is greater than max`);
  const [birthFrom, birthTo] = birthBounds(target, facts.birth);
  const lifeNeeds: LifeNeeds = {
    ref,
    birthFrom,
    birthTo,
    ageMin,
    ageMax,
    deceased: c.status === 'deceased',
    conditions: needs,
  };
  const drawsLife = Boolean(c.conditions || c.age || c.status === 'deceased');
  const births = drawsLife ? feasibleBirths(lifeNeeds) : [];
  if (drawsLife && births.length === 0 && ageMin <= ageMax)
    problem(
      [],
      `cohort "${c.name}" is impossible: no birth date in the schema's range gives its age, status and onsets`,
      'widen the age range or the onset windows (a condition starts within its onset ages: conditions.yaml)',
    );
  const count = c.count ?? Math.floor((c.share ?? 0) * target.rootCount);
  return { name: c.name, count, needs: lifeNeeds, births, drawsLife, sexValue };
}

function conditionOf(ref: string, conditions: readonly ConditionModel[]): ConditionModel | undefined {
  return conditions.find((d) => d.id === ref) ?? conditions.find((d) => d.icd10 === ref);
}

/** The sex column's value for that sex: a constant, or the heaviest choice the engine reads as it. */
function sexChoice(raw: Table['columns'][string] | undefined, sex: Sex): CellValue | undefined {
  if (raw === undefined || typeof raw === 'string') return undefined;
  if (raw.value !== undefined) return sexOf(raw.value) === sex ? raw.value : undefined;
  const c = raw.choice;
  if (!c) return undefined;
  const items: [CellValue, number][] = Array.isArray(c)
    ? c.map((v) => [v, 1])
    : Object.entries(c).map(([v, w]) => [v, w]);
  let best: [CellValue, number] | undefined;
  for (const it of items) if (sexOf(it[0]) === sex && it[1] > 0 && (!best || it[1] > best[1])) best = it;
  return best?.[0];
}

/** The birth days the birth column's own generator allows (a `date` range), else the last 110 years. */
function birthBounds(target: CohortTarget, birth: number): [number, number] {
  const raw = target.raw.columns[target.columns[birth]!.name];
  const ref = target.refDay;
  if (raw && typeof raw === 'object' && raw.date)
    return [resolveDateExpr(raw.date.from, ref), resolveDateExpr(raw.date.to, ref)];
  return [resolveDateExpr(OLDEST, ref), ref];
}

/** A day as the column writes dates: YYYY-MM-DD, or a timestamp with a drawn time of day. */
function dateCell(rng: Rng, day: number, type: string): string {
  return type === 'timestamp' ? isoTimestamp(day, rng.int(0, 1439)) : isoFromDay(day);
}
