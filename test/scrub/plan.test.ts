/**
 * The reviewed plan and the drift guard, through the CLI on a real SQLite database: --plan-out
 * writes every table and column without transforming anything; an edited plan's decisions win;
 * with --strict an added, a renamed and a retyped column each stop the run (exit 1) with a
 * message naming the table and column, never a value, and nothing is written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { placebo } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'placebo-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = ['Orla Vantreese', 'Bram Holloway', 'Ines Caldwell', 'Tomas Ferrand', 'Wren Maddox'];

function source(name: string, ddl: string, nameColumn = 'full_name'): string {
  const file = join(dir, name);
  const db = new Database(file);
  db.exec(`CREATE TABLE patients (${ddl});
           CREATE TABLE visits (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id), note TEXT);`);
  NAMES.forEach((n, i) => {
    db.prepare(`INSERT INTO patients (id, ${nameColumn}, dob) VALUES (?, ?, ?)`).run(
      i + 1,
      n,
      `19${60 + i}-03-1${i}`,
    );
    db.prepare('INSERT INTO visits (patient_id, note) VALUES (?, ?)').run(i + 1, 'BP 120/80, doing well.');
  });
  db.close();
  return file;
}

const scrub = (from: string, to: string, ...extra: string[]) =>
  placebo(['scrub', '--from', `sqlite:${from}`, '--to', `sqlite:${join(dir, to)}`, '--quiet', ...extra], {
    cwd: dir,
  });

describe('scrub --plan-out / --plan / --strict', () => {
  const base = source('base.db', 'id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, dob TEXT');

  it('--plan-out writes every table and column with kind, action, domain and reason, and nothing else', () => {
    const r = scrub(base, 'never.db', '--plan-out', 'plan.yaml');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(Object.keys(plan.tables).sort()).toEqual(['patients', 'visits']);
    expect(plan.tables.patients.columns.id).toMatchObject({
      type: 'INTEGER',
      action: 'pseudonymise',
      domain: 'patients.id',
    });
    expect(plan.tables.visits.columns.patient_id).toMatchObject({ domain: 'patients.id' });
    expect(plan.tables.patients.columns.full_name).toMatchObject({
      kind: 'person-name',
      action: 'surrogate',
    });
    expect(plan.tables.visits.columns.note.action).toBe('scan');
    for (const n of NAMES) expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).not.toContain(n);
  });

  it("an edited plan's decisions win, and --strict passes when nothing drifted", () => {
    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    plan.tables.patients.columns.full_name.action = 'keep';
    writeFileSync(join(dir, 'edited.yaml'), stringify(plan));
    const r = scrub(base, 'kept.db', '--plan', 'edited.yaml', '--strict');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = new Database(join(dir, 'kept.db'), { readonly: true });
    const names = out.prepare('SELECT full_name FROM patients ORDER BY rowid').pluck().all();
    const orphans = out
      .prepare('SELECT COUNT(*) FROM visits v LEFT JOIN patients p ON p.id = v.patient_id WHERE p.id IS NULL')
      .pluck()
      .get();
    out.close();
    expect([...names].sort()).toEqual([...NAMES].sort());
    expect(orphans).toBe(0);
  });

  const drift: [string, string, RegExp, string?][] = [
    [
      'an added column',
      'id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, dob TEXT, ssn TEXT',
      /table "patients" column "ssn" is not in the plan/,
    ],
    [
      'a renamed column',
      'id INTEGER PRIMARY KEY, patient_name TEXT NOT NULL, dob TEXT',
      /table "patients" column "patient_name" is not in the plan/,
      'patient_name',
    ],
    [
      'a changed type',
      'id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, dob DATE',
      /table "patients" column "dob" changed type \(plan: TEXT, source: DATE\)/,
    ],
  ];
  for (const [what, ddl, message, nameColumn] of drift) {
    it(`--strict stops on ${what}: exit 1, table and column named, nothing written`, () => {
      const changed = source(`${what.replace(/\W+/g, '-')}.db`, ddl, nameColumn);
      const r = scrub(changed, `${what.replace(/\W+/g, '-')}-out.db`, '--plan', 'plan.yaml', '--strict');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^placebo: E_DRIFT/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      for (const n of NAMES) expect(r.stderr).not.toContain(n);
      expect(existsSync(join(dir, `${what.replace(/\W+/g, '-')}-out.db`))).toBe(false);
      // Without --strict the same plan still applies (new columns are classified as usual).
      expect(scrub(changed, `${what.replace(/\W+/g, '-')}-lax.db`, '--plan', 'plan.yaml').code).toBe(0);
    });
  }

  it('--strict without --plan is a usage error', () => {
    expect(scrub(base, 'x.db', '--strict').code).toBe(2);
  });
});
