/**
 * The row engine: makes the rows of a range of root rows, each with all its descendants.
 * Every cell draws from rngFor(seed, table, row key, column), so a row's values depend only
 * on the schema, the seed and the row's key: never on the range, the worker or the format.
 */
import { type Rng, rngFor } from '../core/rng.js';
import type { CellValue } from '../table/types.js';
import type { Chart, PatientFacts, RequiredCondition } from './clinical/types.js';
import { type Member, sexOf } from './cohorts.js';
import { poisson } from './distributions.js';
import type { Plan, TablePlan } from './plan.js';
import type { RowContext } from './row-context.js';

/** Ground truth of an identifier planted in generated free text (for scoring the scrubber). */
export interface TruthRecord {
  table: string;
  id: CellValue;
  column: string;
  start: number;
  end: number;
  kind: string;
}

export interface BlockOutput {
  /** Rows per table, indexed by TablePlan.position. */
  rows: CellValue[][][];
  truth: TruthRecord[];
}

type Row = CellValue[];

export class RowEngine {
  private readonly seed: string;

  constructor(private readonly plan: Plan) {
    this.seed = plan.seed;
  }

  /** Rows of root rows [start, end) and their descendants. */
  block(start: number, end: number): BlockOutput {
    const out: BlockOutput = { rows: this.plan.tables.map(() => []), truth: [] };
    for (let i = start; i < end; i++) this.row(this.plan.root, i, String(i + 1), i, null, null, null, out);
    return out;
  }

  private row(
    t: TablePlan,
    key: string | number,
    number: string,
    index: number,
    parent: RowContext | null,
    item: Readonly<Record<string, unknown>> | null,
    siblings: Map<string, RowContext[]> | null,
    out: BlockOutput,
  ): RowContext {
    const values: Row = new Array(t.columns.length).fill(null);
    const ctx: RowContext = { table: t.name, key, number, index, values, parent, item, siblings };
    // A cohort member's facts (sex, birth, death, cohort name) are drawn to its definition.
    const member: Member | null =
      parent === null && this.plan.cohorts ? this.plan.cohorts.memberAt(index, this.plan.first) : null;
    for (const col of t.order) {
      if (member?.values.has(col.index)) {
        values[col.index] = member.values.get(col.index) as CellValue;
        continue;
      }
      let rng: Rng | undefined;
      if (col.random || col.nullRate > 0) {
        rng = rngFor(this.seed, t.name, key, col.name);
        if (col.nullRate > 0 && rng.chance(col.nullRate)) continue;
      }
      values[col.index] = col.gen(ctx, rng as Rng);
    }
    out.rows[t.position]!.push(values);
    if (t.truthColumns.length > 0 && item) this.truth(t, values, item, out);
    if (t.children.length === 0) return ctx;

    const chart = t.chartFacts ? this.chart(t, ctx, member?.conditions) : null;
    const made = new Map<string, RowContext[]>();
    for (const child of t.children) {
      const c = child.count;
      let items: readonly Readonly<Record<string, unknown>>[] | null = null;
      let n: number;
      if (c.kind === 'chart') {
        items = chart ? (chart[c.list as keyof Chart] as unknown as Readonly<Record<string, unknown>>[]) : [];
        n = items.length;
      } else if (c.kind === 'fixed') n = c.n;
      else n = this.count(child, key, c);
      const rows: RowContext[] = [];
      for (let j = 0; j < n; j++) {
        rows.push(
          this.row(child, `${key}.${j}`, `${number}-${j + 1}`, j, ctx, items ? items[j]! : null, made, out),
        );
      }
      made.set(child.name, rows);
    }
    return ctx;
  }

  private count(
    child: TablePlan,
    parentKey: string | number,
    c: Extract<TablePlan['count'], { kind: 'distribution' }>,
  ): number {
    const rng = rngFor(this.seed, child.name, parentKey, '#count');
    let n: number;
    if (c.distribution === 'uniform') n = rng.int(c.min, c.max);
    else if (c.distribution === 'poisson') n = poisson(rng, c.mean);
    else n = Math.round(rng.normal(c.mean, c.sd));
    return Math.min(c.max, Math.max(c.min, n));
  }

  private chart(t: TablePlan, ctx: RowContext, required: RequiredCondition[] | undefined): Chart | null {
    const build = this.plan.buildChart;
    const f = t.chartFacts!;
    const birth = ctx.values[f.birth];
    if (!build || typeof birth !== 'string') return null;
    const death = f.death >= 0 ? ctx.values[f.death] : null;
    const facts: PatientFacts = {
      birthDate: birth.slice(0, 10),
      sex: sexOf(ctx.values[f.sex]),
      deathDate: typeof death === 'string' ? death.slice(0, 10) : null,
      refDate: this.plan.refDate,
      ...(required && required.length > 0 ? { conditions: required } : {}),
    };
    const patient: Record<string, CellValue> = {};
    t.columns.forEach((c, i) => {
      patient[c.name] = ctx.values[i] ?? null;
    });
    return build(
      rngFor(this.seed, t.name, ctx.key, '#chart'),
      facts,
      patient as Record<string, string | number | null>,
    );
  }

  private truth(t: TablePlan, values: Row, item: Readonly<Record<string, unknown>>, out: BlockOutput): void {
    const planted = item.planted as { start: number; end: number; kind: string }[] | undefined;
    if (!planted) return;
    const id = t.primaryKeyIndex >= 0 ? (values[t.primaryKeyIndex] ?? null) : null;
    for (const col of t.truthColumns) {
      if (values[col.index] === null) continue;
      for (const s of planted)
        out.truth.push({ table: t.name, id, column: col.name, start: s.start, end: s.end, kind: s.kind });
    }
  }
}
