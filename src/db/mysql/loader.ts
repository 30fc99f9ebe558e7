/**
 * MySQL/MariaDB bulk loader. InnoDB lets one connection write to many tables in one transaction,
 * so rows are buffered per table and sent as multi-row INSERTs of about 1 MB, all inside one
 * transaction with foreign_key_checks off (rows arrive interleaved, children may come first).
 * DDL commits implicitly in MySQL, so tables are created before the transaction starts and
 * dropped again if the load fails; truncate is a DELETE inside the transaction so it rolls back.
 */
import type mysql from 'mysql2/promise';
import { PlaceboError } from '../../core/errors.js';
import type { CellValue } from '../../table/types.js';
import { connectMysql } from '../connect.js';
import { columnList, createTableSql, quoteIdent } from '../ddl.js';
import { dbError, setupError } from '../errors.js';
import { type BulkLoader, booleanCell, type EncodedFormat, type LoadMode, mysqlDateTime } from '../loader.js';
import type { DbStructure, DbTable } from '../structure.js';
import type { DbUrl } from '../url.js';

const FLUSH_BYTES = 1 << 20;

interface Buffered {
  table: DbTable;
  head: string;
  parts: string[];
  bytes: number;
  rows: number;
  /** Column positions holding timestamps (ISO → DATETIME text). */
  stamps: number[];
  /** Column positions holding booleans (`t`/`f` text → 1/0). */
  bools: number[];
}

export class MysqlLoader implements BulkLoader {
  readonly encoding: EncodedFormat = { format: 'sql', dialect: 'mysql' };
  private conn: mysql.Connection | undefined;
  private buffers = new Map<string, Buffered>();
  private created: string[] = [];
  private readonly identifiers = new Set<string>();
  private escape: (v: unknown) => string = String;

  constructor(private readonly url: DbUrl) {}

  async open(structure: DbStructure, mode: LoadMode): Promise<void> {
    for (const t of structure.tables) {
      this.identifiers.add(t.name);
      for (const c of t.columns) this.identifiers.add(c.name);
    }
    const conn = await connectMysql(this.url, { multipleStatements: true });
    this.conn = conn;
    this.escape = (v) => conn.escape(v);
    const q = (n: string) => quoteIdent('mysql', n);
    let current = '';
    try {
      await conn.query('SET SESSION foreign_key_checks = 0');
      const [rows] = await conn.query<mysql.RowDataPacket[]>(
        'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
      );
      const existing = new Set(rows.map((r) => String(r.name)));
      for (const t of structure.tables) {
        current = t.name;
        if (mode === 'create' && existing.has(t.name))
          throw new PlaceboError(
            'E_DB',
            `table "${t.name}" already exists`,
            { path: this.url.display },
            'use --load-mode truncate or --load-mode append, or drop it first',
          );
        if ((mode === 'truncate' || mode === 'append') && !existing.has(t.name))
          throw new PlaceboError(
            'E_DB',
            `table "${t.name}" does not exist`,
            { path: this.url.display },
            'use --load-mode create',
          );
      }
      if (mode === 'replace') {
        for (const t of [...structure.tables].reverse())
          await conn.query(`DROP TABLE IF EXISTS ${q(t.name)}`);
      }
      if (mode === 'create' || mode === 'replace') {
        for (const t of structure.tables) {
          current = t.name;
          await conn.query(
            `${createTableSql(structure, t, 'mysql', { primaryKey: true, uniques: true, foreignKeys: true, indexes: true })} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
          );
          this.created.push(t.name);
        }
      }
      current = '';
      await conn.query('START TRANSACTION');
      if (mode === 'truncate') {
        for (const t of [...structure.tables].reverse()) await conn.query(`DELETE FROM ${q(t.name)}`);
      }
      for (const t of structure.tables) {
        const stamps = t.columns.flatMap((c, i) => (c.generic === 'timestamp' ? [i] : []));
        const bools = t.columns.flatMap((c, i) => (c.generic === 'boolean' ? [i] : []));
        const head = `INSERT INTO ${q(t.name)} (${columnList(
          'mysql',
          t.columns.map((c) => c.name),
        )}) VALUES `;
        this.buffers.set(t.name, { table: t, head, parts: [], bytes: 0, rows: 0, stamps, bools });
      }
    } catch (err) {
      const e = setupError(err, { url: this.url, identifiers: this.identifiers }, current);
      await this.abort();
      throw e;
    }
  }

  async write(table: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    const b = this.buffers.get(table);
    if (!b) throw new PlaceboError('E_INTERNAL', `rows for unknown table "${table}"`);
    for (const row of rows) {
      let tuple = '(';
      for (let i = 0; i < row.length; i++) {
        if (i > 0) tuple += ',';
        let v = row[i] ?? null;
        if (typeof v === 'string' && b.stamps.includes(i)) v = mysqlDateTime(v);
        else if (typeof v === 'string' && b.bools.includes(i)) v = booleanCell(v);
        tuple +=
          v === null
            ? 'NULL'
            : typeof v === 'number'
              ? Number.isFinite(v)
                ? String(v)
                : 'NULL'
              : this.escape(v);
      }
      tuple += ')';
      b.parts.push(tuple);
      b.bytes += tuple.length + 1;
      b.rows++;
    }
    if (b.bytes >= FLUSH_BYTES) await this.flush(b);
  }

  async writeEncoded(table: string, text: string): Promise<void> {
    const b = this.buffers.get(table);
    if (!b) throw new PlaceboError('E_INTERNAL', `rows for unknown table "${table}"`);
    if (text.trim() === '') return;
    try {
      const [res] = await (this.conn as mysql.Connection).query(text);
      const results = (Array.isArray(res) ? res : [res]) as { affectedRows?: number }[];
      for (const r of results) b.rows += r.affectedRows ?? 0;
    } catch (err) {
      throw dbError(err, {
        url: this.url,
        action: `loading table "${table}"`,
        table,
        identifiers: this.identifiers,
      });
    }
  }

  private async flush(b: Buffered): Promise<void> {
    if (b.parts.length === 0) return;
    const sql = b.head + b.parts.join(',');
    b.parts = [];
    b.bytes = 0;
    try {
      await (this.conn as mysql.Connection).query(sql);
    } catch (err) {
      throw dbError(err, {
        url: this.url,
        action: `loading table "${b.table.name}"`,
        table: b.table.name,
        identifiers: this.identifiers,
      });
    }
  }

  async close(): Promise<Map<string, number>> {
    const conn = this.conn as mysql.Connection;
    try {
      for (const b of this.buffers.values()) await this.flush(b);
      await conn.query('COMMIT');
      await conn.query('SET SESSION foreign_key_checks = 1');
      await conn.end();
      this.conn = undefined;
      return new Map([...this.buffers.values()].map((b) => [b.table.name, b.rows]));
    } catch (err) {
      const e = dbError(err, { url: this.url, action: 'finishing the load', identifiers: this.identifiers });
      await this.abort();
      throw e;
    }
  }

  async abort(): Promise<void> {
    const conn = this.conn;
    this.conn = undefined;
    this.buffers.clear();
    if (!conn) return;
    try {
      await conn.query('ROLLBACK');
      for (const name of [...this.created].reverse())
        await conn.query(`DROP TABLE IF EXISTS ${quoteIdent('mysql', name)}`);
    } catch {
      // Best effort: the original error is the one to report.
    } finally {
      this.created = [];
      await conn.end().catch(() => {});
    }
  }
}
