/** SQL text for creating tables, keys and indexes in each dialect. Identifiers are always quoted. */
import type { DbColumn, DbStructure, DbTable } from './structure.js';
import { renderType } from './types.js';
import type { Dialect } from './url.js';

export function quoteIdent(dialect: Dialect, name: string): string {
  return dialect === 'mysql' ? `\`${name.replaceAll('`', '``')}\`` : `"${name.replaceAll('"', '""')}"`;
}

export function columnList(dialect: Dialect, names: readonly string[]): string {
  return names.map((n) => quoteIdent(dialect, n)).join(', ');
}

/** Columns that sit in a key or index (MySQL needs bounded types there). */
function keyedColumns(t: DbTable): Set<string> {
  const s = new Set<string>(t.primaryKey);
  for (const f of t.foreignKeys) for (const c of f.columns) s.add(c);
  for (const u of t.uniques) for (const c of u.columns) s.add(c);
  for (const i of t.indexes) for (const c of i.columns) s.add(c);
  return s;
}

/** Columns referenced by other tables' foreign keys (MySQL: must be bounded too). */
function referencedColumns(s: DbStructure, table: string): Set<string> {
  const out = new Set<string>();
  for (const t of s.tables)
    for (const f of t.foreignKeys) if (f.refTable === table) for (const c of f.refColumns) out.add(c);
  return out;
}

export function columnType(s: DbStructure, t: DbTable, c: DbColumn, target: Dialect): string {
  if (s.dialect === target) return c.type;
  const keyed = keyedColumns(t).has(c.name) || referencedColumns(s, t.name).has(c.name);
  return renderType(c.generic, target, keyed);
}

export interface CreateOptions {
  /** Create under another name (a staging table). */
  as?: string;
  primaryKey: boolean;
  uniques: boolean;
  foreignKeys: boolean;
  /** MySQL: secondary indexes inline. */
  indexes?: boolean;
}

export function createTableSql(s: DbStructure, t: DbTable, target: Dialect, o: CreateOptions): string {
  const q = (n: string) => quoteIdent(target, n);
  const parts = t.columns.map(
    (c) => `${q(c.name)} ${columnType(s, t, c, target)}${c.nullable ? '' : ' NOT NULL'}`,
  );
  if (o.primaryKey && t.primaryKey.length > 0)
    parts.push(`PRIMARY KEY (${columnList(target, t.primaryKey)})`);
  if (o.uniques) for (const u of t.uniques) parts.push(`UNIQUE (${columnList(target, u.columns)})`);
  if (o.indexes && target === 'mysql')
    for (const i of t.indexes)
      parts.push(`${i.unique ? 'UNIQUE ' : ''}INDEX ${q(i.name)} (${columnList(target, i.columns)})`);
  if (o.foreignKeys) for (const f of t.foreignKeys) parts.push(foreignKeyClause(target, f));
  return `CREATE TABLE ${q(o.as ?? t.name)} (${parts.join(', ')})`;
}

export function foreignKeyClause(target: Dialect, f: DbTable['foreignKeys'][number]): string {
  return `FOREIGN KEY (${columnList(target, f.columns)}) REFERENCES ${quoteIdent(target, f.refTable)} (${columnList(target, f.refColumns)})`;
}

/** Constraints added after a bulk load (PostgreSQL, pg_dump style). */
export function postLoadSql(
  t: DbTable,
  target: Dialect,
  o: { primaryKey: boolean; uniques: boolean },
): string[] {
  const q = (n: string) => quoteIdent(target, n);
  const out: string[] = [];
  if (o.primaryKey && t.primaryKey.length > 0)
    out.push(`ALTER TABLE ${q(t.name)} ADD PRIMARY KEY (${columnList(target, t.primaryKey)})`);
  if (o.uniques)
    for (const u of t.uniques)
      out.push(`ALTER TABLE ${q(t.name)} ADD UNIQUE (${columnList(target, u.columns)})`);
  return out;
}

export function foreignKeySql(t: DbTable, target: Dialect): string[] {
  return t.foreignKeys.map(
    (f) => `ALTER TABLE ${quoteIdent(target, t.name)} ADD ${foreignKeyClause(target, f)}`,
  );
}

export function indexSql(t: DbTable, target: Dialect): string[] {
  return t.indexes.map(
    (i) =>
      `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(target, i.name)} ON ${quoteIdent(target, t.name)} (${columnList(target, i.columns)})`,
  );
}
