/**
 * Driver errors → one-line PlaceboError E_DB. Driver messages can quote the offending value
 * (`invalid input syntax for type integer: "…"`, `Duplicate entry '…' for key …`), so every
 * quoted fragment that is not a known identifier is blanked, and the password is masked.
 */
import { PlaceboError } from '../core/errors.js';
import type { DbUrl } from './url.js';
import { maskSecrets } from './url.js';

export interface DbErrorContext {
  url: DbUrl;
  /** What we were doing: `loading table "visits"`. */
  action: string;
  table?: string;
  /** Identifier names (tables, columns, constraints) that may stay visible in quoted fragments. */
  identifiers?: Iterable<string>;
  /** Internal names to show as their public names (a staging table → its target). */
  aliases?: ReadonlyMap<string, string>;
}

interface DriverError {
  message?: unknown;
  code?: unknown;
  column?: unknown;
  constraint?: unknown;
}

export function dbError(err: unknown, ctx: DbErrorContext): PlaceboError {
  if (err instanceof PlaceboError) return err;
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as DriverError;
  const allowed = new Set(ctx.identifiers ?? []);
  if (ctx.table) allowed.add(ctx.table);
  if (typeof e.column === 'string') allowed.add(e.column);
  if (typeof e.constraint === 'string') allowed.add(e.constraint);
  let raw = typeof e.message === 'string' && e.message !== '' ? e.message : 'database error';
  for (const [from, to] of ctx.aliases ?? []) raw = raw.split(from).join(to);
  const code = typeof e.code === 'string' ? ` [${e.code}]` : '';
  const text = sanitizeDriverMessage(raw, allowed);
  const message = maskSecrets(`${ctx.action}: ${text}${code}`, [ctx.url.password, process.env.PGPASSWORD]);
  const place = ctx.table ? { path: `${ctx.url.display} table ${ctx.table}` } : { path: ctx.url.display };
  return new PlaceboError('E_DB', message, place, hintFor(e.code));
}

/** Blank quoted fragments that are not identifiers; one line. */
export function sanitizeDriverMessage(message: string, identifiers: ReadonlySet<string>): string {
  return message
    .replace(/\s*\n[\s\S]*$/, '')
    .replace(/(["'`])((?:(?!\1).)*)\1/g, (whole, q: string, inner: string) =>
      identifiers.has(inner) ? whole : `${q}…${q}`,
    );
}

function hintFor(code: unknown): string | undefined {
  switch (code) {
    case 'ECONNREFUSED':
      return 'is the database server running and reachable?';
    case '28P01':
    case 'ER_ACCESS_DENIED_ERROR':
      return 'check the user and password (PGPASSWORD / MYSQL_PWD)';
    case '3D000':
    case 'ER_BAD_DB_ERROR':
      return 'create the database first';
    case '42P07':
    case 'ER_TABLE_EXISTS_ERROR':
      return 'use --load-mode truncate or --load-mode append to load into existing tables';
    default:
      return undefined;
  }
}

/** The error for a failure while creating tables (or before), shared by the MySQL and SQLite loaders. */
export function setupError(
  err: unknown,
  ctx: Pick<DbErrorContext, 'url' | 'identifiers'>,
  current: string | undefined,
): PlaceboError {
  return dbError(err, {
    ...ctx,
    action: current ? `creating table "${current}"` : 'preparing the load',
    ...(current ? { table: current } : {}),
  });
}
