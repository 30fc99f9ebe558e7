/** `placebo check <database URL>` through the built CLI (dist/cli/main.js; `npm run build` first). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freshPg, freshSqlite, PG_URL } from './helpers.js';

const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const run = promisify(execFile);

async function placebo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [MAIN, ...args], {
      env: { ...process.env, CI: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

const SETUP = [
  'CREATE TABLE patients (id INTEGER PRIMARY KEY, first_name TEXT, ssn TEXT)',
  "INSERT INTO patients VALUES (1, 'ZZTEST-Ann', '666-12-3456'), (2, 'Bruno', '123-45-6789')",
  'CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT)',
  "INSERT INTO contacts VALUES (1, 'someone@example.com')",
];

describe('placebo check over a database', () => {
  it('SQLite: one source per table, --exclude-table, a finding located by table and row, no value', async () => {
    const db = await freshSqlite();
    try {
      for (const s of SETUP) await db.query(s);
      const r = await placebo([
        'check',
        db.url,
        '--exclude-table',
        'contacts',
        '--format',
        'json',
        '--quiet',
      ]);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as {
        sources: { file: string; records: number }[];
        findings: { file: string; field: string; line: number }[];
      };
      expect(report.sources).toEqual([expect.objectContaining({ file: `${db.url}#patients`, records: 2 })]);
      expect(report.findings).toEqual([
        expect.objectContaining({ file: `${db.url}#patients`, field: 'ssn', line: 2 }),
      ]);
      expect(r.stdout + r.stderr).not.toContain('123-45-6789');
    } finally {
      await db.drop();
    }
  });

  it.skipIf(!PG_URL)('PostgreSQL: the password in the URL never appears in the output', async () => {
    const db = await freshPg();
    try {
      for (const s of SETUP) await db.query(s.replace('INTEGER PRIMARY KEY', 'integer PRIMARY KEY'));
      const u = new URL(db.url);
      u.password = 'Pw-in-url-7731';
      const r = await placebo([
        'check',
        u.toString(),
        '--table',
        'patients',
        '--reporter',
        'text',
        '--quiet',
      ]);
      expect([0, 1]).toContain(r.code);
      expect(r.stdout).toContain('#patients');
      expect(r.stdout + r.stderr).not.toContain('Pw-in-url-7731');
      const bad = new URL(u);
      bad.port = '1';
      const e = await placebo(['check', bad.toString()]);
      expect(e.code).toBe(2);
      expect(e.stderr).toMatch(/E_DB .*:\*\*\*@/);
      expect(e.stderr).not.toContain('Pw-in-url-7731');
    } finally {
      await db.drop();
    }
  });
});
