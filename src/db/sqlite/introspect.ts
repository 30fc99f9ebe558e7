/** SQLite structure from sqlite_master and the table/index pragmas. */
import type Database from 'better-sqlite3';
import type { DbTable } from '../structure.js';
import { classifyNative } from '../types.js';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}
interface FkInfo {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
}
interface IndexInfo {
  name: string;
  unique: number;
  origin: string;
  partial: number;
}

export function introspectSqlite(db: Database.Database): DbTable[] {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return names.map((name): DbTable => {
    const cols = db.prepare(`PRAGMA table_info(${q(name)})`).all() as ColumnInfo[];
    const fks = db.prepare(`PRAGMA foreign_key_list(${q(name)})`).all() as FkInfo[];
    const idx = db.prepare(`PRAGMA index_list(${q(name)})`).all() as IndexInfo[];
    const pk = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const foreignKeys: DbTable['foreignKeys'] = [];
    for (const f of [...fks].sort((a, b) => a.id - b.id || a.seq - b.seq)) {
      let fk = foreignKeys[f.id];
      if (!fk) foreignKeys[f.id] = fk = { columns: [], refTable: f.table, refColumns: [] };
      fk.columns.push(f.from);
      // A missing `to` means the parent's primary key.
      fk.refColumns.push(
        f.to ??
          (db.prepare(`PRAGMA table_info(${q(f.table)})`).all() as ColumnInfo[]).find((c) => c.pk === 1)
            ?.name ??
          '',
      );
    }
    const indexColumns = (i: IndexInfo) =>
      (db.prepare(`PRAGMA index_info(${q(i.name)})`).all() as { name: string | null }[]).map((c) => c.name);
    return {
      name,
      columns: cols.map((c) => ({
        name: c.name,
        type: c.type,
        generic: classifyNative(c.type),
        // An INTEGER PRIMARY KEY is never NULL even when not declared so.
        nullable: c.notnull === 0 && !(c.pk > 0),
      })),
      primaryKey: pk,
      foreignKeys: foreignKeys.filter(Boolean),
      uniques: idx
        .filter((i) => i.origin === 'u')
        .reverse()
        .map((i) => ({ columns: indexColumns(i) as string[] })),
      indexes: idx
        .filter((i) => i.origin === 'c' && i.partial === 0)
        .map((i) => ({ name: i.name, unique: i.unique === 1, columns: indexColumns(i) }))
        .filter((i): i is { name: string; unique: boolean; columns: string[] } =>
          i.columns.every((c) => c !== null),
        ),
    };
  });
}
