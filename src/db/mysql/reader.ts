/**
 * MySQL rows through a streaming query (rows as arrays, every value as the server's text) in
 * one REPEATABLE READ, READ ONLY transaction WITH CONSISTENT SNAPSHOT.
 */
import type { Readable } from 'node:stream';
import type mysql from 'mysql2/promise';
import { columnList, quoteIdent } from '../ddl.js';
import type { DbTable } from '../structure.js';

interface CoreQuery {
  stream(opts?: { highWaterMark?: number }): Readable;
}
interface CoreConnection {
  query(opts: { sql: string; rowsAsArray: boolean; typeCast: unknown }): CoreQuery;
}

export async function beginMysqlSnapshot(conn: mysql.Connection): Promise<void> {
  await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
  await conn.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
}

export async function* mysqlRows(conn: mysql.Connection, table: DbTable): AsyncGenerator<(string | null)[]> {
  const core = (conn as unknown as { connection: CoreConnection }).connection;
  const sql = `SELECT ${columnList(
    'mysql',
    table.columns.map((c) => c.name),
  )} FROM ${quoteIdent('mysql', table.name)}`;
  // The server's own text for every value: exact decimals, dates as written, no float rounding.
  const typeCast = (field: { string(): string | null }) => field.string();
  const stream = core.query({ sql, rowsAsArray: true, typeCast }).stream({ highWaterMark: 256 });
  for await (const row of stream as AsyncIterable<(string | null)[]>) yield row;
}
