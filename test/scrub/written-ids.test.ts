/**
 * One identifier, one pseudonym: extracts of three invented systems write the same medical record
 * numbers differently (a label, zero padding, a dash, case). One scrub run gives each number one
 * pseudonym in every file and note, each output keeps its own occurrence's shape, check passes the
 * output, and a second run with the same vault writes the same values.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { kindById } from '../../src/catalogue/index.js';
import type { IdentifierKind } from '../../src/catalogue/types.js';
import { identityOf } from '../../src/catalogue/written-form.js';
import { placebo } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'placebo-written-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mrn = kindById('mrn') as IdentifierKind;

/** Two invented patients, numbers 4417 and 90213, as each system writes them. */
const EHR = [
  'mrn,family_name,note',
  'MRN-0004417,ZZTEST-Quill,"Seen today, MRN: 0004417, stable."',
  'MRN-0090213,ZZTEST-Tern,Seen today.',
].join('\n');
const LAB = [
  { mrn: '4417', result: '4.1' },
  { mrn: '00090213', result: '5.0' },
  { mrn: 'mrn 4-417', result: '3.3' },
];
const BILLING = ['MRN,amount', '4417,12.00', '"090-213",40.00', 'mrn-4417,7.50'].join('\n');

function setUp(): string {
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'ehr_patients.csv'), `${EHR}\n`);
  writeFileSync(join(src, 'lab_results.ndjson'), `${LAB.map((r) => JSON.stringify(r)).join('\n')}\n`);
  writeFileSync(join(src, 'billing.csv'), `${BILLING}\n`);
  return src;
}

interface Written {
  ehr: string[];
  note: string[];
  lab: string[];
  billing: string[];
}

function scrub(src: string, out: string, vault?: string): Written {
  const args = [
    'scrub',
    join(src, 'ehr_patients.csv'),
    join(src, 'lab_results.ndjson'),
    join(src, 'billing.csv'),
  ];
  const extra = vault ? ['--vault', vault] : [];
  const r = placebo([...args, '--out', out, '--quiet', ...extra], {
    cwd: dir,
    env: { PLACEBO_VAULT_KEY: 'b'.repeat(64) },
  });
  expect(r.code, r.stderr).toBe(0);
  const csv = (f: string) =>
    parse(readFileSync(join(out, f), 'utf8'), { columns: true }) as Record<string, string>[];
  const ehr = csv('ehr_patients.csv');
  const lab = readFileSync(join(out, 'lab_results.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { mrn: string }).mrn);
  return {
    ehr: ehr.map((r) => r.mrn as string),
    note: [String(ehr[0]?.note ?? '').match(/MRN: (\S+),/)?.[1] ?? ''],
    lab,
    billing: csv('billing.csv').map((r) => r.MRN as string),
  };
}

describe('the same number written differently in three systems', () => {
  it('gets one pseudonym, in each occurrence’s own shape', () => {
    const src = setUp();
    const got = scrub(src, join(dir, 'out'));
    const first = [
      got.ehr[0],
      got.note[0],
      got.lab[0],
      got.lab[2],
      got.billing[0],
      got.billing[2],
    ] as string[];
    const second = [got.ehr[1], got.lab[1], got.billing[1]] as string[];
    // One identity per patient, in every file and in the note; two patients stay two.
    expect(new Set(first.map((v) => identityOf(mrn, v))).size).toBe(1);
    expect(new Set(second.map((v) => identityOf(mrn, v))).size).toBe(1);
    expect(identityOf(mrn, first[0]!)).not.toBe(identityOf(mrn, second[0]!));
    // No original number is left, in any writing.
    for (const v of [...first, ...second]) {
      expect(['4417', '90213']).not.toContain(identityOf(mrn, v).replace(/^TEST/, ''));
      expect(mrn.isFake(v, { style: 'obvious' }).status).toBe('fake');
    }
    // Each keeps its writing: label, padding, separator, case.
    expect(got.ehr[0]).toMatch(/^MRN-TEST000\d+$/);
    expect(got.lab[1]).toMatch(/^TEST000\d+$/);
    expect(got.lab[2]).toMatch(/^mrn TEST\d+-\d{3}$/);
    expect(got.billing[1]).toMatch(/^TEST0\d+-\d{3}$/);
    expect(got.billing[2]).toMatch(/^mrn-TEST\d+$/);
    expect(got.lab[0]).toMatch(/^TEST\d+$/);

    const r = placebo(['check', join(dir, 'out'), '--quiet'], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
  }, 60_000);

  it('gets the same pseudonyms again with the same vault', () => {
    const src = setUp();
    const monday = scrub(src, join(dir, 'monday'), join(dir, 'ids.vault'));
    const tuesday = scrub(src, join(dir, 'tuesday'), join(dir, 'ids.vault'));
    expect(tuesday).toEqual(monday);
  }, 60_000);
});
