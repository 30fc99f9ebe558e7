/**
 * The shipped clinical data: it loads, every cross-reference resolves (checked at load), and
 * every code is well formed — ICD-10-CM shape, LOINC mod-10 check digit, SNOMED CT Verhoeff
 * check digit with the short concept partition, RxNorm numeric.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLoincCode, isSnomedConceptId } from '../../detect/code-systems.js';
import { compileClinicalData } from './data.js';
import { compiledNotes } from './notes/notes.js';

const loincValid = isLoincCode;
const snomedValid = isSnomedConceptId;

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
