/**
 * Making and encoding a range of root rows: the unit of work of a worker thread (and of the
 * main thread when it works alone). The same function serves both, so bytes cannot differ.
 */

import { hash53 } from '../core/string-hash.js';
import { encodeFhirBlock } from '../fhir/encode.js';
import { encodeHl7Block, HL7_FILE } from '../hl7/encode.js';
import { ByteBuffer } from './byte-buffer.js';
import type { ColumnGen } from './columns.js';
import { RowEngine } from './engine.js';
import type { Plan, TablePlan } from './plan.js';
import { chunks } from './shard.js';
import {
  type Dialect,
  type FormatName,
  isFhirFormat,
  isPatientFormat,
  type PatientFormatName,
  type TableEncoder,
} from './writers/encoder.js';
import { encoderFor } from './writers/index.js';

export interface ChunkResult {
  start: number;
  end: number;
  /** Encoded UTF-8 per table position (empty when none or not written), each in its own ArrayBuffer. */
  bytes: Uint8Array[];
  /** Rows made per table position. */
  rows: number[];
  /** NDJSON lines of ground truth ('' unless asked for). */
  truth: string;
  /** Hashes of the values of each checked-unique column, in row order. */
  uniques: number[][];
  /** FHIR formats: output file name → text, in order (empty for tabular formats). */
  files: [string, string][];
}

export interface ChunkOptions {
  /** A tabular format, or a per-patient one (FHIR, HL7 v2: then `files` carries the output). */
  format: FormatName | PatientFormatName;
  /** HL7 v2: wrap each message in MLLP framing. */
  mllp?: boolean;
  dialect: Dialect;
  tables?: readonly string[] | undefined;
  truth: boolean;
}

export interface UniqueColumn {
  table: TablePlan;
  column: ColumnGen;
}

/** Columns declared unique whose generator does not guarantee it: checked while writing. */
export function checkedUniques(plan: Plan): UniqueColumn[] {
  return plan.tables.flatMap((t) =>
    t.columns.filter((c) => c.unique && !c.uniqueByConstruction).map((c) => ({ table: t, column: c })),
  );
}

export function chunkEncoder(plan: Plan, opts: ChunkOptions): (start: number, end: number) => ChunkResult {
  const engine = new RowEngine(plan);
  const specs = plan.tables.map((t) => t.spec);
  const fhir = isFhirFormat(opts.format) ? opts.format : null;
  const hl7 = opts.format === 'hl7v2';
  const tabular = isPatientFormat(opts.format) ? null : (opts.format as FormatName);
  const encoders: (TableEncoder | null)[] = plan.tables.map((t) =>
    tabular && (!opts.tables || opts.tables.includes(t.name))
      ? encoderFor(t.spec, { format: tabular, dialect: opts.dialect, tables: specs })
      : null,
  );
  const uniques = checkedUniques(plan);
  const buffers = encoders.map((e) => (e ? new ByteBuffer() : null));
  return (start, end) => {
    const wrote = plan.tables.map(() => false);
    const rows = plan.tables.map(() => 0);
    const hashes: number[][] = uniques.map(() => []);
    let truth = '';
    const files = new Map<string, string>();
    for (const [s, e] of chunks(start, end, 1)) {
      const out = engine.block(s, e);
      if (fhir)
        for (const [name, text] of encodeFhirBlock(fhir, specs, out.rows, plan.seed))
          files.set(name, (files.get(name) ?? '') + text);
      if (hl7)
        files.set(
          HL7_FILE,
          (files.get(HL7_FILE) ?? '') + encodeHl7Block(specs, out.rows, { mllp: opts.mllp ?? false }),
        );
      out.rows.forEach((tableRows, i) => {
        rows[i]! += tableRows.length;
        const enc = encoders[i];
        if (!enc || tableRows.length === 0) return;
        if (wrote[i] && enc.separator !== '') buffers[i]!.write(enc.separator);
        buffers[i]!.write(enc.batch(tableRows));
        wrote[i] = true;
      });
      uniques.forEach((u, j) => {
        for (const r of out.rows[u.table.position]!) {
          const v = r[u.column.index];
          if (v !== null && v !== undefined) hashes[j]!.push(hash53(String(v)));
        }
      });
      if (opts.truth) for (const t of out.truth) truth += `${JSON.stringify(t)}\n`;
    }
    const bytes = buffers.map((b) => b?.take() ?? new Uint8Array(0));
    return { start, end, bytes, rows, truth, uniques: hashes, files: [...files] };
  };
}
