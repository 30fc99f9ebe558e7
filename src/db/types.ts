/**
 * Column types across dialects: the generator's `ColumnType` and native type text map to a
 * portable `GenericType`, which renders per dialect. Same-dialect copies keep native types.
 */
import type { ColumnType } from '../table/types.js';
import type { GenericType } from './structure.js';
import type { Dialect } from './url.js';

export function genericOf(type: ColumnType): GenericType {
  return type === 'integer' ? 'bigint' : type;
}

/** Classify a native type text (any dialect) into a generic type. */
export function classifyNative(native: string): GenericType {
  const t = native.toLowerCase().trim();
  if (/^(tinyint\(1\)|bool|boolean)\b/.test(t)) return 'boolean';
  if (/^(bigint|int8|bigserial)\b/.test(t)) return 'bigint';
  if (/^(int|integer|int4|int2|smallint|tinyint|mediumint|serial|smallserial)\b/.test(t)) return 'integer';
  if (/^(real|float|double|float4|float8)\b/.test(t)) return 'real';
  if (/^(numeric|decimal|money)\b/.test(t)) return 'numeric';
  if (/^date$/.test(t)) return 'date';
  if (/^(timestamp|datetime)\b/.test(t)) return 'timestamp';
  if (/^time\b/.test(t)) return 'time';
  if (/^jsonb?\b/.test(t)) return 'json';
  if (/^uuid\b/.test(t)) return 'uuid';
  if (/^(bytea|blob|tinyblob|mediumblob|longblob|binary|varbinary)\b/.test(t)) return 'bytes';
  return 'text';
}

/**
 * Render a generic type for a dialect. `keyed`: the column is in a key or index, which MySQL
 * cannot build on an unbounded TEXT column.
 */
export function renderType(generic: GenericType, dialect: Dialect, keyed: boolean): string {
  switch (dialect) {
    case 'postgres':
      return PG[generic];
    case 'mysql':
      return generic === 'text' && keyed ? 'VARCHAR(255)' : MYSQL[generic];
    case 'sqlite':
      return SQLITE[generic];
  }
}

const PG: Record<GenericType, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  real: 'double precision',
  numeric: 'numeric',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  time: 'time',
  json: 'jsonb',
  uuid: 'uuid',
  bytes: 'bytea',
};

const MYSQL: Record<GenericType, string> = {
  text: 'TEXT',
  integer: 'INT',
  bigint: 'BIGINT',
  real: 'DOUBLE',
  numeric: 'DECIMAL(38,10)',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'DATETIME(6)',
  time: 'TIME(6)',
  json: 'JSON',
  uuid: 'CHAR(36)',
  bytes: 'LONGBLOB',
};

// SQLite keeps type names as declared; these give the right affinity and read back clearly.
const SQLITE: Record<GenericType, string> = {
  text: 'TEXT',
  integer: 'INTEGER',
  bigint: 'INTEGER',
  real: 'REAL',
  numeric: 'NUMERIC',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  time: 'TEXT',
  json: 'TEXT',
  uuid: 'TEXT',
  bytes: 'BLOB',
};
