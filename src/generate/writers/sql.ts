/**
 * SQL: CREATE TABLE with types, primary and foreign keys, then multi-row INSERTs (one per batch,
 * at most MAX_ROWS rows each) for PostgreSQL, MySQL/MariaDB and SQLite.
 */
import type { CellValue, ColumnSpec, ColumnType, TableSpec } from '../../table/types.js';
import type { Dialect, TableEncoder } from './encoder.js';

const MAX_ROWS = 500;

const TYPES: Record<Dialect, Record<ColumnType, string>> = {
  postgres: {
    text: 'TEXT',
    integer: 'BIGINT',
    real: 'DOUBLE PRECISION',
    boolean: 'BOOLEAN',
    date: 'DATE',
    timestamp: 'TIMESTAMP',
  },
  mysql: {
    text: 'TEXT',
    integer: 'BIGINT',
    real: 'DOUBLE',
    boolean: 'BOOLEAN',
    date: 'DATE',
    timestamp: 'DATETIME',
  },
  sqlite: {
    text: 'TEXT',
    integer: 'INTEGER',
    real: 'REAL',
    boolean: 'INTEGER',
    date: 'TEXT',
    timestamp: 'TEXT',
  },
};

export function quoteIdent(name: string, dialect: Dialect): string {
  return dialect === 'mysql' ? `\`${name.replaceAll('`', '``')}\`` : `"${name.replaceAll('"', '""')}"`;
}

export function sqlLiteral(v: CellValue, dialect: Dialect): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
  if (typeof v === 'boolean') return dialect === 'sqlite' ? (v ? '1' : '0') : v ? 'TRUE' : 'FALSE';
  let s = v.replaceAll("'", "''");
  // MySQL treats backslash as an escape character inside string literals by default.
  if (dialect === 'mysql') s = s.replaceAll('\\', '\\\\');
  return `'${s}'`;
}

function columnType(c: ColumnSpec, spec: TableSpec, dialect: Dialect, keyed: Set<string>): string {
  // MySQL cannot index TEXT without a length: key columns become VARCHAR.
  if (dialect === 'mysql' && c.type === 'text' && keyed.has(c.name)) return 'VARCHAR(191)';
  return TYPES[dialect][c.type] + (c.name === spec.primaryKey ? ' NOT NULL' : '');
}

export function sqlEncoder(spec: TableSpec, dialect: Dialect, all: readonly TableSpec[]): TableEncoder {
  const q = (n: string) => quoteIdent(n, dialect);
  const keyed = new Set<string>([
    ...(spec.primaryKey ? [spec.primaryKey] : []),
    ...spec.foreignKeys.map((f) => f.column),
  ]);
  for (const c of spec.columns) if (c.unique) keyed.add(c.name);
  // Referenced columns in other tables are keyed too; they need the same type here.
  for (const other of all)
    for (const fk of other.foreignKeys) if (fk.table === spec.name) keyed.add(fk.refColumn);
  const insert = `INSERT INTO ${q(spec.name)} (${spec.columns.map((c) => q(c.name)).join(', ')}) VALUES\n`;
  return {
    head: () => {
      const lines = spec.columns.map((c) => `  ${q(c.name)} ${columnType(c, spec, dialect, keyed)}`);
      if (spec.primaryKey) lines.push(`  PRIMARY KEY (${q(spec.primaryKey)})`);
      for (const c of spec.columns)
        if (c.unique && c.name !== spec.primaryKey) lines.push(`  UNIQUE (${q(c.name)})`);
      for (const fk of spec.foreignKeys)
        lines.push(`  FOREIGN KEY (${q(fk.column)}) REFERENCES ${q(fk.table)} (${q(fk.refColumn)})`);
      return `CREATE TABLE ${q(spec.name)} (\n${lines.join(',\n')}\n);\n`;
    },
    batch: (rows) => {
      let s = '';
      for (let i = 0; i < rows.length; i += MAX_ROWS) {
        const part = rows.slice(i, i + MAX_ROWS);
        s += `${insert}${part.map((r) => `(${r.map((v) => sqlLiteral(v, dialect)).join(', ')})`).join(',\n')};\n`;
      }
      return s;
    },
    separator: '',
    tail: () => '',
  };
}
