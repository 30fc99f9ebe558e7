/**
 * Database URLs: `postgres://` / `postgresql://`, `mysql://` / `mariadb://`, `sqlite:PATH`.
 * The password is kept out of every string we print: `maskUrl` for display, `maskSecrets` for
 * any message that might echo it. Missing parts fall back to each driver's usual environment
 * variables (PGHOST, PGUSER, PGPASSWORD… for PostgreSQL; MYSQL_HOST, MYSQL_PWD… for MySQL).
 */
import { resolve } from 'node:path';
import { PlaceboError } from '../core/errors.js';

export type Dialect = 'postgres' | 'mysql' | 'sqlite';

export interface DbUrl {
  dialect: Dialect;
  /** The URL as given (may hold a password: never print it; use `display`). */
  raw: string;
  /** The URL with the password replaced by `***`. */
  display: string;
  /** SQLite: the file path (or `:memory:`). */
  path?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  /** PostgreSQL: schema from `?schema=` (default: the connection's current schema). */
  schema?: string;
}

const SCHEMES: Record<string, Dialect> = {
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
  'sqlite:': 'sqlite',
};

/** True when the string looks like a database URL rather than a file path. */
export function isDbUrl(s: string): boolean {
  const m = /^([a-z]+):/i.exec(s);
  return m !== null && `${m[1]?.toLowerCase()}:` in SCHEMES;
}

export function parseDbUrl(s: string): DbUrl {
  const scheme = /^([a-z]+:)/i.exec(s)?.[1]?.toLowerCase() ?? '';
  const dialect = SCHEMES[scheme];
  if (!dialect) {
    throw new PlaceboError(
      'E_USAGE',
      'not a database URL',
      {},
      'use postgres://user@host/db, mysql://user@host/db or sqlite:path/to/file.db',
    );
  }
  if (dialect === 'sqlite') {
    let path = s.slice(scheme.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (path === '')
      throw new PlaceboError('E_USAGE', 'sqlite: URL without a file path', {}, 'sqlite:data/app.db');
    return { dialect, raw: s, display: s, path };
  }
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    // Do not echo the URL: it may hold a password.
    throw new PlaceboError(
      'E_USAGE',
      `malformed ${dialect} URL`,
      {},
      'postgres://user:password@host:5432/db',
    );
  }
  const env = process.env;
  const password = u.password !== '' ? decodeURIComponent(u.password) : undefined;
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined;
  const out: DbUrl = { dialect, raw: s, display: maskUrl(s) };
  if (dialect === 'postgres') {
    // pg itself falls back to PGHOST/PGUSER/PGPASSWORD/PGDATABASE/PGPORT and ~/.pgpass.
    if (u.hostname) out.host = u.hostname;
    if (u.port) out.port = Number(u.port);
    if (u.username) out.user = decodeURIComponent(u.username);
    if (password !== undefined) out.password = password;
    if (database) out.database = database;
    const schema = u.searchParams.get('schema');
    if (schema) out.schema = schema;
  } else {
    out.host = u.hostname || env.MYSQL_HOST || '127.0.0.1';
    out.port = Number(u.port || env.MYSQL_TCP_PORT || 3306);
    out.user = u.username ? decodeURIComponent(u.username) : env.MYSQL_USER || env.USER || 'root';
    const pw = password ?? env.MYSQL_PWD;
    if (pw !== undefined) out.password = pw;
    const db = database ?? env.MYSQL_DATABASE;
    if (db) out.database = db;
  }
  return out;
}

/** The URL with any password replaced by `***`; safe to print. */
export function maskUrl(s: string): string {
  // Up to the last '@': a password with an unencoded '@' is still masked whole.
  return s.replace(/^([a-z]+:\/\/[^:/@?#]*):(.*)@([^@]*)$/i, '$1:***@$3');
}

/** Replace every occurrence of the secrets (raw and URL-encoded) in a message with `***`. */
export function maskSecrets(message: string, secrets: readonly (string | undefined)[]): string {
  let out = message;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('***');
  }
  return out;
}

/** Host/port/database identity, for refusing to copy a database onto itself. */
export function sameDatabase(a: DbUrl, b: DbUrl): boolean {
  if (a.dialect !== b.dialect) return false;
  if (a.dialect === 'sqlite') return a.path !== ':memory:' && resolve(a.path ?? '') === resolve(b.path ?? '');
  const env = process.env;
  const host = (u: DbUrl) =>
    normHost(u.host ?? (u.dialect === 'postgres' ? env.PGHOST : undefined) ?? 'localhost');
  const port = (u: DbUrl) => u.port ?? (u.dialect === 'postgres' ? Number(env.PGPORT ?? 5432) : 3306);
  const db = (u: DbUrl) =>
    u.database ?? (u.dialect === 'postgres' ? (env.PGDATABASE ?? u.user ?? env.USER) : '');
  return (
    host(a) === host(b) && port(a) === port(b) && db(a) === db(b) && (a.schema ?? '') === (b.schema ?? '')
  );
}

function normHost(h: string): string {
  const l = h.toLowerCase();
  return l === '127.0.0.1' || l === '::1' || l === '[::1]' || l === 'localhost' ? 'localhost' : l;
}
