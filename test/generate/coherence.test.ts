/**
 * Clinical coherence on generated output (default schema): every dated child row falls within
 * the patient's life and before the reference date, and every foreign key joins within the
 * same patient.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordLists } from '../../src/catalogue/word-lists.js';
import { loadBuildChart } from '../../src/generate/chart-source.js';
import { RowEngine } from '../../src/generate/engine.js';
import { compilePlan } from '../../src/generate/plan.js';
import { parseGeneratorSchema } from '../../src/schema/generator-load.js';
import type { CellValue } from '../../src/table/types.js';
import { ROOT } from './helpers.js';

const FILE = 'schemas/patients.yaml';
const buildChart = await loadBuildChart();
const plan = compilePlan(parseGeneratorSchema(readFileSync(join(ROOT, FILE), 'utf8'), FILE), {
  seed: 'coherence',
  style: 'obvious',
  ...(buildChart ? { buildChart } : {}),
});
const out = new RowEngine(plan).block(0, 400);
type Obj = Record<string, CellValue>;
const table = (name: string): Obj[] => {
  const t = plan.tables.find((x) => x.name === name)!;
  return out.rows[t.position]!.map((r) =>
    Object.fromEntries(t.columns.map((c, i) => [c.name, r[i] ?? null])),
  );
};
const patients = new Map(table('patients').map((p) => [p.id, p]));
const REF = plan.refDate;

/** Dated columns of each child table. */
const DATED: Record<string, string[]> = {
  encounters: ['start_time', 'end_time'],
  conditions: ['onset_date', 'abatement_date'],
  medications: ['start_date', 'end_date'],
  observations: ['effective_time'],
  allergies: ['recorded_date'],
  notes: ['note_date'],
};

describe('generated charts are coherent', () => {
  it('has the clinical model and makes rows for every child table', () => {
    expect(buildChart).toBeDefined();
    for (const t of ['encounters', 'conditions', 'medications', 'observations'])
      expect(table(t).length).toBeGreaterThan(400);
    expect(table('allergies').length).toBeGreaterThan(10);
  });

  it('no child date before birth, after death or after the reference date', () => {
    for (const [name, cols] of Object.entries(DATED)) {
      for (const row of table(name)) {
        const p = patients.get(row.patient_id)!;
        expect(p).toBeDefined();
        const birth = p.birth_date as string;
        const death = (p.deceased_date as string | null) ?? REF;
        const last = [death, REF].sort()[0]!;
        for (const c of cols) {
          const v = row[c] as string | null;
          if (v === null) continue;
          const day = v.slice(0, 10);
          expect(day >= birth, `${name}.${c} before birth`).toBe(true);
          expect(day <= last, `${name}.${c} after death or reference date`).toBe(true);
        }
      }
    }
    for (const e of table('encounters'))
      expect((e.end_time as string) >= (e.start_time as string)).toBe(true);
    for (const m of table('medications'))
      if (m.end_date !== null) expect((m.end_date as string) >= (m.start_date as string)).toBe(true);
  });

  it('foreign keys join, within the same patient', () => {
    const byId = (name: string) => new Map(table(name).map((r) => [r.id, r]));
    const enc = byId('encounters');
    const cond = byId('conditions');
    for (const name of ['conditions', 'medications', 'observations', 'notes']) {
      for (const row of table(name)) {
        const e = enc.get(row.encounter_id);
        expect(e, `${name}.encounter_id joins`).toBeDefined();
        expect(e!.patient_id).toBe(row.patient_id);
      }
    }
    for (const m of table('medications')) {
      const c = cond.get(m.condition_id)!;
      expect(c).toBeDefined();
      expect(c.patient_id).toBe(m.patient_id);
    }
    for (const name of Object.keys(DATED)) {
      const ids = table(name).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('codes look like their systems: ICD-10-CM, RxNorm, LOINC with UCUM units', () => {
    for (const c of table('conditions')) expect(c.icd10_code).toMatch(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
    for (const m of table('medications')) expect(m.rxnorm_code).toMatch(/^\d{4,8}$/);
    for (const o of table('observations')) {
      expect(o.loinc_code).toMatch(/^\d{1,6}-\d$/);
      expect(typeof o.value).toBe('number');
      expect(String(o.unit)).not.toBe('');
    }
  });
});

describe('names follow the recorded sex', () => {
  it('female patients get names from the female list, male from the male list', () => {
    const lists = wordLists();
    const female = new Set(lists.givenFemale);
    const male = new Set(lists.givenMale);
    let checked = 0;
    for (const p of patients.values()) {
      const own = p.sex === 'female' ? female : male;
      const other = p.sex === 'female' ? male : female;
      const name = String(p.given_name);
      expect(own.has(name) || !other.has(name), `${p.sex} patient ${String(p.id)}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(400);
  });
});
