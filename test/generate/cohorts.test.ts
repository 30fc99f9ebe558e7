/**
 * Cohorts end to end: schemas/cohorts.yaml (type 2 diabetes since before 2005, pregnant women
 * 18–40, patients over 90) through the real CLI writing CSV. Counts are exact, every member's
 * chart is checked against its definition and the coherence rules, and membership holds across
 * runs, shards and workers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { clinicalData } from '../../src/generate/clinical/data.js';
import { cli, ROOT, tempDir } from './helpers.js';

const SCHEMA = join(ROOT, 'schemas/cohorts.yaml');
const REF = '2026-01-01';
const COUNT = 400;
type Row = Record<string, string>;

const read = (dir: string, table: string): Row[] =>
  parse(readFileSync(join(dir, `${table}.csv`), 'utf8'), { columns: true }) as Row[];

function ageAt(birth: string, at: string): number {
  let years = Number(at.slice(0, 4)) - Number(birth.slice(0, 4));
  if (at.slice(5, 10) < birth.slice(5, 10)) years--;
  return years;
}

/** ISO date `months` before the reference date (what `ref-8m` means in the schema). */
function monthsBeforeRef(months: number): string {
  const d = new Date(`${REF}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

const run = async (args: string[]): Promise<string> => {
  const out = tempDir('placebo-cohorts-');
  const r = await cli(['generate', '--schema', SCHEMA, '--out', out, '--quiet', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
};

const dir = await run(['--count', String(COUNT), '--seed', 'cohort-test', '--workers', '1']);
const byPatient = (table: string): Map<string, Row[]> => {
  const m = new Map<string, Row[]>();
  for (const r of read(dir, table)) m.set(r.patient_id!, [...(m.get(r.patient_id!) ?? []), r]);
  return m;
};
const patients = read(dir, 'patients');
const members = patients.filter((p) => p.cohort !== '');
const encounters = byPatient('encounters');
const conditions = byPatient('conditions');
const medications = byPatient('medications');
const observations = byPatient('observations');
const notes = byPatient('notes');
const data = clinicalData();
const loincOf = (labId: string): string => data.labs.get(labId)!.loinc;

describe('cohorts through the CLI (CSV)', () => {
  it('writes each patient’s cohort, with exact counts (count, and share rounded down)', () => {
    expect(patients).toHaveLength(COUNT);
    const counts: Record<string, number> = {};
    for (const p of patients) counts[p.cohort!] = (counts[p.cohort!] ?? 0) + 1;
    expect(counts).toEqual({
      't2d-before-2005': 40,
      'pregnant-18-40': COUNT / 10,
      'over-90': 25,
      '': COUNT - 40 - COUNT / 10 - 25,
    });
  });

  it('every member fits its definition', () => {
    for (const p of members) {
      const conds = conditions.get(p.id!) ?? [];
      expect(p.deceased_date, `${p.id} is alive`).toBe('');
      const age = ageAt(p.birth_date!, REF);
      if (p.cohort === 't2d-before-2005') {
        const dm = conds.filter((c) => c.icd10_code === 'E11.9');
        expect(dm, `${p.id} has type 2 diabetes once`).toHaveLength(1);
        expect(dm[0]!.onset_date! < '2005-01-01').toBe(true);
      } else if (p.cohort === 'pregnant-18-40') {
        expect(p.sex).toBe('female');
        expect(age).toBeGreaterThanOrEqual(18);
        expect(age).toBeLessThanOrEqual(40);
        const preg = conds.filter((c) => c.icd10_code === 'Z34.90' && c.onset_date! > monthsBeforeRef(8));
        expect(preg, `${p.id} is pregnant now`).toHaveLength(1);
        expect(preg[0]!.abatement_date).toBe('');
      } else {
        expect(p.cohort).toBe('over-90');
        expect(age).toBeGreaterThanOrEqual(91);
      }
    }
  });

  it('no event of a member’s chart falls outside the patient’s life', () => {
    const dated: [Map<string, Row[]>, string[]][] = [
      [encounters, ['start_time', 'end_time']],
      [conditions, ['onset_date', 'abatement_date']],
      [medications, ['start_date', 'end_date']],
      [observations, ['effective_time']],
      [notes, ['note_date']],
    ];
    let checked = 0;
    for (const p of members) {
      const last = [p.deceased_date || REF, REF].sort()[0]!;
      for (const [rows, cols] of dated)
        for (const row of rows.get(p.id!) ?? [])
          for (const c of cols) {
            const day = row[c]!.slice(0, 10);
            if (day === '') continue;
            checked++;
            expect(day >= p.birth_date!, `${p.id}: ${c} before birth`).toBe(true);
            expect(day <= last, `${p.id}: ${c} after death or the reference date`).toBe(true);
          }
    }
    expect(checked).toBeGreaterThan(members.length * 20);
  });

  it('diagnoses come before their medications', () => {
    let meds = 0;
    for (const p of members) {
      const conds = new Map((conditions.get(p.id!) ?? []).map((c) => [c.id, c]));
      const encs = new Map((encounters.get(p.id!) ?? []).map((e) => [e.id, e]));
      for (const m of medications.get(p.id!) ?? []) {
        const c = conds.get(m.condition_id!)!;
        expect(c, `${m.id} treats a condition of the same patient`).toBeDefined();
        const diagnosed = encs.get(c.encounter_id!)!.start_time!.slice(0, 10);
        expect(c.onset_date! <= diagnosed).toBe(true);
        expect(diagnosed <= m.start_date!, `${m.id} starts after its diagnosis`).toBe(true);
        meds++;
      }
    }
    // Most diabetic members are treated (metformin), so the rule is exercised.
    expect(meds).toBeGreaterThan(30);
  });

  it('labs follow the condition: HbA1c in the diabetic range after the diagnosis, a CBC in pregnancy', () => {
    const hba1c = loincOf('hba1c');
    const cbc = new Set(data.panels.get('cbc')!.map(loincOf));
    for (const p of members) {
      if (p.cohort === 'over-90') continue;
      const code = p.cohort === 't2d-before-2005' ? 'E11.9' : 'Z34.90';
      const cond = (conditions.get(p.id!) ?? []).find((c) => c.icd10_code === code)!;
      const encs = encounters.get(p.id!) ?? [];
      const diagnosed = encs.find((e) => e.id === cond.encounter_id)!.start_time!;
      const labs = (observations.get(p.id!) ?? []).filter((o) => o.effective_time! >= diagnosed);
      if (code === 'E11.9') {
        const a1c = labs.filter((o) => o.loinc_code === hba1c);
        expect(a1c.length, `${p.id} has an HbA1c after the diagnosis`).toBeGreaterThan(0);
        for (const o of a1c) expect(Number(o.value), `${p.id} HbA1c`).toBeGreaterThanOrEqual(6.5);
      } else {
        expect(
          labs.some((o) => cbc.has(o.loinc_code!)),
          `${p.id} has a CBC in pregnancy`,
        ).toBe(true);
      }
    }
  });

  it('the rest of the population is drawn as without cohorts', async () => {
    // The same schema without its cohorts: every non-member row is byte for byte the same.
    const text = readFileSync(SCHEMA, 'utf8');
    const plain = join(tempDir(), 'plain.yaml');
    writeFileSync(plain, text.replace(/\ncohorts:\n(?: {2}.*\n|\s*\n)*/, '\n'));
    const out = tempDir();
    const r = await cli([
      'generate',
      '--schema',
      plain,
      '--out',
      out,
      '--quiet',
      '--count',
      String(COUNT),
      '--seed',
      'cohort-test',
    ]);
    expect(r.code).toBe(0);
    const before = new Map(read(out, 'patients').map((p) => [p.id, p]));
    const outsiders = patients.filter((p) => p.cohort === '');
    for (const p of outsiders) {
      const { cohort, ...rest } = p;
      expect(rest).toEqual(before.get(p.id));
    }
    const obs = read(out, 'observations');
    const ids = new Set(outsiders.map((p) => p.id));
    expect(obs.filter((o) => ids.has(o.patient_id))).toEqual(
      read(dir, 'observations').filter((o) => ids.has(o.patient_id)),
    );
  });
});

describe('cohorts: determinism, shards and workers', () => {
  const files = ['patients', 'conditions', 'observations'];
  const bytes = (d: string, t: string): string => readFileSync(join(d, `${t}.csv`), 'utf8');

  it('the same seed gives the same bytes; another seed other members', async () => {
    const again = await run(['--count', String(COUNT), '--seed', 'cohort-test', '--workers', '2']);
    for (const t of files) expect(bytes(again, t), t).toBe(bytes(dir, t));
    const other = await run(['--count', String(COUNT), '--seed', 'other']);
    const ids = (d: string) =>
      read(d, 'patients')
        .filter((p) => p.cohort !== '')
        .map((p) => p.id);
    expect(ids(other)).not.toEqual(ids(dir));
    expect(ids(other)).toHaveLength(members.length);
  });

  it('--shard 1/3 … 3/3 concatenated equal the whole run, members included', async () => {
    const parts = [];
    for (const k of [1, 2, 3])
      parts.push(await run(['--count', String(COUNT), '--seed', 'cohort-test', '--shard', `${k}/3`]));
    for (const t of files) expect(parts.map((d) => bytes(d, t)).join(''), t).toBe(bytes(dir, t));
  });
});

describe('cohorts: errors before any work', () => {
  it('cohorts asking for more patients than --count: exit 2, one line naming the cohort, nothing written', async () => {
    const out = join(tempDir(), 'out');
    const r = await cli(['generate', '--schema', SCHEMA, '--out', out, '--count', '60']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    // 40 + ⌊0.1 × 60⌋ = 46, and the 25 over 90 take it to 71.
    expect(lines[0]).toMatch(
      /E_USAGE at .*cohorts\.yaml:\d+, cohorts\.2: cohort "over-90" takes the cohorts to 71 patients, more than the 60 of --count/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('an impossible definition (age 20 with an onset before 1990): exit 2 naming the cohort and its line', async () => {
    const text = readFileSync(SCHEMA, 'utf8').replace(
      '  - name: over-90\n    count: 25\n    age: { min: 91 }\n',
      '  - name: young-onset\n    count: 5\n    age: { min: 20, max: 20 }\n' +
        '    conditions: [{ condition: type-2-diabetes, onset: { before: "1990-01-01" } }]\n',
    );
    const file = join(tempDir(), 'impossible.yaml');
    writeFileSync(file, text);
    const line = text.split('\n').indexOf('  - name: young-onset') + 1;
    const out = join(tempDir(), 'out');
    const r = await cli(['generate', '--schema', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      new RegExp(`E_SCHEMA at .*impossible\\.yaml:${line}, cohorts\\.2: cohort "young-onset" is impossible`),
    );
    expect(existsSync(out)).toBe(false);
  });

  it('generate then check exits 0 on the cohort schema', async () => {
    const r = await cli(['check', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
