/**
 * `copyDatabase(from, to, opts)`: the scrub staging-refresh skeleton. Introspect the source,
 * refuse to copy a database onto itself, create the structure in the target, stream each table
 * (parents first) from one read-only snapshot through the transform into the bulk loader, then
 * check that the target holds exactly the rows written. The target appears all at once or not
 * at all (see the loaders); the source is only ever read.
 */
import { PlaceboError } from '../core/errors.js';
import type { DocRecord } from '../io/types.js';
import type { CellValue } from '../table/types.js';
import { connectMysql, connectPg, openSqlite } from './connect.js';
import { quoteIdent } from './ddl.js';
import { dbError } from './errors.js';
import { introspect } from './introspect.js';
import type { LoadMode } from './loader.js';
import { loaderFor } from './loaders.js';
import { cellsOf, type DbRecord } from './record.js';
import { openSource } from './source.js';
import type { DbStructure, DbTable } from './structure.js';
import { type DbUrl, parseDbUrl, sameDatabase } from './url.js';

/** Per table: the source's records in, the records to load out. `info` is the table's structure. */
export type RecordTransform = (
  table: string,
  records: AsyncIterable<DbRecord>,
  info: DbTable,
) => AsyncIterable<DocRecord>;

export interface CopyOptions {
  tables?: readonly string[];
  exclude?: readonly string[];
  /** Per-table record transform (the scrubber); identity when absent. */
  transform?: RecordTransform;
  /** Replace target tables of the same names (a staging refresh); default: they must not exist. */
  replace?: boolean;
  /** Rows per write to the loader. */
  batch?: number;
  /** Called with the source's structure after introspection, before any row is read. */
  onStructure?: (structure: DbStructure) => void;
}

export interface TableCount {
  table: string;
  /** Rows read from the source. */
  read: number;
  /** Rows the transform passed on and the target now holds. */
  written: number;
}

export interface CopyResult {
  structure: DbStructure;
  tables: TableCount[];
}

export async function copyDatabase(from: string, to: string, opts: CopyOptions = {}): Promise<CopyResult> {
  const src = parseDbUrl(from);
  const dst = parseDbUrl(to);
  if (sameDatabase(src, dst)) {
    throw new PlaceboError(
      'E_USAGE',
      'source and target are the same database',
      { path: dst.display },
      'copy into a separate staging database',
    );
  }
  const structure = await introspect(src, {
    ...(opts.tables ? { tables: opts.tables } : {}),
    ...(opts.exclude ? { exclude: opts.exclude } : {}),
  });
  if (opts.tables) {
    const missing = opts.tables.filter((n) => !structure.tables.some((t) => t.name === n));
    if (missing.length > 0)
      throw new PlaceboError('E_DB', `table "${missing[0]}" not found in the source`, { path: src.display });
  }
  opts.onStructure?.(structure);
  const batch = opts.batch ?? 1000;
  const mode: LoadMode = opts.replace ? 'replace' : 'create';
  const loader = loaderFor(dst);
  await loader.open(structure, mode);
  const source = await openSource(src).catch(async (err) => {
    await loader.abort();
    throw err;
  });
  const counts: TableCount[] = [];
  try {
    for (const t of structure.tables) {
      const count: TableCount = { table: t.name, read: 0, written: 0 };
      counts.push(count);
      const read = counting(source.records(t), count);
      const out = opts.transform ? opts.transform(t.name, read, t) : read;
      let rows: CellValue[][] = [];
      for await (const rec of out) {
        rows.push(cellsOf(t, rec));
        if (rows.length >= batch) {
          await loader.write(t.name, rows);
          rows = [];
        }
      }
      if (rows.length > 0) await loader.write(t.name, rows);
    }
    await source.close();
    const loaded = await loader.close();
    for (const c of counts) c.written = loaded.get(c.table) ?? 0;
  } catch (err) {
    await loader.abort();
    await source.close().catch(() => {});
    throw err;
  }
  const actual = await countRows(
    dst,
    counts.map((c) => c.table),
  );
  for (const c of counts) {
    if (actual.get(c.table) !== c.written) {
      throw new PlaceboError(
        'E_DB',
        `row count check failed for table "${c.table}": wrote ${c.written}, target holds ${actual.get(c.table)}`,
        { path: dst.display },
      );
    }
  }
  return { structure, tables: counts };
}

async function* counting(records: AsyncIterable<DbRecord>, count: TableCount): AsyncGenerator<DbRecord> {
  for await (const r of records) {
    count.read++;
    yield r;
  }
}

/** COUNT(*) per table. */
export async function countRows(
  url: string | DbUrl,
  tables: readonly string[],
): Promise<Map<string, number>> {
  const u = typeof url === 'string' ? parseDbUrl(url) : url;
  const out = new Map<string, number>();
  const sql = (t: string) => `SELECT COUNT(*) AS n FROM ${quoteIdent(u.dialect, t)}`;
  try {
    if (u.dialect === 'postgres') {
      const c = await connectPg(u);
      try {
        for (const t of tables) out.set(t, Number((await c.query<{ n: string }>(sql(t))).rows[0]?.n));
      } finally {
        await c.end();
      }
    } else if (u.dialect === 'mysql') {
      const c = await connectMysql(u);
      try {
        for (const t of tables) {
          const [rows] = await c.query(sql(t));
          out.set(t, Number((rows as { n: number }[])[0]?.n));
        }
      } finally {
        await c.end();
      }
    } else {
      const db = openSqlite(u, { readonly: true });
      try {
        for (const t of tables) out.set(t, Number(db.prepare(sql(t)).pluck().get()));
      } finally {
        db.close();
      }
    }
  } catch (err) {
    throw dbError(err, { url: u, action: 'counting rows', identifiers: tables });
  }
  return out;
}

/**
 * Create the same structure, empty, in a target: same dialect keeps native types; another
 * dialect gets mapped types (PostgreSQL → SQLite for a local copy).
 */
export async function createLike(
  targetUrl: string,
  structure: DbStructure,
  opts: { replace?: boolean } = {},
): Promise<void> {
  const loader = loaderFor(parseDbUrl(targetUrl));
  await loader.open(structure, opts.replace ? 'replace' : 'create');
  await loader.close();
}
