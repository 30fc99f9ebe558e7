import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';
import { IDENTIFIER_COLUMNS, parseCsv, patientRows, toCsv } from './helpers/fixtures.js';

const ROWS = patientRows(60);
const ENCOUNTERS = ROWS.flatMap((r, i) => [
  { encounter_id: r.encounter_id!, mrn: r.mrn!, admit_date: `2024-0${1 + (i % 9)}-1${i % 10}`, ward: 'B' },
  { encounter_id: `ENC${9900000 + i}`, mrn: r.mrn!, admit_date: '2023-11-02', ward: 'C' },
]);

/** Every value of an identifier column, long enough not to occur by chance. */
const PHI: string[] = ROWS.flatMap((r) =>
  IDENTIFIER_COLUMNS.filter((c) => c !== 'city')
    .map((c) => r[c]!)
    .filter((v) => v.length >= 6),
);

function expectNoPhi(text: string, what: string): void {
  for (const v of PHI) expect(text.includes(v), `${what} leaks a value`).toBe(false);
}

function work(): string {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-scrub-cli-'));
  writeFileSync(join(dir, 'patients.csv'), toCsv(ROWS));
  writeFileSync(join(dir, 'encounters.csv'), toCsv(ENCOUNTERS));
  return dir;
}

describe('placebo scrub (CLI, Safe Harbor)', () => {
  let dir = '';
  let out: Record<string, string>[] = [];
  let enc: Record<string, string>[] = [];
  let stderr = '';
  beforeAll(() => {
    dir = work();
    const r = placebo(
      [
        'scrub',
        'patients.csv',
        'encounters.csv',
        '--out',
        'out',
        '--report',
        'report.json',
        '--spans',
        'spans.ndjson',
      ],
      { cwd: dir, env: { PLACEBO_SCRUB_SEED: 'cli-test' } },
    );
    expect(r.stderr).toContain('placebo scrub');
    expect(r.code).toBe(0);
    stderr = r.stderr;
    out = parseCsv(readFileSync(join(dir, 'out/patients.csv'), 'utf8'));
    enc = parseCsv(readFileSync(join(dir, 'out/encounters.csv'), 'utf8'));
  });

  it('writes each output under the same name with the same rows and header', () => {
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['encounters.csv', 'patients.csv']);
    expect(out).toHaveLength(ROWS.length);
    expect(Object.keys(out[0]!)).toEqual(Object.keys(ROWS[0]!));
    expect(enc).toHaveLength(ENCOUNTERS.length);
  });

  it('recall on structured identifier fields is 100%', () => {
    let total = 0;
    let caught = 0;
    ROWS.forEach((row, i) => {
      const scrubbed = Object.values(out[i]!).join('\u0000');
      for (const c of IDENTIFIER_COLUMNS) {
        total++;
        const v = row[c]!;
        // A city name may recur as another row's surrogate; compare the cell itself for those.
        const leaked = c === 'city' ? out[i]![c] === v : scrubbed.includes(v);
        if (!leaked) caught++;
      }
    });
    expect(caught / total).toBe(1);
  });

  it('keeps non-identifiers byte for byte', () => {
    ROWS.forEach((row, i) => {
      expect(out[i]!.systolic).toBe(row.systolic);
      expect(out[i]!.diagnosis).toBe(row.diagnosis);
      expect(out[i]!.state).toBe('MA');
    });
  });

  it('applies Safe Harbor dates, ages and ZIP3 (union list)', () => {
    ROWS.forEach((row, i) => {
      const o = out[i]!;
      const age = Number(row.age);
      if (age >= 90) {
        expect(o.age).toBe('90+');
        expect(o.dob).toBe('');
      } else {
        expect(o.age).toBe(row.age);
        expect(o.dob).toBe(row.dob!.slice(0, 4));
      }
      const want = ['036', '202', '893'].includes(row.zip!.slice(0, 3)) ? '000' : row.zip!.slice(0, 3);
      expect(o.zip).toBe(want);
    });
    expect(enc.every((e) => /^\d{4}$/.test(e.admit_date!))).toBe(true);
  });

  it('pseudonymises keys consistently across files: joins stay intact', () => {
    const mrnOf = new Map(ROWS.map((r, i) => [r.mrn!, out[i]!.mrn!]));
    ENCOUNTERS.forEach((e, i) => {
      expect(enc[i]!.mrn).toBe(mrnOf.get(e.mrn));
    });
    expect(new Set(out.map((o) => o.mrn)).size).toBe(ROWS.length);
    // The encounter number in patients.csv and in encounters.csv gets the same token.
    expect(enc[0]!.encounter_id).toBe(out[0]!.encounter_id);
    // And the MRN inside the note is the MRN column's token.
    out.forEach((o) => {
      expect(o.notes).toContain(o.mrn!);
    });
  });

  it('never writes a value to stderr, the report or the spans file', () => {
    expectNoPhi(stderr, 'stderr');
    expectNoPhi(readFileSync(join(dir, 'report.json'), 'utf8'), 'report');
    expectNoPhi(readFileSync(join(dir, 'spans.ndjson'), 'utf8'), 'spans');
  });

  it('reports per field, totals, hashes, kept items and the ZIP3 list', () => {
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.tool).toMatchObject({ name: 'placebo', command: 'scrub' });
    expect(report.zip3.list).toBe('union');
    expect(report.files).toHaveLength(2);
    const p = report.files.find((f: { input: string }) => f.input === 'patients.csv');
    expect(p.records).toEqual({ in: 60, out: 60 });
    expect(p.sha256.input).toMatch(/^[0-9a-f]{64}$/);
    expect(p.sha256.output).toMatch(/^[0-9a-f]{64}$/);
    const field = (path: string) => p.fields.find((f: { path: string }) => f.path === path);
    expect(field('dob')).toMatchObject({ kind: 'birth-date', category: 3, action: 'generalise' });
    expect(field('guarantor_name')).toMatchObject({ category: 1 });
    expect(field('emergency_contact_phone')).toMatchObject({ kind: 'phone' });
    expect(field('encounter_id')).toMatchObject({ category: 18, action: 'pseudonymise' });
    expect(field('notes')).toMatchObject({ freeText: true });
    expect(field('notes').counts.spans).toBeGreaterThanOrEqual(60 * 3);
    expect(report.totals.categories['1'].values).toBeGreaterThan(0);
    const kept = report.kept.map((k: { path: string }) => k.path);
    expect(kept).toEqual(expect.arrayContaining(['notes', 'dob', 'zip', 'state']));
  });

  it('writes spans with offsets into the original text', () => {
    const lines = readFileSync(join(dir, 'spans.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const first = lines.find((l) => l.record === 0 && l.kind === 'phone');
    expect(first).toMatchObject({ file: 'patients.csv', field: 'notes', category: 4 });
    expect(ROWS[0]!.notes!.slice(first.start, first.end)).toBe(ROWS[0]!.phone);
  });
});

describe('placebo scrub (CLI, options and errors)', () => {
  it('gives identical output inline (0) and with 1 and 2 worker threads', () => {
    const dir = work();
    const env = { PLACEBO_SCRUB_SEED: 'workers' };
    for (const n of ['0', '1', '2']) {
      const args = ['scrub', 'patients.csv', '--out', `w${n}`, '--workers', n, '--quiet'];
      expect(placebo(args, { cwd: dir, env }).code).toBe(0);
    }
    const inline = readFileSync(join(dir, 'w0/patients.csv'), 'utf8');
    expect(inline).not.toBe(readFileSync(join(dir, 'patients.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'w1/patients.csv'), 'utf8')).toBe(inline);
    expect(readFileSync(join(dir, 'w2/patients.csv'), 'utf8')).toBe(inline);
  });

  it('reads stdin and writes stdout with -', () => {
    const dir = work();
    const r = placebo(['scrub', '-', '--format', 'csv', '--quiet'], {
      cwd: dir,
      input: toCsv(ROWS.slice(0, 5)),
    });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(5);
    expectNoPhi(r.stdout, 'stdout');
  });

  it('keeps the vault across runs, encrypted, and refuses a wrong key', () => {
    const dir = work();
    const key = randomBytes(32).toString('hex');
    const run = (out: string, k: string) =>
      placebo(['scrub', 'patients.csv', '--out', out, '--vault', 'v.db', '--quiet'], {
        cwd: dir,
        env: { PLACEBO_VAULT_KEY: k },
      });
    expect(run('a', key).code).toBe(0);
    expect(run('b', key).code).toBe(0);
    const a = parseCsv(readFileSync(join(dir, 'a/patients.csv'), 'utf8'));
    const b = parseCsv(readFileSync(join(dir, 'b/patients.csv'), 'utf8'));
    expect(b.map((r) => r.mrn)).toEqual(a.map((r) => r.mrn));
    expect(b.map((r) => r.encounter_id)).toEqual(a.map((r) => r.encounter_id));
    const vault = readFileSync(join(dir, 'v.db'));
    for (const r of ROWS) expect(vault.includes(Buffer.from(r.mrn!))).toBe(false);
    for (const r of a) expect(vault.includes(Buffer.from(r.mrn!))).toBe(false);
    expect(vault.includes(Buffer.from(key))).toBe(false);

    const wrong = run('c', randomBytes(32).toString('hex'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/E_VAULT/);
    expect(existsSync(join(dir, 'c/patients.csv'))).toBe(false);

    const keyFile = join(dir, 'key.txt');
    writeFileSync(keyFile, key);
    const viaFile = placebo(
      ['scrub', 'patients.csv', '--out', 'd', '--vault', 'v.db', '--key-file', 'key.txt', '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(viaFile.code).toBe(0);
    expect(parseCsv(readFileSync(join(dir, 'd/patients.csv'), 'utf8')).map((r) => r.mrn)).toEqual(
      a.map((r) => r.mrn),
    );
    const noKey = placebo(['scrub', 'patients.csv', '--out', 'e', '--vault', 'v.db', '--quiet'], {
      cwd: dir,
    });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/E_VAULT/);
  });

  it('fails on a malformed input with one line, no value, and no output left behind', () => {
    const dir = work();
    const good = toCsv(ROWS.slice(0, 20));
    writeFileSync(join(dir, 'broken.csv'), `${good}"${ROWS[20]!.patient_name},${ROWS[20]!.ssn}\n`);
    const r = placebo(['scrub', 'broken.csv', '--out', 'out', '--report', 'r.json', '--spans', 's.ndjson'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^placebo: E_/);
    expectNoPhi(r.stderr, 'stderr');
    expect(existsSync(join(dir, 'out/broken.csv'))).toBe(false);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(existsSync(join(dir, 's.ndjson'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it.each([
    [['scrub', 'patients.csv'], /--out/],
    [['scrub', 'patients.csv', '--out', 'o', '--profile', 'nope.yaml'], /E_PROFILE/],
    [['scrub', 'missing.csv', '--out', 'o'], /E_INPUT/],
    [['scrub', 'patients.csv', '--out', 'o', '--workers', '-1'], /E_USAGE/],
    [['scrub', 'patients.csv', '--out', 'o', '--workers', '1.5'], /E_USAGE/],
    [['scrub', 'patients.csv', '--out', '.'], /overwrite/],
  ])('exits 2 with one line for %j', (args, re) => {
    const dir = work();
    const r = placebo(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a bad profile with file, path and hint', () => {
    const dir = work();
    writeFileSync(join(dir, 'p.yaml'), 'actions:\n  "4": obliterate\n');
    const r = placebo(['scrub', 'patients.csv', '--out', 'o', '--profile', 'p.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_PROFILE at p\.yaml, actions\.4: .*\(/);
  });

  it('honours a profile: census2000 ZIP3 list, explicit mappings and the Limited Data Set base', () => {
    const dir = work();
    writeFileSync(
      join(dir, 'p.yaml'),
      'zip3: { list: census2000 }\nfields:\n  diagnosis: keep\n  systolic: mrn\n',
    );
    const r = placebo(
      ['scrub', 'patients.csv', '--out', 'o', '--profile', 'p.yaml', '--report', 'r.json', '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const o = parseCsv(readFileSync(join(dir, 'o/patients.csv'), 'utf8'));
    ROWS.forEach((row, i) => {
      // 202 is restricted only on the 2020 list.
      if (row.zip === '20201') expect(o[i]!.zip).toBe('202');
      if (row.zip === '03601') expect(o[i]!.zip).toBe('000');
      expect(o[i]!.systolic).not.toBe(row.systolic);
    });
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.zip3.list).toBe('census2000');
    const sys = report.files[0].fields.find((f: { path: string }) => f.path === 'systolic');
    expect(sys).toMatchObject({ kind: 'mrn', detectedBy: 'profile' });

    const lds = placebo(['scrub', 'patients.csv', '--out', 'l', '--profile', 'limited-data-set', '--quiet'], {
      cwd: dir,
    });
    expect(lds.code).toBe(0);
    const l = parseCsv(readFileSync(join(dir, 'l/patients.csv'), 'utf8'));
    ROWS.forEach((row, i) => {
      expect(l[i]!.dob).toBe(row.dob);
      expect(l[i]!.zip).toBe(row.zip);
      expect(l[i]!.age).toBe(row.age);
      expect(l[i]!.ssn).not.toBe(row.ssn);
      expect(l[i]!.patient_name).not.toBe(row.patient_name);
    });
  });
});

describe('placebo scrub: years that reveal an age over 89', () => {
  it('a birth year or date 90+ years back loses its year in free text; recent years stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'placebo-scrub-years-'));
    writeFileSync(
      join(dir, 'note.txt'),
      'Mrs. Quillfeather, born 1931 (DOB 4/1/1931), was seen 3/14/2024; her son was born in 1962.\n',
    );
    const r = placebo(['scrub', 'note.txt', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'out/note.txt'), 'utf8');
    expect(text).not.toContain('1931');
    expect(text).toContain('born [DATE] (DOB [DATE])');
    expect(text).toContain('seen 2024');
    expect(text).toContain('born in 1962');
  });
});
