/**
 * The shipped clinical data: it loads, every cross-reference resolves (checked at load), and
 * every code is well formed — ICD-10-CM shape, LOINC mod-10 check digit, SNOMED CT Verhoeff
 * check digit with the short concept partition, RxNorm numeric.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileClinicalData } from './data.js';
import { compiledNotes } from './notes/notes.js';

/** LOINC check digit: Luhn over the digits before the hyphen. */
function loincValid(code: string): boolean {
  const m = /^(\d{1,7})-(\d)$/.exec(code);
  if (!m) return false;
  const body = m[1] as string;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(m[2]);
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** SNOMED CT concept id: Verhoeff check digit, partition 00 (short) or 10 (extension). */
function snomedValid(id: string): boolean {
  if (!/^\d{6,18}$/.test(id)) return false;
  const partition = id.slice(-3, -1);
  if (partition !== '00' && partition !== '10') return false;
  let c = 0;
  for (let i = 0; i < id.length; i++) {
    const d = Number(id[id.length - 1 - i]);
    c = (VD[c] as number[])[(VP[i % 8] as number[])[d] as number] as number;
  }
  return c === 0;
}

const ICD10CM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

describe('clinical data files', () => {
  const data = compileClinicalData();

  it('check-digit helpers accept known codes and reject altered ones', () => {
    expect(loincValid('4548-4')).toBe(true);
    expect(loincValid('4548-5')).toBe(false);
    expect(snomedValid('44054006')).toBe(true);
    expect(snomedValid('44054007')).toBe(false);
  });

  it('holds a useful inventory', () => {
    expect(data.conditions.length).toBeGreaterThanOrEqual(15);
    expect(data.medications.size).toBeGreaterThanOrEqual(20);
    expect(data.labs.size).toBeGreaterThanOrEqual(20);
    expect(data.allergies.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(data.notes.templates).length).toBeGreaterThanOrEqual(5);
  });

  it('conditions have well-formed ICD-10-CM and SNOMED CT codes, unique ids and codes', () => {
    const icd = new Set<string>();
    for (const c of data.conditions) {
      expect(c.icd10, c.id).toMatch(ICD10CM);
      expect(snomedValid(c.snomed), `${c.id} ${c.snomed}`).toBe(true);
      expect(icd.has(c.icd10), c.id).toBe(false);
      icd.add(c.icd10);
      for (const band of c.prevalence) expect(band.ages[0], c.id).toBeLessThanOrEqual(band.ages[1]);
      if (c.kind === 'acute') expect(c.durationDays, c.id).toBeDefined();
    }
  });

  it('observations and note types have valid LOINC check digits', () => {
    for (const [id, v] of Object.entries(data.vitals)) expect(loincValid(v.loinc), id).toBe(true);
    for (const [id, l] of data.labs) {
      expect(loincValid(l.loinc), id).toBe(true);
      expect(l.normal, id).toBeDefined();
      for (const sex of ['female', 'male'] as const) {
        const [lo, hi] = l.normal?.[sex] ?? [0, 0];
        expect(lo, id).toBeGreaterThanOrEqual(l.bounds[0]);
        expect(hi, id).toBeLessThanOrEqual(l.bounds[1]);
      }
    }
    for (const [id, t] of Object.entries(data.notes.templates)) expect(loincValid(t.typeCode), id).toBe(true);
  });

  it('medications have numeric RxNorm codes; allergies have valid codes', () => {
    for (const [id, m] of data.medications) expect(m.rxnorm, id).toMatch(/^[1-9]\d{1,7}$/);
    for (const a of data.allergies) {
      if (a.system === 'snomed') expect(snomedValid(a.code), a.id).toBe(true);
      else expect(a.code, a.id).toMatch(/^[1-9]\d{1,7}$/);
    }
  });

  it('encounter types have valid SNOMED CT codes', () => {
    for (const [id, t] of data.encounterTypes) expect(snomedValid(t.snomed), id).toBe(true);
  });

  it('every note template compiles and names only mapped patient columns', () => {
    const notes = compiledNotes(data);
    expect(notes.byId.size).toBe(Object.keys(data.notes.templates).length);
    const text = readFileSync(new URL('../../data/clinical/note-templates.yaml', import.meta.url), 'utf8');
    for (const m of text.matchAll(/\{\{patient\.([a-z_]+)/g))
      expect(Object.keys(data.notes.columns)).toContain(m[1]);
  });

  it('maps patient columns to catalogue kind ids from the shared vocabulary', () => {
    const vocabulary = new Set(
      `given-name family-name person-name employer-name street-address city county zip geo-coordinates date birth-date age
       phone fax email ssn mrn member-id mbi account-number card-number drivers-license passport dea medical-license vin
       license-plate device-udi device-serial mac-address url ip-address biometric-id photo encounter-number claim-number
       order-number username employee-id npi unique-id`.split(/\s+/),
    );
    for (const kind of Object.values(data.notes.columns))
      if (kind !== null) expect(vocabulary).toContain(kind);
  });
});
