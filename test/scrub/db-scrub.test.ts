/**
 * Staging refresh through the real CLI: a production-like SQLite database (invented, real-looking
 * values) → `placebo scrub --from --to` → keys still join, counts match, identifiers are gone,
 * `check` passes on staging, and the source is byte-for-byte unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';
import { patientRows } from './helpers/fixtures.js';

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('placebo scrub --from --to (SQLite)', () => {
  it('copies a production-like database into a de-identified staging database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'placebo-dbscrub-'));
    const src = join(dir, 'prod.db');
    const dst = join(dir, 'staging.db');
    const rows = patientRows(60, 'db-scrub');
    const db = new Database(src);
    db.exec(`CREATE TABLE patients (mrn TEXT PRIMARY KEY, patient_name TEXT, ssn TEXT, phone TEXT, email TEXT, dob TEXT, zip TEXT);
             CREATE TABLE visits (id INTEGER PRIMARY KEY, mrn TEXT NOT NULL REFERENCES patients(mrn), admit_date TEXT, note TEXT);`);
    const addPatient = db.prepare('INSERT INTO patients VALUES (?, ?, ?, ?, ?, ?, ?)');
    const addVisit = db.prepare('INSERT INTO visits (mrn, admit_date, note) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (const r of rows) {
        addPatient.run(r.mrn, r.patient_name, r.ssn, r.phone, r.email, r.dob, r.zip);
        addVisit.run(r.mrn, r.dob, `Pt ${r.patient_name} called from ${r.phone} about results.`);
        addVisit.run(r.mrn, r.dob, 'Follow-up in clinic, BP 128/82, metformin 500 mg continued.');
      }
    })();
    db.close();
    const before = sha(src);

    const res = placebo(['scrub', '--from', `sqlite:${src}`, '--to', `sqlite:${dst}`, '--report', 'r.json'], {
      cwd: dir,
    });
    expect(res.stderr).not.toMatch(/E_/);
    expect(res.code).toBe(0);
    expect(sha(src)).toBe(before);

    const out = new Database(dst, { readonly: true });
    expect(out.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 60 });
    expect(out.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 120 });
    const orphans = out
      .prepare('SELECT count(*) AS n FROM visits v LEFT JOIN patients p ON p.mrn = v.mrn WHERE p.mrn IS NULL')
      .get();
    expect(orphans).toEqual({ n: 0 });
    const dump =
      JSON.stringify(out.prepare('SELECT * FROM patients').all()) +
      JSON.stringify(out.prepare('SELECT * FROM visits').all());
    out.close();
    for (const r of rows) {
      for (const col of ['mrn', 'ssn', 'phone', 'email'] as const) expect(dump).not.toContain(r[col]);
      expect(dump).not.toContain(r.patient_name!);
    }
    expect(dump).toContain('metformin 500 mg');

    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { files: { input: string }[] };
    expect(report.files.map((f) => f.input.split('#')[1]).sort()).toEqual(['patients', 'visits']);

    const check = placebo(['check', '--db', `sqlite:${dst}`, '--tables', 'patients,visits', '--quiet'], {
      cwd: dir,
    });
    expect(check.stdout + check.stderr).not.toContain(rows[0]!.ssn);
    expect(check.code).toBe(0);
    // The production copy, by contrast, fails check — without printing any of its values.
    const prod = placebo(['check', '--db', `sqlite:${src}`, '--tables', 'patients', '--quiet'], { cwd: dir });
    expect(prod.code).toBe(1);
    for (const col of ['ssn', 'phone', 'email'] as const)
      expect(prod.stdout + prod.stderr).not.toContain(rows[0]![col]);
  });

  it('refuses a copy onto the same database, without printing a password', () => {
    const dir = mkdtempSync(join(tmpdir(), 'placebo-dbscrub-'));
    const res = placebo(
      [
        'scrub',
        '--from',
        'postgres://u:s3cretpw@127.0.0.1/test',
        '--to',
        'postgres://u:s3cretpw@localhost/test',
      ],
      { cwd: dir },
    );
    expect(res.code).toBe(2);
    expect(res.stderr).not.toContain('s3cretpw');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });
});
