/**
 * A bulk loader puts rows into one database inside a structure described by `DbStructure`.
 * Both the generate sink and copyDatabase sit on it. Nothing is visible half-loaded: on abort,
 * or on any failure inside close(), every table is as it was and tables this run created are gone.
 */
import type { CellValue } from '../table/types.js';
import type { DbStructure } from './structure.js';
import type { Dialect } from './url.js';

/**
 * Text a loader takes as-is from the generator's worker threads (their encoders): CSV rows for
 * PostgreSQL COPY, INSERT statements in the loader's dialect for MySQL and SQLite.
 */
export type EncodedFormat = { format: 'csv' } | { format: 'sql'; dialect: Dialect };

/**
 * create: tables must not exist; replace: existing tables of those names are dropped and
 * re-created (atomically on PostgreSQL and SQLite); truncate: tables exist, rows are replaced;
 * append: tables exist, rows are added.
 */
export type LoadMode = 'create' | 'replace' | 'truncate' | 'append';

export interface BulkLoader {
  /** `structure.tables` in dependency order (parents first). */
  open(structure: DbStructure, mode: LoadMode): Promise<void>;
  /** Rows for one table, cells in the table's column order. Resolves when more can be taken. */
  write(table: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** The format writeEncoded() takes. */
  readonly encoding: EncodedFormat;
  /** Already-encoded rows of one table (see `encoding`); no header, no CREATE TABLE. */
  writeEncoded(table: string, text: string): Promise<void>;
  /** Finish and commit; returns rows loaded per table. */
  close(): Promise<Map<string, number>>;
  abort(): Promise<void>;
}

/** ISO-8601 `2024-05-01T10:20:30.000Z` → `2024-05-01 10:20:30.000` (UTC) for MySQL DATETIME. */
export function mysqlDateTime(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m) return v;
  if (!m[3] || m[3] === 'Z') return `${m[1]} ${m[2]}`;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString().replace('T', ' ').replace('Z', '');
}

/** Boolean text from another dialect (`t`/`f` from PostgreSQL, `true`/`false`) → 1/0; else as is. */
export function booleanCell(v: string): number | string {
  const l = v.toLowerCase();
  if (l === 't' || l === 'true') return 1;
  if (l === 'f' || l === 'false') return 0;
  return v;
}
