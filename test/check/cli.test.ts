/**
 * check through the real CLI in child processes: exit codes 0/1/2, stdin, every output format,
 * recall on CSV and NDJSON exports, and no planted value anywhere in stdout or stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, placebo } from './cli.js';
import { coverage } from './coverage.js';
import { buildExport, type Export, toCsv, toNdjson } from './production-export.js';

const ROWS = 250;
let dir: string;
let csv: Export;
let ndjson: Export;

const FAKE_CSV = [
  'ssn,phone,email',
  '666-12-3456,(202) 555-0142,daffy@example.com',
  '666-40-0001,(617) 555-0199,x@example.org',
  '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-check-cli-'));
  csv = buildExport(ROWS, 'cli-csv', (i) => i + 2);
  ndjson = buildExport(ROWS, 'cli-ndjson', (i) => i + 1);
  writeFileSync(join(dir, 'export.csv'), toCsv(csv));
  writeFileSync(join(dir, 'export.ndjson'), toNdjson(ndjson));
  writeFileSync(join(dir, 'fake.csv'), FAKE_CSV);
  // A broken row holding an issuable SSN: the error must name the place, never the value.
  writeFileSync(join(dir, 'broken.csv'), 'id,ssn,note\n1,287-65-4411,"unterminated\n');
  writeFileSync(join(dir, 'bad-profile.yaml'), 'check:\n  kinds: 12\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('exit codes', () => {
  it('0 when every identifier is provably fake', async () => {
    const r = await placebo(['check', 'fake.csv'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('OK, every identifier value is provably fake');
  });

  it('1 on findings', async () => {
    const r = await placebo(['check', 'export.csv', '--quiet'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not provably fake');
  });

  it('reads stdin with -', async () => {
    expect((await placebo(['check', '-', '--input-format', 'csv'], dir, FAKE_CSV)).code).toBe(0);
    expect((await placebo(['check', '-', '--input-format', 'csv'], dir, toCsv(csv))).code).toBe(1);
  });

  it.each([
    ['missing file', ['check', 'nope.csv']],
    ['unknown output format', ['check', 'fake.csv', '--format', 'xml']],
    ['no input', ['check']],
    ['malformed CSV', ['check', 'broken.csv']],
    ['invalid profile', ['check', 'fake.csv', '--profile', 'bad-profile.yaml']],
    ['unknown profile file', ['check', 'fake.csv', '--profile', 'missing.yaml']],
  ])('2 on %s, with one line on stderr and no value', async (_name, args) => {
    const r = await placebo(args, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('placebo:')),
    ).toHaveLength(1);
    expect(r.stderr).not.toContain('287-65-4411');
    expect(r.stderr).not.toContain('4411');
  });
});

const FORMATS = ['text', 'json', 'github'] as const;
const FILES = ['export.csv', 'export.ndjson'] as const;
/** One run per (file, format), started together. */
const runs = new Map<string, Promise<CliResult>>();
function report(file: string, format: string): Promise<CliResult> {
  const key = `${file} ${format}`;
  let r = runs.get(key);
  if (!r) {
    r = placebo(['check', file, '--reporter', format, '--max-per-field', '1000000'], dir);
    runs.set(key, r);
  }
  return r;
}

/** A FHIR Bundle: telecom mixes phones and e-mails; one phone is on an ordinary line. */
function bundle(secondPhone: string): string {
  const patient = (id: string, family: string, given: string, telecom: object[]) => ({
    resource: {
      resourceType: 'Patient',
      id,
      identifier: [{ system: 'http://hospital.example.org/mrn', value: `TEST00${id}` }],
      name: [{ family, given: [given] }],
      telecom,
      birthDate: '1980-04-02',
      address: [{ line: ['12 Pond Rd'], city: 'Springfield', state: 'MA', postalCode: '00042' }],
    },
  });
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      patient('41', 'ZZTEST-Duck', 'Daffy', [
        { system: 'phone', value: '(202) 555-0142' },
        { system: 'email', value: 'daffy@example.com' },
      ]),
      patient('42', 'ZZTEST-Bunny', 'Bugs', [
        { system: 'email', value: 'bugs@example.org' },
        { system: 'phone', value: secondPhone },
      ]),
    ],
  });
}

describe('FHIR Bundle', () => {
  it('points at the one real phone by its JSON path', async () => {
    writeFileSync(join(dir, 'bundle-real.json'), bundle('(617) 432-9871'));
    writeFileSync(join(dir, 'bundle-fake.json'), bundle('(617) 555-0199'));
    expect((await placebo(['check', 'bundle-fake.json'], dir)).code).toBe(0);
    const r = await placebo(['check', 'bundle-real.json', '--reporter', 'json'], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      field: 'Patient.telecom[].value',
      at: 'entry[1].resource.telecom[1].value',
      kind: 'phone',
      category: 4,
    });
    expect(r.stdout).not.toContain('432-9871');
  });
});

describe('recall through the CLI', () => {
  it.each(FILES)('%s: findings cover at least 99 percent of planted values per category', async (file) => {
    for (const f of FILES) for (const format of FORMATS) void report(f, format);
    const r = await report(file, 'json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.schema).toBe('placebo-check/1');
    expect(parsed.ok).toBe(false);
    const planted = (file === 'export.csv' ? csv : ndjson).planted;
    for (const [cat, c] of coverage(parsed, planted)) {
      expect(
        c.hit / c.total,
        `category ${cat}: ${c.total - c.hit} of ${c.total} missed`,
      ).toBeGreaterThanOrEqual(0.99);
    }
  });
});

/** Every planted value and the fragments a masked echo would show. */
function secrets(e: Export): string[] {
  const col = (name: string) => e.header.indexOf(name);
  const out = new Set<string>();
  for (const row of e.rows) {
    const get = (name: string) => row[col(name)] ?? '';
    const ssn = get('SSN');
    out.add(ssn).add(ssn.slice(0, 6)).add(ssn.slice(3));
    const phone = get('home_phone');
    out.add(phone).add(phone.slice(6));
    const email = get('email');
    out.add(email).add(email.split('@')[0] ?? email);
    out.add(get('MRN')).add(get('last_login_ip')).add(get('medicare_mbi')).add(get('address'));
    const name = get('patient_name');
    out.add(name);
    for (const part of name.split(' ')) out.add(part);
  }
  return [...out].filter((s) => s.length >= 4);
}

/** `value` as a token of its own (so SSN fragment "206-21" does not match offsets "chars 206-219"). */
function echoes(output: string, value: string): boolean {
  for (let i = output.indexOf(value); i >= 0; i = output.indexOf(value, i + 1)) {
    const before = output.charAt(i - 1);
    const after = output.charAt(i + value.length);
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
  }
  return false;
}

describe('no value in any output', () => {
  it.each(FORMATS)('format %s', async (format) => {
    for (const file of FILES) {
      const r = await report(file, format);
      expect(r.code).toBe(1);
      const all = r.stdout + r.stderr;
      const leaked = secrets(file === 'export.csv' ? csv : ndjson).filter((s) => echoes(all, s));
      expect(leaked.length, `${file} ${format} echoes ${leaked.length} planted values`).toBe(0);
      if (format === 'github') {
        const lines = r.stdout.trim().split('\n');
        expect(lines.every((l) => l.startsWith('::error ') || l.startsWith('::notice '))).toBe(true);
        expect(lines[0]).toMatch(new RegExp(`^::error file=${file},line=\\d+,title=placebo check::`));
      }
    }
  });
});
