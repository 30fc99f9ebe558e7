/**
 * Compiling one column of a generator schema into a generator function. Problems found here
 * (unknown kinds, faker methods, bad references) are collected with their path, not thrown,
 * so that a schema reports all its problems at once.
 */
import type { Style } from '../catalogue/types.js';
import type { Rng } from '../core/rng.js';
import { didYouMean, type SchemaProblem } from '../schema/generator-errors.js';
import { type Column, type ColumnObject, GENERATOR_KEYS, type Table } from '../schema/generator-schema.js';
import type { CellValue, ColumnType } from '../table/types.js';
import { CHART_FIELDS, CHART_INDEX_FIELDS } from './chart-fields.js';
import { formatDay, formatSeconds, parseSeconds, resolveDateExpr, yearsBetween } from './dates.js';
import { drawRange, rangeSpec } from './distributions.js';
import type { FakerBridge } from './faker-bridge.js';
import { kindById, kindIds } from './kinds.js';
import type { RowContext } from './row-context.js';
import { drawsUnique, uniqueIds } from './unique-ids.js';

export type Generate = (ctx: RowContext, rng: Rng) => CellValue;

export interface ColumnGen {
  name: string;
  index: number;
  generator: string;
  /** Columns of the same row that must be evaluated first. */
  deps: string[];
  /** Whether the generator draws random numbers (else no Rng is made for it). */
  random: boolean;
  nullRate: number;
  unique: boolean;
  /** Unique by construction (sequences, identifier spaces): no need to check while writing. */
  uniqueByConstruction: boolean;
  /** Identifier-space columns: how many root rows can get a value before it would repeat. */
  capacity?: number;
  /** Resolved after all columns compile (refs take the type of their target). */
  type: ColumnType;
  fk: { table: string; column: string } | null;
  gen: Generate;
  /** Late binding for refs: filled when the plan has compiled every table. */
  resolve?: (lookup: (table: string, column: string) => ColumnGen | undefined) => void;
}

export interface CompileEnv {
  refDay: number;
  refDate: string;
  seed: string;
  style: Style;
  faker: FakerBridge;
  tables: Record<string, Table>;
  /** Ancestors of the current table, nearest first. */
  ancestors: string[];
  /** The chart list this table projects, when it is a chart table. */
  chartList: string | undefined;
  /** Column names of this table, by position. */
  columnNames: string[];
  problems: SchemaProblem[];
}

type Path = (string | number)[];

export function compileColumn(
  table: string,
  name: string,
  index: number,
  raw: Column,
  env: CompileEnv,
): ColumnGen | undefined {
  const spec: ColumnObject = typeof raw === 'string' ? { template: raw } : raw;
  const path: Path = ['tables', table, 'columns', name];
  const keys = GENERATOR_KEYS.filter((k) => spec[k] !== undefined);
  if (keys.length !== 1) {
    env.problems.push({
      path,
      message: keys.length === 0 ? 'no generator given' : `more than one generator (${keys.join(', ')})`,
      hint: `use exactly one of ${GENERATOR_KEYS.join(', ')}`,
    });
    return undefined;
  }
  const key = keys[0]!;
  const base = {
    name,
    index,
    generator: key,
    deps: [] as string[],
    random: false,
    nullRate: spec.nullRate ?? 0,
    unique: spec.unique ?? false,
    uniqueByConstruction: false,
    type: spec.type ?? ('text' as ColumnType),
    fk: null,
  };
  const problem = (message: string, hint?: string, sub: Path = [key]): undefined => {
    env.problems.push({ path: [...path, ...sub], message, ...(hint ? { hint } : {}) });
    return undefined;
  };
  const sameRow = (col: string, sub: Path): boolean => {
    if (env.columnNames.includes(col)) return true;
    problem(`unknown column "${col}" in table "${table}"`, didYouMean(col, env.columnNames), sub);
    return false;
  };
  const typed = (t: ColumnType): ColumnType => spec.type ?? t;

  switch (key) {
    case 'value': {
      const v = spec.value ?? null;
      const t =
        typeof v === 'number'
          ? Number.isInteger(v)
            ? 'integer'
            : 'real'
          : typeof v === 'boolean'
            ? 'boolean'
            : 'text';
      return { ...base, type: typed(t), gen: () => v };
    }
    case 'kind': {
      const kind = kindById(spec.kind!);
      if (!kind) return problem(`unknown identifier kind "${spec.kind}"`, didYouMean(spec.kind!, kindIds()));
      if (env.ancestors.length === 0 && drawsUnique(kind, base.unique)) {
        // Root rows: a permutation of the global row index into the kind's reserved range.
        const ids = uniqueIds(kind, { table, column: name }, env.seed);
        return {
          ...base,
          uniqueByConstruction: true,
          capacity: ids.capacity,
          gen: (ctx) => ids.encode(ctx.index),
        };
      }
      const opts = { style: env.style };
      const sexCol = spec.sexColumn;
      if (sexCol === undefined) return { ...base, random: true, gen: (_c, rng) => kind.make(rng, opts) };
      if (!sameRow(sexCol, ['sexColumn'])) return undefined;
      const sexIdx = env.columnNames.indexOf(sexCol);
      const female = { ...opts, sex: 'female' as const };
      const male = { ...opts, sex: 'male' as const };
      return {
        ...base,
        deps: [sexCol],
        random: true,
        gen: (c, rng) => {
          const sex = String(c.values[sexIdx] ?? '').toLowerCase();
          return kind.make(rng, sex.startsWith('f') ? female : sex.startsWith('m') ? male : opts);
        },
      };
    }
    case 'faker': {
      const fn = env.faker.method(spec.faker!);
      if (!fn)
        return problem(`unknown faker method "${spec.faker}"`, didYouMean(spec.faker!, env.faker.methods()));
      const args = spec.args ?? [];
      const bridge = env.faker;
      return {
        ...base,
        random: true,
        type: typed('text'),
        gen: (_c, rng) => {
          const v = bridge.call(rng, fn, args);
          if (v === null || v === undefined) return null;
          if (v instanceof Date) return v.toISOString().slice(0, 19);
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
          return JSON.stringify(v);
        },
      };
    }
    case 'choice': {
      const c = spec.choice!;
      if (Array.isArray(c)) {
        const allNum = c.every((v) => typeof v === 'number');
        const allBool = c.every((v) => typeof v === 'boolean');
        const t = allNum
          ? c.every((v) => Number.isInteger(v))
            ? 'integer'
            : 'real'
          : allBool
            ? 'boolean'
            : 'text';
        return { ...base, random: true, type: typed(t), gen: (_c, rng) => rng.pick(c) };
      }
      const items = Object.entries(c).map(([v, w]) => [v, w] as const);
      if (items.every(([, w]) => w === 0)) return problem('all choice weights are zero');
      return { ...base, random: true, gen: (_c, rng) => rng.weighted(items) };
    }
    case 'number': {
      const n = spec.number!;
      if (n.min > n.max) return problem('min is greater than max');
      const r = rangeSpec(n.min, n.max, n);
      const decimals = n.decimals ?? 0;
      const scale = 10 ** decimals;
      return {
        ...base,
        random: true,
        type: typed(decimals === 0 ? 'integer' : 'real'),
        gen: (_c, rng) => Math.round(drawRange(rng, r) * scale) / scale,
      };
    }
    case 'date': {
      const d = spec.date!;
      const from = resolveDateExpr(d.from, env.refDay);
      const to = resolveDateExpr(d.to, env.refDay);
      if (from > to) return problem('from is after to');
      const mean = d.mean ? resolveDateExpr(d.mean, env.refDay) : undefined;
      const r = rangeSpec(from, to + 0.999, {
        ...(d.distribution ? { distribution: d.distribution } : {}),
        ...(mean !== undefined ? { mean } : {}),
        ...(d.sdDays !== undefined ? { sd: d.sdDays } : {}),
      });
      if (d.time) {
        return {
          ...base,
          random: true,
          type: typed('timestamp'),
          gen: (_c, rng) => formatSeconds(Math.floor(drawRange(rng, r) * 86_400)),
        };
      }
      return {
        ...base,
        random: true,
        type: typed('date'),
        gen: (_c, rng) => formatDay(Math.floor(drawRange(rng, r))),
      };
    }
    case 'sequence': {
      const s = spec.sequence === true ? {} : spec.sequence!;
      const start = s.start ?? 1;
      const step = s.step ?? 1;
      const prefix = s.prefix ?? '';
      const pad = s.pad ?? 0;
      if (env.ancestors.length > 0) {
        // Child ids are composite: <parent number>-<n>, so any slice of parents numbers its children alone.
        return {
          ...base,
          uniqueByConstruction: true,
          type: typed('text'),
          gen: (ctx) => `${prefix}${ctx.number}`,
        };
      }
      const plain = prefix === '' && pad === 0;
      return {
        ...base,
        uniqueByConstruction: step !== 0,
        type: typed(plain ? 'integer' : 'text'),
        gen: plain
          ? (ctx) => start + ctx.index * step
          : (ctx) => `${prefix}${String(start + ctx.index * step).padStart(pad, '0')}`,
      };
    }
    case 'template':
      return compileTemplate(table, spec.template!, base, env, problem, sameRow);
    case 'ref':
      return compileRef(table, spec, base, env, problem);
    case 'age': {
      const a = typeof spec.age === 'string' ? { from: spec.age } : spec.age!;
      if (!sameRow(a.from, ['age'])) return undefined;
      if (a.at !== undefined && !sameRow(a.at, ['age', 'at'])) return undefined;
      const fromIdx = env.columnNames.indexOf(a.from);
      const atIdx = a.at === undefined ? -1 : env.columnNames.indexOf(a.at);
      const refDate = env.refDate;
      return {
        ...base,
        deps: a.at === undefined ? [a.from] : [a.from, a.at],
        type: typed('integer'),
        gen: (ctx) => {
          const birth = ctx.values[fromIdx];
          if (typeof birth !== 'string') return null;
          const at = atIdx >= 0 ? ctx.values[atIdx] : null;
          return yearsBetween(birth, typeof at === 'string' ? at : refDate);
        },
      };
    }
    case 'after':
      return compileAfter(spec, base, env, problem, sameRow);
    case 'chart': {
      if (!env.chartList) return problem('a chart column needs a table with rows: { chart: <list> }');
      const fields = CHART_FIELDS[env.chartList] ?? {};
      const field = spec.chart!;
      if (!Object.hasOwn(fields, field))
        return problem(
          `unknown field "${field}" of chart ${env.chartList}`,
          didYouMean(field, Object.keys(fields)) ?? `fields: ${Object.keys(fields).join(', ')}`,
        );
      return {
        ...base,
        type: typed(fields[field]!),
        gen: (ctx) => {
          const v = ctx.item?.[field];
          return v === undefined ? null : (v as CellValue);
        },
      };
    }
  }
}

type Base = Omit<ColumnGen, 'gen'>;
type Problem = (message: string, hint?: string, sub?: Path) => undefined;
type SameRow = (col: string, sub: Path) => boolean;

const TOKEN = /\{\{\s*([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?\s*\}\}/g;

function compileTemplate(
  table: string,
  template: string,
  base: Base,
  env: CompileEnv,
  problem: Problem,
  sameRow: SameRow,
): ColumnGen | undefined {
  const parts: (string | ((ctx: RowContext) => CellValue))[] = [];
  const deps: string[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    parts.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    const [a, b] = [m[1]!, m[2]];
    if (b === undefined) {
      if (!sameRow(a, ['template'])) return undefined;
      const idx = env.columnNames.indexOf(a);
      deps.push(a);
      parts.push((ctx) => ctx.values[idx] ?? null);
    } else {
      const level = env.ancestors.indexOf(a);
      if (level < 0) {
        return problem(
          `template refers to "${a}", which is not an ancestor table of "${table}"`,
          env.ancestors.length ? `ancestors: ${env.ancestors.join(', ')}` : 'this table has no parent',
          ['template'],
        );
      }
      const cols = Object.keys(env.tables[a]!.columns);
      const idx = cols.indexOf(b);
      if (idx < 0) return problem(`unknown column "${b}" in table "${a}"`, didYouMean(b, cols), ['template']);
      parts.push((ctx) => ancestor(ctx, level).values[idx] ?? null);
    }
  }
  parts.push(template.slice(last));
  const chunks = parts.filter((p) => p !== '');
  return {
    ...base,
    deps,
    gen: (ctx) => {
      let s = '';
      for (const p of chunks) {
        if (typeof p === 'string') s += p;
        else {
          const v = p(ctx);
          if (v !== null) s += String(v);
        }
      }
      return s;
    },
  };
}

function ancestor(ctx: RowContext, level: number): RowContext {
  let c = ctx.parent!;
  for (let i = 0; i < level; i++) c = c.parent!;
  return c;
}

function compileRef(
  table: string,
  spec: ColumnObject,
  base: Base,
  env: CompileEnv,
  problem: Problem,
): ColumnGen | undefined {
  const [target, column, ...rest] = spec.ref!.split('.');
  if (!target || !column || rest.length > 0) return problem('a ref is "table.column"');
  const targetTable = env.tables[target];
  if (!targetTable) return problem(`unknown table "${target}"`, didYouMean(target, Object.keys(env.tables)));
  const cols = Object.keys(targetTable.columns);
  const idx = cols.indexOf(column);
  if (idx < 0) return problem(`unknown column "${column}" in table "${target}"`, didYouMean(column, cols));
  const col: ColumnGen = { ...base, fk: { table: target, column }, gen: () => null };
  col.resolve = (lookup) => {
    const t = lookup(target, column);
    if (t) col.type = spec.type ?? t.type;
  };
  if (spec.via === undefined) {
    const level = env.ancestors.indexOf(target);
    if (level < 0) {
      return problem(
        `"${target}" is not an ancestor of "${table}"`,
        `a ref without via points at a parent row${env.ancestors.length ? ` (ancestors: ${env.ancestors.join(', ')})` : ''}`,
      );
    }
    col.gen = (ctx) => ancestor(ctx, level).values[idx] ?? null;
    return col;
  }
  // A sibling row of a chart list, found through an index field of this row's chart item.
  const via = spec.via;
  const indexFields = env.chartList ? (CHART_INDEX_FIELDS[env.chartList] ?? {}) : {};
  if (!env.chartList || !Object.hasOwn(indexFields, via)) {
    return problem(
      env.chartList ? `chart ${env.chartList} has no index field "${via}"` : 'via needs a chart table',
      Object.keys(indexFields).length ? `index fields: ${Object.keys(indexFields).join(', ')}` : undefined,
      ['via'],
    );
  }
  const siblingTable = env.tables[target]!;
  const parent = env.ancestors[0];
  if (siblingTable.parent !== parent || siblingTable.rows?.chart !== indexFields[via]) {
    return problem(
      `table "${target}" is not the ${indexFields[via]} chart table of the same parent`,
      `via ${via} points into the ${indexFields[via]} list`,
    );
  }
  col.gen = (ctx) => {
    const i = ctx.item?.[via];
    if (typeof i !== 'number') return null;
    return ctx.siblings?.get(target)?.[i]?.values[idx] ?? null;
  };
  return col;
}

function compileAfter(
  spec: ColumnObject,
  base: Base,
  env: CompileEnv,
  problem: Problem,
  sameRow: SameRow,
): ColumnGen | undefined {
  const a = spec.after!;
  if (!sameRow(a.column, ['after', 'column'])) return undefined;
  const min = a.min ?? 0;
  if (min > a.max) return problem('min is greater than max');
  const unit = a.unit ?? 'days';
  const seconds = { minutes: 60, hours: 3600, days: 86_400, years: 365.2425 * 86_400 }[unit];
  const r = rangeSpec(min, a.max, a.distribution ? { distribution: a.distribution } : {});
  const baseIdx = env.columnNames.indexOf(a.column);
  const refEnd = env.refDay * 86_400 + 86_399;
  const overflowNull = a.overflow === 'null';
  const withTime = a.time ?? (unit === 'minutes' || unit === 'hours');
  return {
    ...base,
    deps: [a.column],
    random: true,
    type: spec.type ?? (withTime ? 'timestamp' : 'date'),
    gen: (ctx, rng) => {
      const from = ctx.values[baseIdx];
      if (typeof from !== 'string') return null;
      let t = parseSeconds(from) + Math.floor(drawRange(rng, r) * seconds);
      if (t > refEnd) {
        if (overflowNull) return null;
        t = Math.max(parseSeconds(from), withTime ? refEnd : refEnd - 86_399);
      }
      return withTime || from.length > 10 ? formatSeconds(t) : formatDay(Math.floor(t / 86_400));
    },
  };
}
