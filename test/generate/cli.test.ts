/**
 * The generate command end to end, as users run it: README commands, committed samples,
 * ground truth, and no partial output on failure.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const TABLES = ['allergies', 'conditions', 'encounters', 'medications', 'notes', 'observations', 'patients'];
const SAMPLES = join(ROOT, 'samples/generated');
/** How the committed samples were made (regenerate: PLACEBO_UPDATE_SAMPLES=1). */
const SAMPLE_ARGS = ['--count', '20', '--seed', 'sample', '--quiet'];

describe('placebo generate (CLI)', () => {
  it('README: `placebo generate` with no arguments writes ./out/<table>.csv for 100 patients', async () => {
    const cwd = tempDir();
    const r = await cli(['generate'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^placebo: wrote \d+ rows in 7 tables to out \(/);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(TABLES.map((t) => `${t}.csv`));
    const patients = readFileSync(join(cwd, 'out/patients.csv'), 'utf8').trimEnd().split('\n');
    expect(patients).toHaveLength(101);
    expect(patients[0]).toBe(
      'id,mrn,given_name,middle_name,family_name,sex,birth_date,deceased_date,ssn,medicare_mbi,member_id,account_number,phone_home,phone_mobile,fax,email,street,city,county,state,zip,drivers_license,emergency_contact_name,emergency_contact_relationship,emergency_contact_phone,employer,portal_url,portal_username,last_login_ip,device_udi,device_serial,vehicle_vin',
    );
  });

  it('README: --format ndjson --seed 7 --out data/ and --schema … --format sql --dialect postgres --out seed/', async () => {
    const cwd = tempDir();
    const a = await cli(
      ['generate', '--count', '30', '--format', 'ndjson', '--seed', '7', '--out', 'data/'],
      cwd,
    );
    expect(a.code).toBe(0);
    expect(readdirSync(join(cwd, 'data')).sort()).toEqual(TABLES.map((t) => `${t}.ndjson`));
    const schema = join(ROOT, 'schemas/patients.yaml');
    const b = await cli(
      [
        'generate',
        '--count',
        '30',
        '--schema',
        schema,
        '--format',
        'sql',
        '--dialect',
        'postgres',
        '--out',
        'seed/',
      ],
      cwd,
    );
    expect(b.code).toBe(0);
    expect(readFileSync(join(cwd, 'seed/patients.sql'), 'utf8')).toMatch(/^CREATE TABLE "patients" \(/);
  });

  it('samples/generated is what the generator makes (csv and ndjson, 20 patients)', async () => {
    const tmp = tempDir();
    for (const format of ['csv', 'ndjson']) {
      const out = join(tmp, format);
      const r = await cli(['generate', ...SAMPLE_ARGS, '--format', format, '--out', out]);
      expect(r.code).toBe(0);
      const committed = join(SAMPLES, format);
      if (process.env.PLACEBO_UPDATE_SAMPLES === '1') {
        mkdirSync(committed, { recursive: true });
        for (const f of readdirSync(out)) writeFileSync(join(committed, f), readFileSync(join(out, f)));
      }
      expect(readdirSync(committed).sort()).toEqual(TABLES.map((t) => `${t}.${format}`));
      for (const f of readdirSync(out))
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(committed, f), 'utf8'));
    }
  });

  it('--truth writes NDJSON spans that point into the note text', async () => {
    const tmp = tempDir();
    const r = await cli([
      'generate',
      '--count',
      '25',
      '--format',
      'ndjson',
      '--quiet',
      '--out',
      join(tmp, 'o'),
      '--truth',
      join(tmp, 'truth.ndjson'),
    ]);
    expect(r.code).toBe(0);
    const notes = new Map(
      readFileSync(join(tmp, 'o/notes.ndjson'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((n) => [n.id, n.text]),
    );
    const truth = readFileSync(join(tmp, 'truth.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as {
            table: string;
            id: string;
            column: string;
            start: number;
            end: number;
            kind: string;
          },
      );
    expect(notes.size).toBeGreaterThan(0);
    expect(truth.length).toBeGreaterThan(notes.size);
    for (const t of truth) {
      expect(t.table).toBe('notes');
      expect(t.column).toBe('text');
      const text = notes.get(t.id)!;
      expect(text).toBeDefined();
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(typeof t.kind).toBe('string');
    }
  });

  it('a failure mid-run leaves no files behind, and exits 2', async () => {
    const tmp = tempDir();
    const schema = join(tmp, 'dup.yaml');
    writeFileSync(
      schema,
      'version: 1\ntables:\n  t:\n    count: 500\n    columns:\n      id: { sequence: true }\n      x: { choice: [a, b, c, d], unique: true }\n',
    );
    const out = join(tmp, 'out');
    const truth = join(tmp, 'truth.ndjson');
    const r = await cli(
      ['generate', '--schema', 'dup.yaml', '--out', 'out', '--truth', 'truth.ndjson', '--workers', '2'],
      tmp,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "placebo: E_SCHEMA at dup.yaml, tables.t.columns.x: a unique column repeats a value (the generator's value space is too small for this count; drop unique or use a sequence)\n",
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(existsSync(truth)).toBe(false);
  });

  it('usage errors exit 2: unknown table, bad count, bad format', async () => {
    const bad = await cli(['generate', '--table', 'patient', '--out', tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown table "patient" \(did you mean "patients"\?\)/);
    expect((await cli(['generate', '--count', '-3'])).code).toBe(2);
    expect((await cli(['generate', '--format', 'xml'])).code).toBe(2);
  });
});
