/**
 * Building the plan and guarding against drift: each source (a database table or a file) is
 * sampled as scrub would sample it, and every column gets its row. Sources are opened by the
 * caller, so files and tables go through the same code.
 */
import type { InputDocument } from '../../io/types.js';
import { planDocument, type ScrubEnv } from '../engine.js';
import { tableNameOf } from '../keys/infer-files.js';
import type { ScrubPlan, SourceColumn } from './plan.js';

export interface PlanSource {
  /** The table (a database table, or a file named after its table). */
  table: string;
  open(): Promise<InputDocument>;
  /** The column's type as the source declares it (native database type) or as inferred for files. */
  typeOf(column: string): string;
}

export async function buildPlan(sources: readonly PlanSource[], env: ScrubEnv): Promise<ScrubPlan> {
  const plan: ScrubPlan = { version: 1, profile: env.profile.name, tables: {} };
  for (const s of sources) {
    const fields = await planDocument(await s.open(), env);
    const columns: ScrubPlan['tables'][string]['columns'] = {};
    for (const f of fields) {
      columns[f.cls.path] = {
        type: s.typeOf(f.cls.path),
        kind: f.cls.kind,
        action: f.action,
        ...(f.domain ? { domain: f.domain.id } : {}),
        reason: f.cls.explanation,
      };
    }
    plan.tables[s.table] = { columns };
  }
  return plan;
}

/** The columns a source has now (header, or the paths of its first records), for the drift guard. */
export async function sourceColumns(s: PlanSource): Promise<SourceColumn[]> {
  const input = await s.open();
  const paths = new Set<string>(input.header ?? []);
  let n = 0;
  for await (const record of input.records()) {
    for (const leaf of record.leaves) paths.add(leaf.path);
    if (++n >= 100) break;
  }
  return [...paths].map((column) => ({ table: s.table, column, type: s.typeOf(column) }));
}

export { tableNameOf };
