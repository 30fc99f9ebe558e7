/** SQLite rows through `.iterate()` inside one read transaction (a consistent snapshot). */
import type Database from 'better-sqlite3';
import type { CellValue } from '../../table/types.js';
import { columnList, quoteIdent } from '../ddl.js';
import type { DbTable } from '../structure.js';

export function beginSqliteSnapshot(db: Database.Database): void {
  db.exec('BEGIN');
}

export async function* sqliteRows(db: Database.Database, table: DbTable): AsyncGenerator<CellValue[]> {
  const sql = `SELECT ${columnList(
    'sqlite',
    table.columns.map((c) => c.name),
  )} FROM ${quoteIdent('sqlite', table.name)}`;
  // safeIntegers: 64-bit integers come back exact (as text), not rounded to a double.
  const rows = db.prepare(sql).raw().safeIntegers(true).iterate() as IterableIterator<unknown[]>;
  for (const row of rows) {
    yield row.map((v) => (v === null || typeof v === 'string' || typeof v === 'number' ? v : String(v)));
  }
}
