/**
 * Database benchmarks (PostgreSQL; skipped with a note when PLACEBO_TEST_PG is unset):
 *  1. `placebo generate --to <postgres url>` vs `generate --format csv` + `psql \copy`, end to end
 *  2. load stage alone: the PostgreSQL sink loading an existing 20-text-column CSV vs `psql \copy`
 *  3. copyDatabase PostgreSQL → PostgreSQL: rows/s and peak RSS
 *  4. staging refresh `scrub --from pg --to pg` of a generated database vs `pg_dump | psql` of the
 *     same tables into a scratch database (issue 17's ratio, goal ≥ 0.5×)
 * The same file doubles as the child process: `node db.bench.js --child <task> …`.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const SCHEMA = 'placebo_bench';
const COLS = 20;

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Run statements; a `?schema=` in the URL becomes the search_path, as in placebo itself. */
async function sql(url: string, statements: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const schema = new URL(url).searchParams.get('schema');
    if (schema) await c.query(`SET search_path TO ${schema}`);
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
}

/** Wall seconds of a child process (psql). */
function timeProcess(cmd: string, args: string[], input?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${cmd} exited with ${code}`));
      else resolve(Number(process.hrtime.bigint() - started) / 1e9);
    });
    child.stdin.end(input ?? '');
  });
}

const psqlCopy = (url: string, table: string, file: string, header: boolean) =>
  timeProcess('psql', [
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '-d',
    url,
    '-c',
    `SET search_path TO ${SCHEMA}`,
    '-c',
    `\\copy ${table} FROM '${file}' WITH (FORMAT csv${header ? ', HEADER' : ''})`,
  ]);

/** A CSV of 20 text columns with quoted fields, commas, quotes and line breaks in a note column. */
async function writeCsv(file: string, rows: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const header = Array.from({ length: COLS }, (_, i) => `c${i + 1}`).join(',');
  let buf = `${header}\n`;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 1; c < COLS; c++) cells.push(`v${c}-${(r * 7919 + c * 104729) % 1000003}-abcdefgh`);
    cells.push(
      r % 3 === 0
        ? `"Note ${r}: seen, ""stable"",\nfollow up in ${r % 12} weeks"`
        : `Note ${r} plain text without commas here`,
    );
    buf += `${cells.join(',')}\n`;
    if (buf.length > 1 << 20) {
      bytes += buf.length;
      if (!out.write(buf)) await new Promise<void>((res) => out.once('drain', () => res()));
      buf = '';
    }
  }
  bytes += buf.length;
  await new Promise<void>((res, rej) => out.end(buf, (err?: Error | null) => (err ? rej(err) : res())));
  return bytes;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const createTextTable = (table: string) =>
  `CREATE TABLE ${table} (${Array.from({ length: COLS }, (_, i) => `c${i + 1} text`).join(', ')})`;

async function loadStage(url: string, dir: string, rows: number, reps: number): Promise<BenchRow[]> {
  const file = join(dir, 'load.csv');
  const bytes = await writeCsv(file, rows);
  const target = withSchema(url, SCHEMA);
  const psql: number[] = [];
  const sink: number[] = [];
  const sinkRows: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < reps; i++) {
    await sql(target, [`DROP TABLE IF EXISTS load_psql, load_sink, load_rows`, createTextTable('load_psql')]);
    psql.push(await psqlCopy(url, 'load_psql', file, true));
    const m = await runNode([SELF, '--child', 'load-csv', target, file, 'load_sink']);
    sink.push(m.seconds);
    rss.push(m.peakRssMb);
    sinkRows.push((await runNode([SELF, '--child', 'load-rows', target, String(rows), 'load_rows'])).seconds);
  }
  await sql(target, ['DROP TABLE IF EXISTS load_psql, load_sink, load_rows']);
  const base = rows / median(psql);
  const mine = rows / median(sink);
  const fromRows = rows / median(sinkRows);
  const mb = (bytes / 1e6).toFixed(0);
  return [
    {
      name: `db load: PostgreSQL sink, existing ${COLS}-text-column CSV (${rows} rows, ${mb} MB)`,
      value: mine,
      unit: 'rows/s',
      baselineName: 'psql \\copy',
      baseline: base,
      ratio: mine / base,
      target: 0.7,
      peakRssMb: median(rss),
      note: `median of ${reps}; CSV streamed into COPY through writeEncoded, staging table + rename`,
    },
    {
      name: `db load: PostgreSQL sink from row arrays made in-process (${rows} rows)`,
      value: fromRows,
      unit: 'rows/s',
      baselineName: 'psql \\copy',
      baseline: base,
      ratio: fromRows / base,
      note: 'row path: CSV encoding of each cell in the main thread',
    },
  ];
}

async function endToEnd(url: string, dir: string, patients: number): Promise<BenchRow[]> {
  if (!existsSync(MAIN)) return [];
  const target = withSchema(url, SCHEMA);
  const drop = async () => {
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    await c.query(`SET search_path TO ${SCHEMA}`);
    const r = await c.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = '${SCHEMA}'`,
    );
    if (r.rows.length > 0) await c.query(`DROP TABLE ${r.rows.map((x) => `"${x.t}"`).join(', ')} CASCADE`);
    await c.end();
  };
  await drop();
  const direct = await runNode([
    MAIN,
    'generate',
    '--count',
    String(patients),
    '--to',
    target,
    '--create',
    '--quiet',
  ]);
  const tables = await rowCounts(target);
  const rows = [...tables.values()].reduce((a, b) => a + b, 0);
  const { introspect } = await import('../db/introspect.js');
  const order = (await introspect(target)).tables.map((t) => t.name);
  await drop();
  // Baseline: CSV files, then psql \copy each table (parents first), tables created from the SQL head.
  const out = join(dir, 'gen');
  const csv = await runNode([
    MAIN,
    'generate',
    '--count',
    String(patients),
    '--format',
    'csv',
    '--out',
    out,
    '--quiet',
  ]);
  await runNode([
    MAIN,
    'generate',
    '--count',
    '0',
    '--format',
    'sql',
    '--dialect',
    'postgres',
    '--out',
    out,
    '--quiet',
  ]);
  let copy = 0;
  for (const t of order) {
    copy += await timeProcess('psql', [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-d',
      url,
      '-c',
      `SET search_path TO ${SCHEMA}`,
      '-f',
      join(out, `${t}.sql`),
    ]);
    copy += await psqlCopy(url, `"${t}"`, join(out, `${t}.csv`), true);
  }
  await drop();
  const base = rows / (csv.seconds + copy);
  const mine = rows / direct.seconds;
  return [
    {
      name: `db end to end: generate --to postgres (${patients} patients, ${rows} rows)`,
      value: mine,
      unit: 'rows/s',
      baselineName: 'generate csv + psql \\copy',
      baseline: base,
      ratio: mine / base,
      target: 1.0,
      peakRssMb: direct.peakRssMb,
    },
  ];
}

async function rowCounts(url: string, schema = SCHEMA): Promise<Map<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<{ t: string }>(
    `SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = '${schema}' AND c.relkind = 'r' ORDER BY c.oid`,
  );
  const out = new Map<string, number>();
  for (const { t } of r.rows) {
    const n = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}."${t}"`);
    out.set(t, Number(n.rows[0]?.n));
  }
  await c.end();
  return out;
}

async function copyStage(url: string, rows: number): Promise<BenchRow[]> {
  const src = withSchema(url, `${SCHEMA}_src`);
  const dst = withSchema(url, `${SCHEMA}_dst`);
  await sql(url, [
    `DROP SCHEMA IF EXISTS ${SCHEMA}_src CASCADE`,
    `DROP SCHEMA IF EXISTS ${SCHEMA}_dst CASCADE`,
    `CREATE SCHEMA ${SCHEMA}_src`,
    `CREATE SCHEMA ${SCHEMA}_dst`,
    `CREATE TABLE ${SCHEMA}_src.people (id bigint PRIMARY KEY, name text NOT NULL, born date, weight numeric(6,2), note text)`,
    `INSERT INTO ${SCHEMA}_src.people SELECT g, 'Person ' || g, date '1950-01-01' + (g % 20000), (g % 9000) / 100.0,
       CASE WHEN g % 3 = 0 THEN E'seen,\\n"ok" ' || g END FROM generate_series(1, ${rows}) g`,
  ]);
  const m = await runNode([SELF, '--child', 'copy', src, dst]);
  await sql(url, [`DROP SCHEMA ${SCHEMA}_src CASCADE`, `DROP SCHEMA ${SCHEMA}_dst CASCADE`]);
  return [
    {
      name: `db copyDatabase PostgreSQL → PostgreSQL (${rows} rows, identity transform)`,
      value: rows / m.seconds,
      unit: 'rows/s',
      peakRssMb: m.peakRssMb,
      note: 'COPY TO (snapshot) → records → COPY FROM, row counts verified',
    },
  ];
}

/** pg_dump of one schema piped into psql on another database: wall seconds. */
function dumpRestore(url: string, schema: string, into: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const dump = spawn('pg_dump', ['-d', url, '-n', schema, '--no-owner'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const restore = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', into], {
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    dump.stdout.pipe(restore.stdin);
    let open = 2;
    const done = (code: number | null, what: string) => {
      if (code !== 0) reject(new Error(`${what} exited with ${code}`));
      else if (--open === 0) resolve(Number(process.hrtime.bigint() - started) / 1e9);
    };
    dump.on('error', reject).on('close', (c) => done(c, 'pg_dump'));
    restore.on('error', reject).on('close', (c) => done(c, 'psql'));
  });
}

async function stagingRefresh(url: string, patients: number): Promise<BenchRow[]> {
  if (!existsSync(MAIN)) return [];
  const src = `${SCHEMA}_refresh_src`;
  const dst = `${SCHEMA}_refresh_dst`;
  const scratchDb = `${SCHEMA}_dump`;
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${scratchDb}`;
  const reset = [`DROP SCHEMA IF EXISTS ${src} CASCADE`, `DROP SCHEMA IF EXISTS ${dst} CASCADE`];
  await sql(url, [
    ...reset,
    `CREATE SCHEMA ${src}`,
    `CREATE SCHEMA ${dst}`,
    `DROP DATABASE IF EXISTS ${scratchDb}`,
  ]);
  try {
    await runNode([
      MAIN,
      'generate',
      '--count',
      String(patients),
      '--seed',
      '7',
      '--to',
      withSchema(url, src),
      '--create',
      '--quiet',
    ]);
    const rows = [...(await rowCounts(url, src)).values()].reduce((a, b) => a + b, 0);
    await sql(url, [`CREATE DATABASE ${scratchDb}`]);
    const base = await dumpRestore(url, src, scratchUrl.toString());
    const mine = await runNode([
      MAIN,
      'scrub',
      '--from',
      withSchema(url, src),
      '--to',
      withSchema(url, dst),
      '--quiet',
    ]);
    return [
      {
        name: `db staging refresh: scrub --from pg --to pg (${patients} patients, ${rows} rows)`,
        value: rows / mine.seconds,
        unit: 'rows/s',
        baselineName: 'pg_dump | psql',
        baseline: rows / base,
        ratio: base / mine.seconds,
        target: 0.5,
        peakRssMb: mine.peakRssMb,
        note: 'default workers; notes scanned as free text, keys replaced across tables',
      },
    ];
  } finally {
    await sql(url, [...reset, `DROP DATABASE IF EXISTS ${scratchDb}`]);
  }
}

export const run: Bench = async ({ quick }) => {
  const url = process.env.PLACEBO_TEST_PG;
  if (!url) {
    process.stderr.write('db.bench: PLACEBO_TEST_PG unset — database benchmarks skipped\n');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'placebo-dbbench-'));
  try {
    await sql(url, [`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`, `CREATE SCHEMA ${SCHEMA}`]);
    const rows: BenchRow[] = [];
    rows.push(...(await loadStage(url, dir, quick ? 20_000 : 250_000, quick ? 1 : 3)));
    try {
      // The default schema makes ~89 rows per patient: 11,000 patients ≈ 1,000,000 rows.
      rows.push(...(await endToEnd(url, dir, quick ? 500 : 11_000)));
    } catch (err) {
      process.stderr.write(`db.bench: end-to-end generate benchmark skipped: ${(err as Error).message}\n`);
    }
    rows.push(...(await copyStage(url, quick ? 50_000 : 1_000_000)));
    // ~89 rows per patient: 11,000 patients ≈ 1,000,000 rows, as the issue asks.
    rows.push(...(await stagingRefresh(url, quick ? 300 : 11_000)));
    await sql(url, [`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`]);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

// ---- child tasks -------------------------------------------------------------------------

async function child(task: string, args: string[]): Promise<void> {
  const { openDbSink } = await import('../db/sink.js');
  const spec = (name: string) => ({
    name,
    columns: Array.from({ length: COLS }, (_, i) => ({
      name: `c${i + 1}`,
      type: 'text' as const,
      nullable: true,
      unique: false,
    })),
    primaryKey: null,
    foreignKeys: [],
  });
  if (task === 'load-csv') {
    const [url, file, table] = args as [string, string, string];
    const sink = openDbSink(url);
    await sink.open([spec(table)]);
    let skippedHeader = false;
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      let text = chunk as string;
      if (!skippedHeader) {
        text = text.slice(text.indexOf('\n') + 1);
        skippedHeader = true;
      }
      await sink.writeEncoded(table, text);
    }
    await sink.close();
  } else if (task === 'load-rows') {
    const [url, n, table] = args as [string, string, string];
    const sink = openDbSink(url);
    await sink.open([spec(table)]);
    let batch: string[][] = [];
    for (let r = 0; r < Number(n); r++) {
      const cells: string[] = [];
      for (let c = 1; c < COLS; c++) cells.push(`v${c}-${(r * 7919 + c * 104729) % 1000003}-abcdefgh`);
      cells.push(
        r % 3 === 0 ? `Note ${r}: seen, "stable",\nfollow up in ${r % 12} weeks` : `Note ${r} plain text`,
      );
      batch.push(cells);
      if (batch.length === 1000) {
        await sink.write(table, batch);
        batch = [];
      }
    }
    await sink.write(table, batch);
    await sink.close();
  } else if (task === 'copy') {
    const { copyDatabase } = await import('../db/copy-database.js');
    const [from, to] = args as [string, string];
    await copyDatabase(from, to);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', process.argv.slice(4));
