/**
 * PostgreSQL rows out through `COPY … TO STDOUT` (text format) inside one REPEATABLE READ READ
 * ONLY transaction: a consistent snapshot of every table, streamed with back-pressure, never
 * the whole table in memory.
 */
import { StringDecoder } from 'node:string_decoder';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { columnList, quoteIdent } from '../ddl.js';
import type { DbTable } from '../structure.js';
import { decodeCopyField } from './copy-text.js';

export async function beginPgSnapshot(client: pg.Client): Promise<void> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
}

export async function* pgRows(client: pg.Client, table: DbTable): AsyncGenerator<(string | null)[]> {
  const cols = columnList(
    'postgres',
    table.columns.map((c) => c.name),
  );
  const stream = client.query(copyTo(`COPY ${quoteIdent('postgres', table.name)} (${cols}) TO STDOUT`));
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = carry + decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield text.slice(start, nl).split('\t').map(decodeCopyField);
      start = nl + 1;
    }
    carry = text.slice(start);
  }
}
