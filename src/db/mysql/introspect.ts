/** MySQL/MariaDB structure from information_schema, for the connection's database. */
import type mysql from 'mysql2/promise';
import type { DbTable } from '../structure.js';
import { classifyNative } from '../types.js';

type Row = mysql.RowDataPacket;

export async function introspectMysql(conn: mysql.Connection): Promise<DbTable[]> {
  const [tables] = await conn.query<Row[]>(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
  );
  const [columns] = await conn.query<Row[]>(
    `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  const [keys] = await conn.query<Row[]>(
    `SELECT k.TABLE_NAME AS tbl, k.CONSTRAINT_NAME AS name, c.CONSTRAINT_TYPE AS type, k.COLUMN_NAME AS col,
       k.REFERENCED_TABLE_NAME AS reftable, k.REFERENCED_COLUMN_NAME AS refcol
     FROM information_schema.KEY_COLUMN_USAGE k
     JOIN information_schema.TABLE_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
       AND c.TABLE_NAME = k.TABLE_NAME AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
     WHERE k.TABLE_SCHEMA = DATABASE() ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
  );
  const [stats] = await conn.query<Row[]>(
    `SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonunique, COLUMN_NAME AS col
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
     ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
  );
  return tables.map((t): DbTable => {
    const name = String(t.name);
    const table: DbTable = {
      name,
      columns: columns
        .filter((c) => c.tbl === name)
        .map((c) => ({
          name: String(c.name),
          type: String(c.type),
          generic: classifyNative(String(c.type)),
          nullable: c.nullable === 'YES',
        })),
      primaryKey: [],
      foreignKeys: [],
      uniques: [],
      indexes: [],
    };
    const constraintNames = new Set<string>();
    for (const k of keys.filter((k) => k.tbl === name)) {
      const cname = String(k.name);
      constraintNames.add(cname);
      if (k.type === 'PRIMARY KEY') table.primaryKey.push(String(k.col));
      else if (k.type === 'UNIQUE') {
        let u = table.uniques.find((x) => x.name === cname);
        if (!u) {
          u = { name: cname, columns: [] };
          table.uniques.push(u);
        }
        u.columns.push(String(k.col));
      } else if (k.type === 'FOREIGN KEY') {
        let f = table.foreignKeys.find((x) => x.name === cname);
        if (!f) {
          f = { name: cname, columns: [], refTable: String(k.reftable), refColumns: [] };
          table.foreignKeys.push(f);
        }
        f.columns.push(String(k.col));
        f.refColumns.push(String(k.refcol));
      }
    }
    // Indexes that back a key, or that InnoDB made for a foreign key (same name), are not listed again.
    for (const s of stats.filter(
      (s) => s.tbl === name && !constraintNames.has(String(s.name)) && s.name !== 'PRIMARY',
    )) {
      const iname = String(s.name);
      let i = table.indexes.find((x) => x.name === iname);
      if (!i) {
        i = { name: iname, unique: Number(s.nonunique) === 0, columns: [] };
        table.indexes.push(i);
      }
      i.columns.push(String(s.col));
    }
    // InnoDB adds an index for each foreign key by itself; listing it would create a duplicate.
    const fkCols = new Set(table.foreignKeys.map((f) => f.columns.join('\0')));
    table.indexes = table.indexes.filter((i) => i.unique || !fkCols.has(i.columns.join('\0')));
    return table;
  });
}
