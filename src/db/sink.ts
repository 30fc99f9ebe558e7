/**
 * `openDbSink(url, { mode })`: the generator's RowSink for a database URL. The generator's
 * table specs become a DbStructure (types rendered for the dialect) and rows go to the
 * dialect's bulk loader.
 */
import type { RowSink, TableSpec } from '../table/types.js';
import type { BulkLoader, EncodedFormat, LoadMode } from './loader.js';
import { loaderFor } from './loaders.js';
import type { DbStructure, DbTable } from './structure.js';
import { genericOf, renderType } from './types.js';
import { type Dialect, parseDbUrl } from './url.js';

export interface DbSinkOptions {
  /** create (default): tables must not exist; truncate: replace their rows; append: add rows. */
  mode?: 'create' | 'truncate' | 'append' | 'replace';
}

export interface DbRowSink extends RowSink {
  /** Rows loaded per table, after close(). */
  readonly counts: ReadonlyMap<string, number>;
  /**
   * The text writeEncoded() takes, so worker threads can encode for the database: `csv` for
   * PostgreSQL (COPY … CSV), `sql` with the dialect for MySQL and SQLite (INSERT statements).
   */
  readonly encoding: EncodedFormat;
  /** A batch the generator's encoder for `encoding` made (no header, no CREATE TABLE). */
  writeEncoded(table: string, text: string): Promise<void>;
}

export function openDbSink(url: string, opts: DbSinkOptions = {}): DbRowSink {
  const parsed = parseDbUrl(url);
  const mode: LoadMode = opts.mode ?? 'create';
  let loader: BulkLoader | undefined;
  const encoding: EncodedFormat =
    parsed.dialect === 'postgres' ? { format: 'csv' } : { format: 'sql', dialect: parsed.dialect };
  let counts: ReadonlyMap<string, number> = new Map();
  return {
    get counts() {
      return counts;
    },
    encoding,
    async writeEncoded(table, text) {
      await (loader as BulkLoader).writeEncoded(table, text);
    },
    async open(tables) {
      loader = loaderFor(parsed);
      await loader.open(structureFromSpecs(tables, parsed.dialect), mode);
    },
    async write(table, rows) {
      await (loader as BulkLoader).write(table, rows);
    },
    async close() {
      counts = await (loader as BulkLoader).close();
    },
    async abort() {
      await loader?.abort();
    },
  };
}

/** Generator table specs → a structure in the target dialect's native types. */
export function structureFromSpecs(specs: readonly TableSpec[], dialect: Dialect): DbStructure {
  const names = new Set(specs.map((s) => s.name));
  const referenced = new Set(specs.flatMap((s) => s.foreignKeys.map((f) => `${f.table}\0${f.refColumn}`)));
  const tables = specs.map((s): DbTable => {
    const keyed = (c: string) =>
      c === s.primaryKey || s.foreignKeys.some((f) => f.column === c) || referenced.has(`${s.name}\0${c}`);
    return {
      name: s.name,
      columns: s.columns.map((c) => {
        const generic = genericOf(c.type);
        return {
          name: c.name,
          generic,
          type: renderType(generic, dialect, keyed(c.name) || c.unique),
          nullable: c.nullable && c.name !== s.primaryKey,
        };
      }),
      primaryKey: s.primaryKey ? [s.primaryKey] : [],
      // A key to a table outside this load (`--table`) would point at nothing: left out.
      foreignKeys: s.foreignKeys
        .filter((f) => names.has(f.table))
        .map((f) => ({
          columns: [f.column],
          refTable: f.table,
          refColumns: [f.refColumn],
        })),
      uniques: s.columns
        .filter((c) => c.unique && c.name !== s.primaryKey)
        .map((c) => ({ columns: [c.name] })),
      indexes: [],
    };
  });
  return { dialect, tables };
}
