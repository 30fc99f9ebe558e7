/**
 * `introspect(url, { tables, exclude })`: tables (parents first), columns with native and
 * generic types, primary keys, foreign keys, unique constraints and secondary indexes.
 */
import { connectMysql, connectPg, openSqlite } from './connect.js';
import { dbError } from './errors.js';
import { introspectMysql } from './mysql/introspect.js';
import { introspectPg } from './pg/introspect.js';
import { introspectSqlite } from './sqlite/introspect.js';
import { type DbStructure, type DbTable, orderTables, selectTables } from './structure.js';
import { type DbUrl, parseDbUrl } from './url.js';

export interface SelectOptions {
  tables?: readonly string[];
  exclude?: readonly string[];
}

export async function introspect(url: string | DbUrl, opts: SelectOptions = {}): Promise<DbStructure> {
  const u = typeof url === 'string' ? parseDbUrl(url) : url;
  let tables: DbTable[];
  try {
    tables = await introspectRaw(u);
  } catch (err) {
    throw dbError(err, { url: u, action: 'reading the database structure' });
  }
  return { dialect: u.dialect, tables: orderTables(selectTables(tables, opts)) };
}

async function introspectRaw(u: DbUrl): Promise<DbTable[]> {
  switch (u.dialect) {
    case 'postgres': {
      const client = await connectPg(u);
      try {
        return await introspectPg(client);
      } finally {
        await client.end();
      }
    }
    case 'mysql': {
      const conn = await connectMysql(u);
      try {
        return await introspectMysql(conn);
      } finally {
        await conn.end();
      }
    }
    case 'sqlite': {
      const db = openSqlite(u, { readonly: true });
      try {
        return introspectSqlite(db);
      } finally {
        db.close();
      }
    }
  }
}
