/**
 * PostgreSQL bulk loader. Rows of different tables arrive interleaved, and one connection can
 * run only one COPY at a time, so each table gets its own connection streaming `COPY … FROM
 * STDIN` into a fresh staging table created in that connection's transaction (an aborted or
 * crashed run leaves nothing). close() commits the staging tables, then one final transaction
 * on a control connection puts them in place: rename (create/replace) or INSERT … SELECT
 * (truncate/append), then primary keys, unique constraints, foreign keys and indexes — pg_dump
 * order. Any failure rolls that transaction back and drops the staging tables.
 */
import type pg from 'pg';
import type { CopyStreamQuery } from 'pg-copy-streams';
import { from as copyFrom } from 'pg-copy-streams';
import { PlaceboError } from '../../core/errors.js';
import type { CellValue } from '../../table/types.js';
import { connectPg } from '../connect.js';
import { columnList, createTableSql, foreignKeySql, indexSql, postLoadSql, quoteIdent } from '../ddl.js';
import { dbError } from '../errors.js';
import type { BulkLoader, EncodedFormat, LoadMode } from '../loader.js';
import type { DbStructure, DbTable } from '../structure.js';
import type { DbUrl } from '../url.js';
import { encodeCsvRows } from './copy-text.js';

interface Lane {
  table: DbTable;
  stage: string;
  client: pg.Client;
  stream: CopyStreamQuery;
  error: unknown;
  rows: number;
  committed: boolean;
}

let runCounter = 0;

export class PgLoader implements BulkLoader {
  readonly encoding: EncodedFormat = { format: 'csv' };
  private control: pg.Client | undefined;
  private lanes = new Map<string, Lane>();
  private structure: DbStructure | undefined;
  private mode: LoadMode = 'create';
  private readonly identifiers = new Set<string>();
  private readonly aliases = new Map<string, string>();

  constructor(private readonly url: DbUrl) {}

  async open(structure: DbStructure, mode: LoadMode): Promise<void> {
    this.structure = structure;
    this.mode = mode;
    for (const t of structure.tables) {
      this.identifiers.add(t.name);
      for (const c of t.columns) this.identifiers.add(c.name);
    }
    const q = (n: string) => quoteIdent('postgres', n);
    this.control = await connectPg(this.url);
    await this.checkTargets(structure.tables, mode);
    const run = `${process.pid}_${++runCounter}`;
    try {
      // allSettled: every connection is in the lanes map before a failure aborts them all.
      const settled = await Promise.allSettled(
        structure.tables.map(async (t, i) => {
          const stage = `_placebo_${run}_${i}`;
          this.aliases.set(stage, t.name);
          const client = await connectPg(this.url);
          const lane: Lane = {
            table: t,
            stage,
            client,
            stream: undefined as never,
            error: undefined,
            rows: 0,
            committed: false,
          };
          this.lanes.set(t.name, lane);
          await client.query('BEGIN');
          if (mode === 'create' || mode === 'replace') {
            const sql = createTableSql(structure, t, 'postgres', {
              as: stage,
              primaryKey: false,
              uniques: false,
              foreignKeys: false,
            });
            await client.query(sql);
          } else {
            await client.query(`CREATE TABLE ${q(stage)} (LIKE ${q(t.name)} INCLUDING DEFAULTS)`);
          }
          const cols = columnList(
            'postgres',
            t.columns.map((c) => c.name),
          );
          // A 4 MB buffer per table: a 1 MB batch does not stop the producer at every write (the
          // default 16 kB would make each batch wait for 'drain' before the next is read).
          lane.stream = client.query(
            copyFrom(`COPY ${q(stage)} (${cols}) FROM STDIN WITH (FORMAT csv)`, { highWaterMark: 1 << 22 }),
          );
          lane.stream.on('error', (err) => {
            lane.error ??= err;
          });
        }),
      );
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (err) {
      await this.abort();
      throw dbError(err, {
        url: this.url,
        action: 'preparing the load',
        identifiers: this.identifiers,
        aliases: this.aliases,
      });
    }
  }

  private async checkTargets(tables: readonly DbTable[], mode: LoadMode): Promise<void> {
    const control = this.control as pg.Client;
    const res = await control.query<{ name: string; exists: boolean }>(
      'SELECT n AS name, to_regclass(quote_ident(n)) IS NOT NULL AS exists FROM unnest($1::text[]) AS n',
      [tables.map((t) => t.name)],
    );
    for (const r of res.rows) {
      if (mode === 'create' && r.exists) {
        await this.abort();
        throw new PlaceboError(
          'E_DB',
          `table "${r.name}" already exists`,
          { path: this.url.display },
          'use --load-mode truncate or --load-mode append, or drop it first',
        );
      }
      if ((mode === 'truncate' || mode === 'append') && !r.exists) {
        await this.abort();
        throw new PlaceboError(
          'E_DB',
          `table "${r.name}" does not exist`,
          { path: this.url.display },
          'use --load-mode create',
        );
      }
    }
  }

  async write(table: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    if (rows.length > 0) await this.push(table, encodeCsvRows(rows));
  }

  async writeEncoded(table: string, text: string): Promise<void> {
    if (text !== '') await this.push(table, text);
  }

  /** Write CSV text to the table's COPY stream, waiting for 'drain' when the socket is full. */
  private async push(table: string, text: string): Promise<void> {
    const lane = this.lanes.get(table);
    if (!lane) throw new PlaceboError('E_INTERNAL', `rows for unknown table "${table}"`);
    if (lane.error) throw this.laneError(lane);
    if (!lane.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          lane.stream.off('drain', done);
          lane.stream.off('error', done);
          resolve();
        };
        lane.stream.on('drain', done);
        lane.stream.on('error', done);
      });
      if (lane.error) throw this.laneError(lane);
    }
  }

  private laneError(lane: Lane): PlaceboError {
    return dbError(lane.error, {
      url: this.url,
      action: `loading table "${lane.table.name}"`,
      table: lane.table.name,
      identifiers: this.identifiers,
      aliases: this.aliases,
    });
  }

  async close(): Promise<Map<string, number>> {
    const structure = this.structure as DbStructure;
    const control = this.control as pg.Client;
    const q = (n: string) => quoteIdent('postgres', n);
    let current = '';
    try {
      // Finish every COPY (the server checks NOT NULL and types as rows arrive), then commit the stages.
      for (const lane of this.lanes.values()) {
        current = lane.table.name;
        await new Promise<void>((resolve, reject) => {
          if (lane.error) return reject(lane.error);
          lane.stream.on('error', reject);
          lane.stream.end(() => {
            // The server's own count: right for encoded text as well as for rows.
            lane.rows = lane.stream.rowCount;
            resolve();
          });
        });
      }
      for (const lane of this.lanes.values()) {
        current = lane.table.name;
        await lane.client.query('COMMIT');
        lane.committed = true;
        await lane.client.end();
      }
      current = '';
      await control.query('BEGIN');
      const tables = structure.tables;
      if (this.mode === 'replace') {
        await control.query(`DROP TABLE IF EXISTS ${tables.map((t) => q(t.name)).join(', ')} CASCADE`);
      }
      if (this.mode === 'truncate')
        await control.query(`TRUNCATE ${tables.map((t) => q(t.name)).join(', ')}`);
      for (const t of tables) {
        current = t.name;
        const lane = this.lanes.get(t.name) as Lane;
        if (this.mode === 'create' || this.mode === 'replace') {
          await control.query(`ALTER TABLE ${q(lane.stage)} RENAME TO ${q(t.name)}`);
          for (const sql of postLoadSql(t, 'postgres', { primaryKey: true, uniques: true }))
            await control.query(sql);
        } else {
          const cols = columnList(
            'postgres',
            t.columns.map((c) => c.name),
          );
          await control.query(`INSERT INTO ${q(t.name)} (${cols}) SELECT ${cols} FROM ${q(lane.stage)}`);
          await control.query(`DROP TABLE ${q(lane.stage)}`);
        }
      }
      if (this.mode === 'create' || this.mode === 'replace') {
        for (const t of tables) {
          current = t.name;
          for (const sql of [...foreignKeySql(t, 'postgres'), ...indexSql(t, 'postgres')])
            await control.query(sql);
        }
      }
      await control.query('COMMIT');
      await control.end();
      this.control = undefined;
      return new Map([...this.lanes.values()].map((l) => [l.table.name, l.rows]));
    } catch (err) {
      await control.query('ROLLBACK').catch(() => {});
      const e = dbError(err, {
        url: this.url,
        action: current ? `loading table "${current}"` : 'finishing the load',
        ...(current ? { table: current } : {}),
        identifiers: this.identifiers,
        aliases: this.aliases,
      });
      await this.abort();
      throw e;
    }
  }

  async abort(): Promise<void> {
    // Ending a connection mid-COPY makes the server roll its transaction back: the staging table vanishes.
    for (const lane of this.lanes.values()) {
      if (!lane.committed) lane.client.connection.stream.destroy();
    }
    const stages = [...this.lanes.values()].filter((l) => l.committed).map((l) => l.stage);
    this.lanes.clear();
    if (!this.control) return;
    const control = this.control;
    this.control = undefined;
    try {
      if (stages.length > 0) {
        await control.query(
          `DROP TABLE IF EXISTS ${stages.map((s) => quoteIdent('postgres', s)).join(', ')}`,
        );
      }
    } catch {
      // Best effort: the original error is the one to report.
    } finally {
      await control.end().catch(() => {});
    }
  }
}
