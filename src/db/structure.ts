/**
 * A database's structure as placebo sees it: what introspection returns, what `createLike`
 * builds, and what the bulk loaders load into. Types are the dialect's native type text
 * (`character varying(40)`, `int(11)`, `TEXT`); `generic` is the portable class used when the
 * target dialect differs from the source.
 */
import type { Dialect } from './url.js';

export type GenericType =
  | 'text'
  | 'integer'
  | 'bigint'
  | 'real'
  | 'numeric'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'time'
  | 'json'
  | 'uuid'
  | 'bytes';

export interface DbColumn {
  name: string;
  /** Native type text in the source dialect. */
  type: string;
  generic: GenericType;
  nullable: boolean;
}

export interface DbForeignKey {
  name?: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

export interface DbUnique {
  name?: string;
  columns: string[];
}

export interface DbIndex {
  name: string;
  columns: string[];
  unique: boolean;
}

export interface DbTable {
  name: string;
  columns: DbColumn[];
  primaryKey: string[];
  foreignKeys: DbForeignKey[];
  uniques: DbUnique[];
  /** Secondary indexes that do not back a primary key or unique constraint. */
  indexes: DbIndex[];
}

export interface DbStructure {
  dialect: Dialect;
  /** Parents first (tables referenced by a foreign key come before the tables that reference them). */
  tables: DbTable[];
}

/**
 * Parents first; ties keep the input order. Self-references are ignored; a cycle is broken by
 * keeping the input order for the tables in it (their foreign keys are added after the load).
 */
export function dependencyOrder<T extends { name: string }>(
  tables: readonly T[],
  refs: (t: T) => string[],
): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const visit = (t: T) => {
    if (done.has(t.name) || visiting.has(t.name)) return;
    visiting.add(t.name);
    for (const r of refs(t)) {
      const parent = byName.get(r);
      if (parent && r !== t.name) visit(parent);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

export function orderTables(tables: readonly DbTable[]): DbTable[] {
  return dependencyOrder(tables, (t) => t.foreignKeys.map((f) => f.refTable));
}

/** Keep `tables` (when given, in that set) minus `exclude`. */
export function selectTables(
  tables: readonly DbTable[],
  opts: { tables?: readonly string[]; exclude?: readonly string[] },
): DbTable[] {
  const keep = opts.tables && opts.tables.length > 0 ? new Set(opts.tables) : undefined;
  const drop = new Set(opts.exclude ?? []);
  return tables.filter((t) => (!keep || keep.has(t.name)) && !drop.has(t.name));
}
