/**
 * The plan: a validated, compiled generator schema. Tables form a tree under one root table
 * (children are made with their parent row); every column is a compiled generator with its
 * evaluation order inside the row. All schema problems are collected and reported together.
 */
import type { Style } from '../catalogue/types.js';
import { didYouMean, type SchemaProblem, schemaError } from '../schema/generator-errors.js';
import type { LoadedSchema } from '../schema/generator-load.js';
import type { Table } from '../schema/generator-schema.js';
import type { TableSpec } from '../table/types.js';
import type { BuildChart } from './clinical/types.js';
import { type CohortPlan, compileCohorts } from './cohorts.js';
import { type ColumnGen, compileColumn } from './columns.js';
import { parseDay } from './dates.js';
import { fakerBridge } from './faker-bridge.js';

export const DEFAULT_REFERENCE_DATE = '2026-01-01';

export type CountPlan =
  | { kind: 'fixed'; n: number }
  | {
      kind: 'distribution';
      distribution: 'uniform' | 'poisson' | 'normal';
      min: number;
      max: number;
      mean: number;
      sd: number;
    }
  | { kind: 'chart'; list: string };

export interface TablePlan {
  name: string;
  /** Position in Plan.tables (parents first). */
  position: number;
  parent: TablePlan | null;
  children: TablePlan[];
  count: CountPlan;
  spec: TableSpec;
  columns: ColumnGen[];
  /** Columns in evaluation order (dependencies first). */
  order: ColumnGen[];
  primaryKeyIndex: number;
  chartFacts: { birth: number; sex: number; death: number } | null;
  /** Columns holding chart note text, whose planted identifiers go to --truth. */
  truthColumns: ColumnGen[];
}

export interface Plan {
  file: string;
  seed: string;
  refDate: string;
  style: Style;
  root: TablePlan;
  rootCount: number;
  tables: TablePlan[];
  buildChart: BuildChart | undefined;
  /** The schema's cohorts, when it has any. */
  cohorts: CohortPlan | undefined;
  /** Global index of the run's first root row (past the rows a database append keeps). */
  first: number;
}

export interface PlanOptions {
  seed: string | number;
  style: Style;
  /** Overrides the root table's count. */
  count?: number;
  /** Global index of the run's first root row (default 0). */
  first?: number;
  buildChart?: BuildChart;
}

export function compilePlan(loaded: LoadedSchema, opts: PlanOptions): Plan {
  const { schema, file } = loaded;
  const problems: SchemaProblem[] = [];
  const fail = (): never => {
    throw schemaError(file, problems, loaded.lineOf);
  };
  const names = Object.keys(schema.tables);
  const rootName = schema.root ?? names[0];
  if (!rootName) {
    problems.push({ path: ['tables'], message: 'no tables' });
    fail();
  }
  const rootTable = schema.tables[rootName!];
  if (!rootTable) {
    problems.push({
      path: ['root'],
      message: `unknown table "${schema.root}"`,
      ...hint(schema.root!, names),
    });
    fail();
  }
  const refDate = schema.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (Number.isNaN(parseDay(refDate)))
    problems.push({ path: ['referenceDate'], message: 'not a calendar date' });

  // Parents: exist, no cycles, exactly one top-level table.
  for (const name of names) {
    const t = schema.tables[name]!;
    const path = ['tables', name];
    if (t.parent === undefined) {
      if (name !== rootName)
        problems.push({
          path,
          message: `a second top-level table (the root is "${rootName}")`,
          hint: 'give it a parent, or make it the root',
        });
      else if (t.rows)
        problems.push({ path: [...path, 'rows'], message: 'the root table cannot take chart rows' });
      else if (typeof t.count !== 'number' && t.count !== undefined)
        problems.push({ path: [...path, 'count'], message: 'the root table needs a fixed count' });
      continue;
    }
    if (!schema.tables[t.parent]) {
      problems.push({
        path: [...path, 'parent'],
        message: `unknown table "${t.parent}"`,
        ...hint(t.parent, names),
      });
      continue;
    }
    const seen = new Set<string>([name]);
    let p: string | undefined = t.parent;
    while (p !== undefined && schema.tables[p]) {
      if (seen.has(p)) {
        problems.push({
          path: [...path, 'parent'],
          message: `parent tables form a cycle (${[...seen, p].join(' → ')})`,
        });
        break;
      }
      seen.add(p);
      p = schema.tables[p]!.parent;
    }
    if ((t.count === undefined) === (t.rows === undefined))
      problems.push({ path, message: 'a child table needs exactly one of count or rows' });
    if (t.rows && !schema.tables[t.parent]!.chart)
      problems.push({
        path: [...path, 'rows'],
        message: `chart rows need a parent with a chart ("${t.parent}" has none)`,
        hint: 'add chart: { birthDate, sex, deathDate } to the parent table',
      });
  }
  if (problems.length > 0) fail();

  const faker = fakerBridge(refDate);
  const refDay = parseDay(refDate);
  const plans = new Map<string, TablePlan>();
  const compileTable = (name: string, parent: TablePlan | null): TablePlan => {
    const t = schema.tables[name]!;
    const columnNames = Object.keys(t.columns);
    const ancestors: string[] = [];
    for (let p = parent; p; p = p.parent) ancestors.push(p.name);
    const env = {
      refDay,
      refDate,
      seed: String(opts.seed),
      style: opts.style,
      faker,
      tables: schema.tables,
      ancestors,
      chartList: t.rows?.chart,
      columnNames,
      problems,
    };
    const columns: ColumnGen[] = [];
    columnNames.forEach((c, i) => {
      const col = compileColumn(name, c, i, t.columns[c]!, env);
      if (col) columns.push(col);
    });
    const plan: TablePlan = {
      name,
      position: -1,
      parent,
      children: [],
      count: countPlan(t, name, opts, name === rootName, problems),
      spec: { name, columns: [], primaryKey: null, foreignKeys: [] },
      columns,
      order: evalOrder(name, columns, problems),
      primaryKeyIndex: -1,
      chartFacts: chartFacts(t, name, columnNames, problems),
      truthColumns:
        t.rows?.chart === 'notes'
          ? columns.filter((c) => c.generator === 'chart' && chartField(t, c) === 'text')
          : [],
    };
    const pk = t.primaryKey ?? (columnNames.includes('id') ? 'id' : undefined);
    if (pk !== undefined) {
      plan.primaryKeyIndex = columnNames.indexOf(pk);
      if (plan.primaryKeyIndex < 0)
        problems.push({
          path: ['tables', name, 'primaryKey'],
          message: `unknown column "${pk}"`,
          ...hint(pk, columnNames),
        });
    }
    plans.set(name, plan);
    const kids = names.filter((n) => schema.tables[n]!.parent === name);
    for (const k of siblingOrder(kids, schema.tables, name, problems))
      plan.children.push(compileTable(k, plan));
    return plan;
  };
  const root = compileTable(rootName!, null);
  if (problems.length > 0) fail();
  const rootCount = opts.count ?? (typeof rootTable!.count === 'number' ? rootTable!.count : 100);
  const cohorts = compileCohorts(
    schema,
    {
      table: root.name,
      raw: rootTable!,
      columns: root.columns,
      facts: root.chartFacts,
      refDay,
      rootCount,
      file,
      seed: String(opts.seed),
      lineOf: loaded.lineOf,
    },
    problems,
  );
  if (problems.length > 0) fail();
  if (cohorts) {
    root.columns.push(cohorts.column);
    root.order.push(cohorts.column);
  }

  const tables: TablePlan[] = [];
  const walk = (p: TablePlan): void => {
    p.position = tables.length;
    tables.push(p);
    p.children.forEach(walk);
  };
  walk(root);
  const lookup = (table: string, column: string): ColumnGen | undefined =>
    plans.get(table)?.columns.find((c) => c.name === column);
  for (const t of tables) {
    for (const c of t.columns) c.resolve?.(lookup);
    t.spec = {
      name: t.name,
      columns: t.columns.map((c) => ({
        name: c.name,
        type: c.type,
        nullable: c.nullRate > 0 || canBeNull(c),
        unique: c.unique,
      })),
      primaryKey: t.primaryKeyIndex >= 0 ? t.columns[t.primaryKeyIndex]!.name : null,
      foreignKeys: t.columns.flatMap((c) =>
        c.fk ? [{ column: c.name, table: c.fk.table, refColumn: c.fk.column }] : [],
      ),
    };
  }
  return {
    file,
    seed: String(opts.seed),
    refDate,
    style: opts.style,
    root,
    rootCount,
    tables,
    buildChart: opts.buildChart,
    cohorts: cohorts?.plan,
    first: opts.first ?? 0,
  };
}

function hint(word: string, options: Iterable<string>): { hint?: string } {
  const h = didYouMean(word, options);
  return h ? { hint: h } : {};
}

function chartField(t: Table, c: ColumnGen): string | undefined {
  const raw = t.columns[c.name];
  return typeof raw === 'object' ? raw.chart : undefined;
}

/** Columns whose generator may yield null even without a null rate. */
function canBeNull(c: ColumnGen): boolean {
  return !['sequence', 'number', 'date', 'choice', 'kind', 'template'].includes(c.generator);
}

function countPlan(
  t: Table,
  name: string,
  opts: PlanOptions,
  isRoot: boolean,
  problems: SchemaProblem[],
): CountPlan {
  if (t.rows) return { kind: 'chart', list: t.rows.chart };
  if (isRoot) return { kind: 'fixed', n: opts.count ?? (typeof t.count === 'number' ? t.count : 100) };
  if (typeof t.count === 'number' || t.count === undefined) return { kind: 'fixed', n: t.count ?? 0 };
  const c = t.count;
  const min = c.min ?? 0;
  const mean = c.mean ?? (c.max !== undefined ? (min + c.max) / 2 : min);
  const max = c.max ?? Math.max(min, Math.ceil(mean * 4 + 10));
  if (min > max) problems.push({ path: ['tables', name, 'count'], message: 'min is greater than max' });
  return {
    kind: 'distribution',
    distribution: c.distribution,
    min,
    max,
    mean,
    sd: c.sd ?? Math.max(1, (max - min) / 6),
  };
}

function chartFacts(
  t: Table,
  name: string,
  columnNames: string[],
  problems: SchemaProblem[],
): TablePlan['chartFacts'] {
  if (!t.chart) return null;
  const idx = (field: 'birthDate' | 'sex' | 'deathDate'): number => {
    const col = t.chart?.[field];
    if (col === undefined) return -1;
    const i = columnNames.indexOf(col);
    if (i < 0)
      problems.push({
        path: ['tables', name, 'chart', field],
        message: `unknown column "${col}"`,
        ...hint(col, columnNames),
      });
    return i;
  };
  return { birth: idx('birthDate'), sex: idx('sex'), death: idx('deathDate') };
}

/** Same-row dependency order; a cycle is a schema problem. */
function evalOrder(table: string, columns: ColumnGen[], problems: SchemaProblem[]): ColumnGen[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const state = new Map<string, 1 | 2>();
  const out: ColumnGen[] = [];
  const visit = (c: ColumnGen, stack: string[]): void => {
    const s = state.get(c.name);
    if (s === 2) return;
    if (s === 1) {
      problems.push({
        path: ['tables', table, 'columns', c.name],
        message: `columns depend on each other in a cycle (${[...stack, c.name].join(' → ')})`,
      });
      return;
    }
    state.set(c.name, 1);
    for (const d of c.deps) {
      const dep = byName.get(d);
      if (dep) visit(dep, [...stack, c.name]);
    }
    state.set(c.name, 2);
    out.push(c);
  };
  for (const c of columns) visit(c, []);
  return out;
}

/** Children of one parent, ordered so that a `ref … via` target is made before the rows pointing at it. */
function siblingOrder(
  kids: string[],
  tables: Record<string, Table>,
  parent: string,
  problems: SchemaProblem[],
): string[] {
  const deps = new Map<string, string[]>();
  for (const k of kids) {
    const d: string[] = [];
    for (const col of Object.values(tables[k]!.columns)) {
      if (typeof col === 'object' && col.ref && col.via !== undefined) {
        const target = col.ref.split('.')[0]!;
        if (kids.includes(target) && target !== k) d.push(target);
        if (target === k)
          problems.push({ path: ['tables', k], message: `foreign keys form a cycle (${k} → ${k})` });
      }
    }
    deps.set(k, d);
  }
  const out: string[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (k: string, stack: string[]): void => {
    if (state.get(k) === 2) return;
    if (state.get(k) === 1) {
      problems.push({
        path: ['tables', k],
        message: `foreign keys form a cycle (${[...stack, k].join(' → ')})`,
        hint: `rows of "${parent}"'s child tables can only point at tables made before them`,
      });
      return;
    }
    state.set(k, 1);
    for (const d of deps.get(k)!) visit(d, [...stack, k]);
    state.set(k, 2);
    out.push(k);
  };
  for (const k of kids) visit(k, []);
  return out;
}

/**
 * Load what a plan of this schema needs (the clinical model, faker when a column calls it),
 * then compile it: the one way in for generate, its workers, benches and tests.
 */
export async function loadPlan(loaded: LoadedSchema, opts: Omit<PlanOptions, 'buildChart'>): Promise<Plan> {
  const { loadBuildChart } = await import('./chart-source.js');
  const { loadFakerFor } = await import('./faker-bridge.js');
  const buildChart = await loadBuildChart();
  await loadFakerFor(loaded.schema);
  return compilePlan(loaded, { ...opts, ...(buildChart ? { buildChart } : {}) });
}
