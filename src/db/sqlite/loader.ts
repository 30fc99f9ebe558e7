/**
 * SQLite bulk loader: one connection, one transaction around everything (DDL included — SQLite
 * DDL is transactional), one prepared INSERT per table. A failed load rolls back completely; a
 * database file this run created is deleted.
 */
import { existsSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { PlaceboError } from '../../core/errors.js';
import type { CellValue } from '../../table/types.js';
import { openSqlite } from '../connect.js';
import { columnList, createTableSql, indexSql, quoteIdent } from '../ddl.js';
import { dbError, setupError } from '../errors.js';
import { type BulkLoader, booleanCell, type EncodedFormat, type LoadMode } from '../loader.js';
import type { DbStructure, DbTable } from '../structure.js';
import type { DbUrl } from '../url.js';

interface Target {
  table: DbTable;
  /** Per column: holds booleans (stored as 1/0, as SQLite does). */
  bools: boolean[];
  insert: Database.Statement;
  rows: number;
}

export class SqliteLoader implements BulkLoader {
  readonly encoding: EncodedFormat = { format: 'sql', dialect: 'sqlite' };
  private db: Database.Database | undefined;
  private targets = new Map<string, Target>();
  private structure: DbStructure | undefined;
  private createdFile = false;
  private mode: LoadMode = 'create';
  private readonly identifiers = new Set<string>();

  constructor(private readonly url: DbUrl) {}

  async open(structure: DbStructure, mode: LoadMode): Promise<void> {
    this.structure = structure;
    this.mode = mode;
    for (const t of structure.tables) {
      this.identifiers.add(t.name);
      for (const c of t.columns) this.identifiers.add(c.name);
    }
    const path = this.url.path ?? ':memory:';
    this.createdFile = path !== ':memory:' && !existsSync(path);
    const db = openSqlite(this.url, { readonly: false });
    this.db = db;
    const q = (n: string) => quoteIdent('sqlite', n);
    let current = '';
    try {
      db.exec('BEGIN IMMEDIATE');
      // Rows may reference rows that come later (a self-reference, a cycle): foreign keys are
      // checked once, at COMMIT, over everything loaded.
      db.pragma('defer_foreign_keys = ON');
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck();
      for (const t of structure.tables) {
        current = t.name;
        const has = exists.get(t.name) !== undefined;
        if (mode === 'create' && has)
          throw new PlaceboError(
            'E_DB',
            `table "${t.name}" already exists`,
            { path: this.url.display },
            'use --load-mode truncate or --load-mode append, or drop it first',
          );
        if ((mode === 'truncate' || mode === 'append') && !has)
          throw new PlaceboError(
            'E_DB',
            `table "${t.name}" does not exist`,
            { path: this.url.display },
            'use --load-mode create',
          );
      }
      if (mode === 'replace')
        for (const t of [...structure.tables].reverse()) db.exec(`DROP TABLE IF EXISTS ${q(t.name)}`);
      if (mode === 'truncate')
        for (const t of [...structure.tables].reverse()) db.exec(`DELETE FROM ${q(t.name)}`);
      for (const t of structure.tables) {
        current = t.name;
        if (mode === 'create' || mode === 'replace') {
          db.exec(
            createTableSql(structure, t, 'sqlite', { primaryKey: true, uniques: true, foreignKeys: true }),
          );
        }
        const marks = t.columns.map(() => '?').join(', ');
        const insert = db.prepare(
          `INSERT INTO ${q(t.name)} (${columnList(
            'sqlite',
            t.columns.map((c) => c.name),
          )}) VALUES (${marks})`,
        );
        this.targets.set(t.name, {
          table: t,
          bools: t.columns.map((c) => c.generic === 'boolean'),
          insert,
          rows: 0,
        });
      }
    } catch (err) {
      const e = setupError(err, { url: this.url, identifiers: this.identifiers }, current);
      await this.abort();
      throw e;
    }
  }

  async write(table: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    const t = this.targets.get(table);
    if (!t) throw new PlaceboError('E_INTERNAL', `rows for unknown table "${table}"`);
    try {
      for (const row of rows) {
        // better-sqlite3 binds no booleans: store 1/0 as SQLite does.
        t.insert.run(
          row.map((v, i) =>
            typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'string' && t.bools[i] ? booleanCell(v) : v,
          ),
        );
        t.rows++;
      }
    } catch (err) {
      throw dbError(err, {
        url: this.url,
        action: `loading table "${table}"`,
        table,
        identifiers: this.identifiers,
      });
    }
  }

  async writeEncoded(table: string, text: string): Promise<void> {
    const t = this.targets.get(table);
    if (!t) throw new PlaceboError('E_INTERNAL', `rows for unknown table "${table}"`);
    const db = this.db as Database.Database;
    try {
      const changes = db.prepare('SELECT total_changes()').pluck();
      const before = Number(changes.get());
      db.exec(text);
      t.rows += Number(changes.get()) - before;
    } catch (err) {
      throw dbError(err, {
        url: this.url,
        action: `loading table "${table}"`,
        table,
        identifiers: this.identifiers,
      });
    }
  }

  async close(): Promise<Map<string, number>> {
    const db = this.db as Database.Database;
    try {
      const structure = this.structure as DbStructure;
      if (this.mode === 'create' || this.mode === 'replace')
        for (const t of structure.tables) for (const sql of indexSql(t, 'sqlite')) db.exec(sql);
      db.exec('COMMIT');
      db.close();
      this.db = undefined;
      return new Map([...this.targets.values()].map((t) => [t.table.name, t.rows]));
    } catch (err) {
      const e = dbError(err, { url: this.url, action: 'finishing the load', identifiers: this.identifiers });
      await this.abort();
      throw e;
    }
  }

  async abort(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    this.targets.clear();
    if (!db) return;
    try {
      if (db.inTransaction) db.exec('ROLLBACK');
    } finally {
      db.close();
      if (this.createdFile && this.url.path) {
        for (const suffix of ['', '-journal', '-wal', '-shm'])
          rmSync(`${this.url.path}${suffix}`, { force: true });
      }
    }
  }
}
