/**
 * Open a connection per dialect; connection failures become E_DB errors with the password masked.
 * The network drivers load on first use: a file-only run does not carry them (~11 MB).
 */
import Database from 'better-sqlite3';
import type mysql from 'mysql2/promise';
import type pg from 'pg';
import { quoteIdent } from './ddl.js';
import { dbError } from './errors.js';
import type { DbUrl } from './url.js';

export async function connectPg(url: DbUrl): Promise<pg.Client> {
  const config: pg.ClientConfig = {};
  if (url.host) config.host = url.host;
  if (url.port) config.port = url.port;
  if (url.user) config.user = url.user;
  if (url.password !== undefined) config.password = url.password;
  if (url.database) config.database = url.database;
  const { default: driver } = await import('pg');
  const client = new driver.Client(config);
  // An idle client's socket error must not crash the process; the next query reports it.
  client.on('error', () => {});
  try {
    await client.connect();
    if (url.schema) await client.query(`SET search_path TO ${quoteIdent('postgres', url.schema)}`);
  } catch (err) {
    await client.end().catch(() => {});
    throw dbError(err, { url, action: 'connecting' });
  }
  return client;
}

/** `multipleStatements` only for the loader, which runs the generator's own INSERT text. */
export async function connectMysql(
  url: DbUrl,
  flags: { multipleStatements?: boolean } = {},
): Promise<mysql.Connection> {
  try {
    const opts: mysql.ConnectionOptions = {
      host: url.host ?? '127.0.0.1',
      port: url.port ?? 3306,
      user: url.user ?? 'root',
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      charset: 'utf8mb4',
      timezone: 'Z',
      multipleStatements: flags.multipleStatements ?? false,
    };
    if (url.password !== undefined) opts.password = url.password;
    if (url.database) opts.database = url.database;
    const { default: driver } = await import('mysql2/promise');
    const conn = await driver.createConnection(opts);
    conn.on('error', () => {});
    return conn;
  } catch (err) {
    throw dbError(err, { url, action: 'connecting' });
  }
}

export function openSqlite(url: DbUrl, opts: { readonly: boolean }): Database.Database {
  try {
    const db = new Database(url.path ?? ':memory:', {
      readonly: opts.readonly,
      fileMustExist: opts.readonly,
    });
    return db;
  } catch (err) {
    throw dbError(err, { url, action: 'opening' });
  }
}
