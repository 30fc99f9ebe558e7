import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, PlaceboError } from '../../src/core/errors.js';
import { copyDatabase } from '../../src/db/copy-database.js';
import { sanitizeDriverMessage } from '../../src/db/errors.js';
import { introspect } from '../../src/db/introspect.js';
import { openDbSink } from '../../src/db/sink.js';
import { isDbUrl, maskUrl, parseDbUrl, sameDatabase } from '../../src/db/url.js';
import { TABLES } from './fixtures.js';
import { MYSQL_URL, PG_URL } from './helpers.js';

const secret = fc
  .string({
    minLength: 1,
    maxLength: 24,
    unit: fc.constantFrom(...'abcXYZ019!$%^&*()-_=+[]{};,.~ '.split('')),
  })
  .filter((s) => s.trim().length > 0);

describe('database URLs', () => {
  it('parses each dialect and its parts', () => {
    const pg = parseDbUrl('postgresql://ann:p%40ss@db.example.test:6543/clinic?schema=staging');
    expect(pg).toMatchObject({
      dialect: 'postgres',
      user: 'ann',
      password: 'p@ss',
      host: 'db.example.test',
      port: 6543,
      database: 'clinic',
      schema: 'staging',
    });
    expect(pg.display).toBe('postgresql://ann:***@db.example.test:6543/clinic?schema=staging');
    expect(parseDbUrl('mariadb://root@127.0.0.1/test')).toMatchObject({
      dialect: 'mysql',
      port: 3306,
      database: 'test',
    });
    expect(parseDbUrl('sqlite:data/app.db')).toMatchObject({ dialect: 'sqlite', path: 'data/app.db' });
    expect(parseDbUrl('sqlite:///tmp/app.db')).toMatchObject({ dialect: 'sqlite', path: '/tmp/app.db' });
    expect(isDbUrl('postgres://x/y')).toBe(true);
    expect(isDbUrl('export.csv')).toBe(false);
    expect(() => parseDbUrl('ftp://x')).toThrow(PlaceboError);
  });

  it('never shows the password: display form, malformed URLs', () => {
    fc.assert(
      fc.property(secret, fc.constantFrom('postgres', 'postgresql', 'mysql', 'mariadb'), (pw, scheme) => {
        const raw = `${scheme}://user:${encodeURIComponent(pw)}@host.test:1234/db`;
        const u = parseDbUrl(raw);
        expect(u.password).toBe(pw);
        expect(u.display).toBe(`${scheme}://user:***@host.test:1234/db`);
        expect(maskUrl(raw)).toBe(u.display);
        // An unencoded '@' in the password is masked too (over-masking is the safe side).
        expect(maskUrl(`${scheme}://user:${pw}@x@host.test/db`)).not.toContain(`${pw}@x`);
      }),
    );
    const err = (() => {
      try {
        parseDbUrl('postgres://user:hunter2@[bad');
      } catch (e) {
        return e as PlaceboError;
      }
    })();
    expect(err && formatError(err)).not.toContain('hunter2');
  });

  it('same database: host aliases and default ports match; another db or schema does not', () => {
    const same = (a: string, b: string) => sameDatabase(parseDbUrl(a), parseDbUrl(b));
    expect(same('postgres://a@localhost/x', 'postgres://b:pw@127.0.0.1:5432/x')).toBe(true);
    expect(same('postgres://a@localhost/x', 'postgres://a@localhost/y')).toBe(false);
    expect(same('postgres://a@localhost/x?schema=s1', 'postgres://a@localhost/x?schema=s2')).toBe(false);
    expect(same('mysql://r@localhost/x', 'mariadb://r@127.0.0.1:3306/x')).toBe(true);
    expect(same('sqlite:./a.db', `sqlite:${process.cwd()}/a.db`)).toBe(true);
  });

  it('blanks quoted values in driver messages but keeps known identifiers', () => {
    const ids = new Set(['visits', 'note']);
    expect(sanitizeDriverMessage('invalid input syntax for type integer: "Jane Roe"', ids)).toBe(
      'invalid input syntax for type integer: "…"',
    );
    expect(sanitizeDriverMessage("Duplicate entry 'FAKE-1' for key 'visits.note'\nDETAIL: x", ids)).toBe(
      "Duplicate entry '…' for key '…'",
    );
    expect(sanitizeDriverMessage('column "note" of relation "visits"', ids)).toBe(
      'column "note" of relation "visits"',
    );
  });
});

const PASSWORD = 'Zq9-secret-PW';
const leaks = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PlaceboError);
  const line = formatError(e as PlaceboError);
  expect(line).not.toContain(PASSWORD);
  expect(line).toMatch(/E_DB/);
  return line;
};

describe('passwords never appear in errors', () => {
  it('connection refused (every dialect)', async () => {
    for (const url of [`postgres://u:${PASSWORD}@127.0.0.1:1/db`, `mysql://u:${PASSWORD}@127.0.0.1:1/db`]) {
      const line = await leaks(introspect(url));
      expect(line).toContain(':***@');
      expect(line).toMatch(/ECONNREFUSED|server running/);
    }
    await leaks(openDbSink(`sqlite:/nonexistent-dir-${process.pid}/x.db`).open(TABLES));
  });

  it.skipIf(!PG_URL)('PostgreSQL: unknown database, password in URL and PGPASSWORD', async () => {
    const u = new URL(PG_URL as string);
    u.password = PASSWORD;
    u.pathname = '/no_such_db_placebo';
    const saved = process.env.PGPASSWORD;
    process.env.PGPASSWORD = PASSWORD;
    try {
      await leaks(copyDatabase(u.toString(), 'sqlite::memory:'));
    } finally {
      if (saved === undefined) delete process.env.PGPASSWORD;
      else process.env.PGPASSWORD = saved;
    }
  });

  it.skipIf(!MYSQL_URL)('MySQL: wrong password', async () => {
    const u = new URL(MYSQL_URL as string);
    u.password = PASSWORD;
    u.username = 'placebo_no_such_user';
    await leaks(introspect(u.toString()));
  });
});
