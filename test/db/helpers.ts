/** Per-test databases on the real servers named by PLACEBO_TEST_PG / PLACEBO_TEST_MYSQL; SQLite in a temp dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';

export const PG_URL = process.env.PLACEBO_TEST_PG;
export const MYSQL_URL = process.env.PLACEBO_TEST_MYSQL;

if (!PG_URL) process.stderr.write('test/db: PLACEBO_TEST_PG unset — PostgreSQL tests SKIPPED\n');
if (!MYSQL_URL) process.stderr.write('test/db: PLACEBO_TEST_MYSQL unset — MySQL/MariaDB tests SKIPPED\n');

let n = 0;
const unique = () => `t${process.pid}_${Date.now().toString(36)}_${++n}`;

export interface TestDb {
  dialect: 'postgres' | 'mysql' | 'sqlite';
  url: string;
  /** Run SQL and return rows as objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL schema, addressed by `?schema=`. */
export async function freshPg(): Promise<TestDb> {
  const base = PG_URL as string;
  const schema = unique();
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  const u = new URL(base);
  u.searchParams.set('schema', schema);
  return {
    dialect: 'postgres',
    url: u.toString(),
    query: async (sql) => (await client.query(sql)).rows,
    drop: async () => {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** A fresh MariaDB/MySQL database. */
export async function freshMysql(): Promise<TestDb> {
  const base = new URL(MYSQL_URL as string);
  const name = unique();
  const conn = await mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username || 'root'),
    password: decodeURIComponent(base.password),
    dateStrings: true,
  });
  await conn.query(`CREATE DATABASE \`${name}\``);
  await conn.query(`USE \`${name}\``);
  base.pathname = `/${name}`;
  return {
    dialect: 'mysql',
    url: base.toString(),
    query: async (sql) => (await conn.query(sql))[0] as Record<string, unknown>[],
    drop: async () => {
      await conn.query(`DROP DATABASE \`${name}\``);
      await conn.end();
    },
  };
}

/** A SQLite file in a fresh temp dir (not created yet). */
export async function freshSqlite(): Promise<TestDb & { path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-db-'));
  const path = join(dir, 'test.db');
  const Database = (await import('better-sqlite3')).default;
  return {
    dialect: 'sqlite',
    url: `sqlite:${path}`,
    path,
    query: async (sql) => {
      const db = new Database(path);
      try {
        const st = db.prepare(sql);
        if (st.reader) return st.all() as Record<string, unknown>[];
        st.run();
        return [];
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const DIALECTS = [
  { name: 'sqlite', fresh: freshSqlite, enabled: true },
  { name: 'postgres', fresh: freshPg, enabled: Boolean(PG_URL) },
  { name: 'mysql', fresh: freshMysql, enabled: Boolean(MYSQL_URL) },
] as const;
