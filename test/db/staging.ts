/**
 * Shared by the staging-refresh tests (one file per source database, so that vitest runs them
 * side by side): six pairs (pg→pg, mysql→mysql, sqlite→sqlite, pg→sqlite, mysql→pg, sqlite→pg),
 * each refreshed through the real CLI against the real servers and judged by `refresh`: exit 0,
 * equal row counts, every foreign key joins, constraints hold in the destination, no original
 * text identifier is left, no person or encounter key maps to itself, and the source is
 * unchanged (pg_dump before and after; a checksum of every table for MySQL and SQLite).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspect } from '../../src/db/introspect.js';
import type { DbStructure } from '../../src/db/structure.js';
import { placebo } from '../scrub/helpers/cli.js';
import { freshMysql, freshPg, freshSqlite, MYSQL_URL, PG_URL, type TestDb } from './helpers.js';

export type Name = TestDb['dialect'];
export const FRESH: Record<Name, () => Promise<TestDb>> = {
  postgres: freshPg,
  mysql: freshMysql,
  sqlite: freshSqlite,
};
export const ENABLED: Record<Name, boolean> = {
  postgres: Boolean(PG_URL),
  mysql: Boolean(MYSQL_URL),
  sqlite: true,
};
export const PAIRS: [Name, Name][] = [
  ['postgres', 'postgres'],
  ['mysql', 'mysql'],
  ['sqlite', 'sqlite'],
  ['postgres', 'sqlite'],
  ['mysql', 'postgres'],
  ['sqlite', 'postgres'],
];
export const GENERATED_PATIENTS = 500;
export const HOSPITAL_PATIENTS = 150;

export const work = mkdtempSync(join(tmpdir(), 'placebo-staging-'));
const opened: TestDb[] = [];
afterAll(async () => {
  for (const db of opened) await db.drop().catch(() => {});
  rmSync(work, { recursive: true, force: true });
});

export async function fresh(d: Name): Promise<TestDb> {
  const db = await FRESH[d]();
  opened.push(db);
  return db;
}

export const quote = (d: Name, n: string) => (d === 'mysql' ? `\`${n}\`` : `"${n}"`);

export async function count(db: TestDb, table: string): Promise<number> {
  return Number((await db.query(`SELECT COUNT(*) AS n FROM ${quote(db.dialect, table)}`))[0]?.n);
}

/** What must not change in a source: its full dump (PostgreSQL) or a hash of every table's rows. */
async function fingerprint(db: TestDb, structure: DbStructure): Promise<string> {
  if (db.dialect === 'postgres') {
    const u = new URL(db.url);
    const schema = u.searchParams.get('schema') ?? 'public';
    u.search = '';
    const dump = execFileSync('pg_dump', ['--schema', schema, '--no-owner', u.toString()], {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    // pg_dump 15.14+ brackets the dump with a random \restrict key: not part of the data.
    return createHash('sha256')
      .update(dump.replace(/^\\(?:un)?restrict .*$/gm, ''))
      .digest('hex');
  }
  if (db.dialect === 'sqlite')
    return createHash('sha256')
      .update(readFileSync((db as TestDb & { path: string }).path))
      .digest('hex');
  const sums = await db.query(
    `CHECKSUM TABLE ${structure.tables.map((t) => quote('mysql', t.name)).join(', ')}`,
  );
  return JSON.stringify(sums.map((r) => r.Checksum));
}

/** Every row of every table, each cell as text, for "no original value is left". */
async function cells(db: TestDb, structure: DbStructure): Promise<Set<string>> {
  const out = new Set<string>();
  for (const t of structure.tables)
    for (const row of await db.query(`SELECT * FROM ${quote(db.dialect, t.name)}`))
      for (const v of Object.values(row)) if (v !== null) out.add(String(v));
  return out;
}

async function orphans(db: TestDb, structure: DbStructure): Promise<string[]> {
  const bad: string[] = [];
  const q = (n: string) => quote(db.dialect, n);
  for (const t of structure.tables)
    for (const f of t.foreignKeys) {
      const on = f.columns.map((c, i) => `p.${q(f.refColumns[i]!)} = c.${q(c)}`).join(' AND ');
      const rows = await db.query(
        `SELECT COUNT(*) AS n FROM ${q(t.name)} c LEFT JOIN ${q(f.refTable)} p ON ${on}
         WHERE c.${q(f.columns[0]!)} IS NOT NULL AND p.${q(f.refColumns[0]!)} IS NULL`,
      );
      if (Number(rows[0]?.n) > 0) bad.push(`${t.name}.${f.columns.join(',')}`);
    }
  return bad;
}

interface Report {
  files: {
    input: string;
    fields: {
      path: string;
      explanation: string;
      action: string;
      counts: { values: number; changed: number };
    }[];
  }[];
}

export interface Source {
  db: TestDb;
  structure: DbStructure;
  identifiers: string[];
  /** Keys (table.column) that must all be new values, compared as sets. */
  keys: string[];
}

export async function refresh(name: string, source: Source, to: Name): Promise<TestDb> {
  const dst = await fresh(to);
  const before = await fingerprint(source.db, source.structure);
  const report = join(work, `${name}.json`);
  const r = placebo(
    ['scrub', '--from', source.db.url, '--to', dst.url, '--report', report, '--quiet', '--workers', '1'],
    {
      cwd: work,
    },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(await fingerprint(source.db, source.structure)).toBe(before);

  const target = await introspect(dst.url);
  for (const t of source.structure.tables) {
    expect(await count(dst, t.name), t.name).toBe(await count(source.db, t.name));
    const copy = target.tables.find((x) => x.name === t.name)!;
    expect(copy.primaryKey, t.name).toEqual(t.primaryKey);
    expect(copy.foreignKeys.length, t.name).toBe(t.foreignKeys.length);
    expect(copy.uniques.length, t.name).toBe(t.uniques.length);
  }
  expect(await orphans(dst, source.structure)).toEqual([]);
  if (to === 'sqlite') expect(await dst.query('PRAGMA foreign_key_check')).toEqual([]);

  const left = await cells(dst, source.structure);
  expect(source.identifiers.filter((v) => left.has(v))).toEqual([]);
  for (const k of source.keys) {
    const [table, column] = k.split('.') as [string, string];
    const q = (n: string) => quote(source.db.dialect, n);
    const was = new Set(
      (await source.db.query(`SELECT ${q(column)} AS v FROM ${q(table)}`)).map((x) => String(x.v)),
    );
    const now = (await dst.query(`SELECT ${quote(to, column)} AS v FROM ${quote(to, table)}`)).map((x) =>
      String(x.v),
    );
    expect(
      now.filter((v) => was.has(v)),
      k,
    ).toEqual([]);
  }
  // Every key of a replaced domain was changed (the scrubber's own count).
  const keyFields = (JSON.parse(readFileSync(report, 'utf8')) as Report).files.flatMap((f) =>
    f.fields.filter((x) => x.explanation.startsWith('key domain') && x.action === 'pseudonymise'),
  );
  expect(keyFields.length).toBeGreaterThan(0);
  for (const f of keyFields) expect(f.counts.changed, f.path).toBe(f.counts.values);
  return dst;
}

/**
 * The pairs whose source is a `from` database filled by `placebo generate` (500 patients): one
 * test file per source dialect, so that vitest runs them side by side.
 */
export function describeGeneratedRefresh(from: Name): void {
  describe(`staging refresh: placebo generate database in ${from}`, () => {
    let source: Source;
    beforeAll(async () => {
      if (!ENABLED[from]) return;
      const db = await fresh(from);
      const g = placebo(['generate', '--to', db.url, '--count', String(GENERATED_PATIENTS), '--quiet'], {
        cwd: work,
      });
      expect(g.stderr).toBe('');
      const structure = await introspect(db.url);
      const identifiers: string[] = [];
      // Generated identifiers are already fake, drawn from small reserved ranges (555-01XX phones,
      // 666 SSNs) that surrogates share: only the columns whose space makes a chance repeat
      // negligible are compared. The hospital schema checks every kind.
      for (const row of await db.query('SELECT email, street FROM patients'))
        for (const v of Object.values(row)) if (v !== null) identifiers.push(String(v));
      source = { db, structure, identifiers, keys: ['encounters.id', 'conditions.id'] };
    }, 600_000);

    for (const [f, to] of PAIRS.filter(([f]) => f === from))
      it.skipIf(!ENABLED[f] || !ENABLED[to])(
        `${f} → ${to}`,
        () => refresh(`gen-${f}-${to}`, source, to),
        600_000,
      );
  });
}
