/**
 * `generate` as a plain async function: schema → plan → chunks of root rows (in this thread or
 * in worker threads) → sink, in order, with back-pressure. Nothing is left half-written: the
 * sink and the truth file are aborted on any error.
 */
import type { Writable } from 'node:stream';
import type { Style } from '../catalogue/types.js';
import { PlaceboError } from '../core/errors.js';
import { assertFhirTables } from '../fhir/group.js';
import { FhirSink } from '../fhir/sink.js';
import { Hl7Sink } from '../hl7/sink.js';
import { AtomicFile } from '../io/atomic-file.js';
import { didYouMean } from '../schema/generator-errors.js';
import type { LoadedSchema } from '../schema/generator-load.js';
import type { RowSink } from '../table/types.js';
import { type ChunkResult, checkedUniques, chunkEncoder } from './chunk-encoder.js';
import { loadPlan, type Plan } from './plan.js';
import { poolSize, WorkerPool } from './pool.js';
import { chunks, type Shard, shardRange } from './shard.js';
import { SHUFFLE_BLOCK } from './unique-ids.js';
import { type Dialect, type FormatName, isPatientFormat, type OutputFormat } from './writers/encoder.js';
import { FileSink } from './writers/file-sink.js';

/** Root rows per unit of work handed to a worker (a multiple of the block size). */
const CHUNK_BLOCKS = 4;
/** Chunks in flight per worker: enough to keep workers busy while the main thread writes. */
const IN_FLIGHT = 2;

/** What generate() writes to: a FileSink or a database sink, both taking encoded batches. */
type Sink = RowSink & { writeEncoded(table: string, text: string): Promise<void> };
const utf8 = new TextDecoder();

export interface GenerateOptions {
  schema: LoadedSchema;
  seed: string | number;
  style: Style;
  count?: number;
  format: OutputFormat;
  dialect: Dialect;
  /** A directory of files, one stream (one table), or a database URL (src/db sinks). */
  out:
    | { dir: string }
    | { stream: Writable }
    | { db: string; mode?: 'create' | 'truncate' | 'append' | 'replace' };
  tables?: readonly string[];
  /** Worker threads; left out: one per core, but none for a run too small to pay for starting them. */
  workers?: number;
  shard?: Shard;
  /** HL7 v2: wrap each message in MLLP framing. */
  mllp?: boolean;
  /** Path of an NDJSON file of identifiers planted in notes. */
  truth?: string;
  onProgress?: (done: number, total: number, rows: number) => void;
}

export interface GenerateSummary {
  /** Rows written per table. */
  rows: Record<string, number>;
  roots: number;
}

export async function generate(opts: GenerateOptions): Promise<GenerateSummary> {
  const planOpts = {
    seed: opts.seed,
    style: opts.style,
    ...(opts.count !== undefined ? { count: opts.count } : {}),
  };
  const plan = await loadPlan(opts.schema, planOpts);
  checkTables(plan, opts.tables);
  const shard = opts.shard ?? { k: 1, n: 1 };
  const first = await firstRow(opts.out, plan.root.name);
  plan.first = first;
  const { start, end } = shardRange(plan.rootCount, shard, first);
  checkCapacity(plan, first + plan.rootCount);
  let format = opts.format;
  let dialect = opts.dialect;
  let sink: Sink;
  let fileSink: PatientFileSink | undefined;
  if (isPatientFormat(opts.format)) {
    const label = opts.format === 'hl7v2' ? 'HL7 v2' : 'FHIR';
    if (!('dir' in opts.out))
      throw new PlaceboError(
        'E_USAGE',
        `${label} formats write files into a directory`,
        { path: '--out' },
        'give --out DIR',
      );
    assertFhirTables(
      plan.tables.map((t) => t.spec),
      plan.file,
      label,
    );
    fileSink =
      opts.format === 'hl7v2'
        ? new Hl7Sink(opts.out.dir)
        : new FhirSink(opts.format, opts.out.dir, plan.seed);
    sink = fileSinkAsSink(fileSink);
  } else if ('db' in opts.out) {
    const { openDbSink } = await import('../db/index.js');
    const db = openDbSink(opts.out.db, opts.out.mode ? { mode: opts.out.mode } : {});
    // Workers encode for the database loader: CSV for PostgreSQL COPY, INSERTs for the others.
    format = db.encoding.format;
    if (db.encoding.format === 'sql') dialect = db.encoding.dialect;
    sink = db;
  } else {
    sink = new FileSink({
      format: format as FormatName,
      dialect,
      out: opts.out,
      ...(opts.tables ? { tables: opts.tables } : {}),
      firstSlice: shard.k === 1,
      lastSlice: shard.k === shard.n,
    });
  }
  const chunkOpts = {
    format,
    dialect,
    tables: opts.tables,
    truth: Boolean(opts.truth),
    mllp: opts.mllp ?? false,
  };
  const ranges = [...chunks(start, end, CHUNK_BLOCKS)];
  const workers = poolSize(opts.workers, end - start, ranges.length);
  const pool =
    workers > 1
      ? new WorkerPool(workers, {
          schemaText: opts.schema.text,
          schemaFile: opts.schema.file,
          plan: { seed: plan.seed, style: plan.style, count: plan.rootCount, first },
          chunk: chunkOpts,
        })
      : undefined;
  let truth: AtomicFile | undefined;
  const local = pool ? undefined : chunkEncoder(plan, chunkOpts);
  const exec = (r: [number, number]): Promise<ChunkResult> =>
    pool ? pool.run(r[0], r[1]) : new Promise((resolve) => resolve(local!(r[0], r[1])));

  const totals: Record<string, number> = Object.fromEntries(plan.tables.map((t) => [t.name, 0]));
  const uniques = checkedUniques(plan).map((u) => ({ ...u, seen: new Set<number>() }));
  const window: Promise<ChunkResult>[] = [];
  const inFlight = workers * IN_FLIGHT;
  let next = 0;
  const submit = (): void => {
    while (window.length < inFlight && next < ranges.length) {
      const p = exec(ranges[next++]!);
      p.catch(() => {}); // awaited in order below; avoid an unhandled rejection meanwhile
      window.push(p);
    }
  };
  try {
    truth = opts.truth ? new AtomicFile(opts.truth) : undefined;
    const specs = plan.tables.map((t) => t.spec);
    // A file sink needs every table (SQL keys); a database gets only the tables it loads.
    await sink.open(
      sink instanceof FileSink ? specs : specs.filter((t) => !opts.tables || opts.tables.includes(t.name)),
    );
    submit();
    while (window.length > 0) {
      const r = await window.shift()!;
      submit();
      uniques.forEach((u, j) => {
        for (const h of r.uniques[j]!) {
          if (u.seen.has(h)) {
            throw new PlaceboError(
              'E_SCHEMA',
              'a unique column repeats a value',
              { file: plan.file, path: `tables.${u.table.name}.columns.${u.column.name}` },
              "the generator's value space is too small for this count; drop unique or use a sequence",
            );
          }
          u.seen.add(h);
        }
      });
      for (const t of plan.tables) {
        totals[t.name]! += r.rows[t.position]!;
        const bytes = r.bytes[t.position]!;
        if (bytes.length === 0) continue;
        if (sink instanceof FileSink) await sink.writeEncoded(t.name, bytes);
        else await sink.writeEncoded(t.name, utf8.decode(bytes));
      }
      for (const [name, text] of r.files) await fileSink?.writeFile(name, text);
      if (truth && r.truth) truth.write(r.truth);
      opts.onProgress?.(
        r.end - start,
        end - start,
        Object.values(totals).reduce((a, b) => a + b, 0),
      );
    }
    await sink.close();
    await truth?.commit();
  } catch (err) {
    await sink.abort();
    truth?.discard();
    throw err;
  } finally {
    await pool?.close();
  }
  const rows = opts.tables ? Object.fromEntries(opts.tables.map((t) => [t, totals[t] ?? 0])) : totals;
  return { rows, roots: end - start };
}

function checkTables(plan: Plan, tables: readonly string[] | undefined): void {
  const names = plan.tables.map((t) => t.name);
  for (const t of tables ?? []) {
    if (!names.includes(t)) {
      throw new PlaceboError(
        'E_USAGE',
        `unknown table "${t}"`,
        { path: '--tables' },
        didYouMean(t, names) ?? `tables: ${names.join(', ')}`,
      );
    }
  }
}

/**
 * The global index of this run's first root row: 0, or — appending to a database — past the rows
 * already there, rounded up to a whole identifier block, so that sequences continue and
 * unique identifiers never meet those of an earlier run, whatever its seed (docs/decisions.md).
 */
async function firstRow(out: GenerateOptions['out'], root: string): Promise<number> {
  if (!('db' in out) || out.mode !== 'append') return 0;
  const { countRows } = await import('../db/index.js');
  // A missing table is reported by the loader when it opens, with its own hint.
  const held = await countRows(out.db, [root]).then(
    (m) => m.get(root) ?? 0,
    () => 0,
  );
  return Math.ceil(held / SHUFFLE_BLOCK) * SHUFFLE_BLOCK;
}

/** A unique-identifier column that would run out of values is an error before any row is made. */
function checkCapacity(plan: Plan, rows: number): void {
  for (const c of plan.root.columns) {
    if (c.capacity === undefined || rows <= c.capacity) continue;
    throw new PlaceboError(
      'E_USAGE',
      `${plan.root.name}.${c.name} can hold ${c.capacity} unique values; this run needs ${rows}`,
      { file: plan.file, path: `tables.${plan.root.name}.columns.${c.name}` },
      'lower --count, or use a kind with a larger range for that column',
    );
  }
}

/** FHIR and HL7 v2 output: files written per block of patients. */
type PatientFileSink = Pick<FhirSink, 'open' | 'writeFile' | 'close' | 'abort'>;

/** Per-patient output fits the sink life cycle (open, close, abort); its text comes through `files`. */
function fileSinkAsSink(files: PatientFileSink): Sink {
  return {
    open: () => files.open(),
    write: async () => {},
    writeEncoded: async () => {},
    close: () => files.close(),
    abort: () => files.abort(),
  };
}
