/**
 * Reading a database for scrub and check. `openSource(url)` opens one read-only snapshot
 * transaction (REPEATABLE READ where the dialect has it) that every `records(table)` call reads
 * from; the source is never written. `readTable(url, table)` is the one-table shortcut.
 */
import { PlaceboError } from '../core/errors.js';
import type { CellValue } from '../table/types.js';
import { connectMysql, connectPg, openSqlite } from './connect.js';
import { dbError } from './errors.js';
import { introspect } from './introspect.js';
import { beginMysqlSnapshot, mysqlRows } from './mysql/reader.js';
import { beginPgSnapshot, pgRows } from './pg/reader.js';
import { type DbRecord, makeRecord } from './record.js';
import { beginSqliteSnapshot, sqliteRows } from './sqlite/reader.js';
import type { DbTable } from './structure.js';
import { type DbUrl, parseDbUrl } from './url.js';

export interface DbSource {
  readonly url: DbUrl;
  /** Rows of one table as records, streamed. Read tables one after another, not concurrently. */
  records(table: DbTable): AsyncIterable<DbRecord>;
  close(): Promise<void>;
}

export async function openSource(url: string | DbUrl): Promise<DbSource> {
  const u = typeof url === 'string' ? parseDbUrl(url) : url;
  let rows: (t: DbTable) => AsyncIterable<readonly CellValue[]>;
  let close: () => Promise<void>;
  // A read stopped (or still suspended) half-way leaves the connection mid-result: close it hard
  // (the server rolls the read-only transaction back) rather than queue a ROLLBACK behind the
  // rest of the rows, which would wait for a reader that is gone.
  const state = { midResult: false };
  switch (u.dialect) {
    case 'postgres': {
      const client = await connectPg(u);
      rows = (t) => pgRows(client, t);
      close = async () => {
        if (state.midResult) {
          client.connection.stream.destroy();
          return;
        }
        await client.query('ROLLBACK').catch(() => {});
        await client.end();
      };
      await beginPgSnapshot(client).catch(async (err) => {
        await close();
        throw dbError(err, { url: u, action: 'starting a read-only snapshot' });
      });
      break;
    }
    case 'mysql': {
      const conn = await connectMysql(u);
      rows = (t) => mysqlRows(conn, t);
      close = async () => {
        if (state.midResult) {
          conn.destroy();
          return;
        }
        await conn.query('ROLLBACK').catch(() => {});
        await conn.end();
      };
      await beginMysqlSnapshot(conn).catch(async (err) => {
        await close();
        throw dbError(err, { url: u, action: 'starting a read-only snapshot' });
      });
      break;
    }
    case 'sqlite': {
      const db = openSqlite(u, { readonly: true });
      beginSqliteSnapshot(db);
      rows = (t) => sqliteRows(db, t);
      close = async () => {
        if (db.inTransaction) db.exec('ROLLBACK');
        db.close();
      };
      break;
    }
  }
  return {
    url: u,
    records: (table) => records(u, table, rows, state),
    close,
  };
}

async function* records(
  u: DbUrl,
  table: DbTable,
  rows: (t: DbTable) => AsyncIterable<readonly CellValue[]>,
  state: { midResult: boolean },
): AsyncGenerator<DbRecord> {
  const keyIdx = table.primaryKey.map((k) => table.columns.findIndex((c) => c.name === k));
  let index = 0;
  let complete = false;
  state.midResult = true;
  try {
    for await (const values of rows(table)) yield makeRecord(table, keyIdx, index++, values);
    complete = true;
    state.midResult = false;
  } catch (err) {
    throw dbError(err, {
      url: u,
      action: `reading table "${table.name}"`,
      table: table.name,
      identifiers: table.columns.map((c) => c.name),
    });
  } finally {
    if (!complete) state.midResult = true;
  }
}

/** Stream one table's rows as records, in its own read-only snapshot. */
export async function* readTable(url: string | DbUrl, table: string): AsyncGenerator<DbRecord> {
  const u = typeof url === 'string' ? parseDbUrl(url) : url;
  const structure = await introspect(u, { tables: [table] });
  const t = structure.tables[0];
  if (!t) throw new PlaceboError('E_DB', `table "${table}" not found`, { path: u.display });
  const source = await openSource(u);
  try {
    yield* source.records(t);
  } finally {
    await source.close();
  }
}
