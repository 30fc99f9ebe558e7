/**
 * Property tests of buildChart over random patients (born 1925–2025, both sexes, dead or alive):
 * nothing outside [birth, min(death, refDate)], sex restrictions held, medications treat a
 * condition the patient has and start on or after its onset, observation values inside their
 * bounds with units and fixed decimals, and every planted span exact and non-overlapping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../../core/rng.js';
import { buildChart } from './chart.js';
import { clinicalData } from './data.js';
import { dayFromIso, isoFromDay } from './days.js';
import type { Chart, PatientFacts, PatientRow } from './types.js';

const data = clinicalData();
const conditionByIcd = new Map(data.conditions.map((c) => [c.icd10, c]));
const obsByLoinc = new Map([...Object.values(data.vitals), ...data.labs.values()].map((o) => [o.loinc, o]));

const START = dayFromIso('1925-01-01');
const END = dayFromIso('2025-12-31');

const name = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));

/** An invented, obviously fake patient row with the default schema's columns. */
const rowArb = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  mrn: digits(7).map((d) => `TEST${d}`),
  given_name: name,
  middle_name: fc.option(name, { nil: null }),
  family_name: name.map((n) => `ZZTEST-${n}`),
  ssn: digits(4).map((d) => `666-01-${d}`),
  member_id: digits(6).map((d) => `ZZTEST${d}`),
  account_number: digits(6).map((d) => `TEST${d}`),
  medicare_mbi: fc.constant('1S00A00AA00'),
  phone_home: digits(2).map((d) => `(202) 555-01${d}`),
  phone_mobile: fc.option(
    digits(2).map((d) => `(312) 555-01${d}`),
    { nil: null },
  ),
  fax: digits(2).map((d) => `(202) 555-01${d}`),
  email: name.map((n) => `${n.toLowerCase()}@example.com`),
  street: fc.tuple(fc.integer({ min: 1, max: 999 }), name).map(([n, s]) => `${n} ${s} Test Street`),
  city: name.map((n) => `${n}ville`),
  state: fc.constantFrom('IL', 'TX', 'MA'),
  zip: digits(2).map((d) => `000${d}`),
  drivers_license: digits(7).map((d) => `TEST${d}`),
  emergency_contact_name: fc.tuple(name, name).map(([g, f]) => `${g} ZZTEST-${f}`),
  emergency_contact_relationship: fc.constantFrom('daughter', 'son', 'spouse', 'mother'),
  emergency_contact_phone: digits(2).map((d) => `(415) 555-01${d}`),
  employer: fc.option(
    name.map((n) => `ZZTEST ${n} Inc`),
    { nil: null },
  ),
  portal_url: digits(4).map((d) => `https://portal.example.com/p/${d}`),
  portal_username: name.map((n) => `test_${n.toLowerCase()}`),
  last_login_ip: fc.integer({ min: 1, max: 254 }).map((n) => `203.0.113.${n}`),
  device_serial: digits(6).map((d) => `TESTSN${d}`),
});

const factsArb = fc
  .record({
    birth: fc.integer({ min: START, max: END }),
    sex: fc.constantFrom('female' as const, 'male' as const),
    ref: fc.integer({ min: dayFromIso('2020-01-01'), max: dayFromIso('2026-06-30') }),
    dies: fc.boolean(),
    deathFrac: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .filter((f) => f.birth <= f.ref)
  .map((f): PatientFacts => {
    const death = f.dies ? f.birth + Math.floor((f.ref - f.birth + 400) * f.deathFrac) : null;
    return {
      birthDate: isoFromDay(f.birth),
      sex: f.sex,
      deathDate: death === null ? null : isoFromDay(death),
      refDate: isoFromDay(f.ref),
    };
  });

function endOf(f: PatientFacts): number {
  const ref = dayFromIso(f.refDate);
  return f.deathDate ? Math.min(ref, dayFromIso(f.deathDate)) : ref;
}

function checkChart(chart: Chart, f: PatientFacts, row: PatientRow): void {
  const birth = dayFromIso(f.birthDate);
  const end = endOf(f);
  const inside = (iso: string, what: string) => {
    const d = dayFromIso(iso);
    expect(d, what).toBeGreaterThanOrEqual(birth);
    expect(d, what).toBeLessThanOrEqual(end);
  };
  if (end < birth) {
    expect(chart.encounters).toHaveLength(0);
    return;
  }
  expect(chart.encounters.length).toBeGreaterThan(0);
  let last = '';
  for (const e of chart.encounters) {
    inside(e.start, 'encounter start');
    inside(e.end, 'encounter end');
    expect(e.end >= e.start, 'encounter ends after it starts').toBe(true);
    expect(e.start >= last, 'encounters in order').toBe(true);
    last = e.start;
    expect(['AMB', 'EMER', 'IMP']).toContain(e.classCode);
    if (e.reason !== null) expect(chart.conditions[e.reason]).toBeDefined();
  }
  for (const c of chart.conditions) {
    inside(c.onset, 'condition onset');
    if (c.abatement) {
      inside(c.abatement, 'abatement');
      expect(c.abatement >= c.onset).toBe(true);
    }
    const enc = chart.encounters[c.encounter];
    expect(enc).toBeDefined();
    expect((enc?.start.slice(0, 10) as string) >= c.onset, 'diagnosed on/after onset').toBe(true);
    const def = conditionByIcd.get(c.icd10);
    expect(def).toBeDefined();
    if (def?.sex) expect(f.sex).toBe(def.sex);
  }
  for (const m of chart.medications) {
    const cond = chart.conditions[m.reason];
    expect(cond, 'medication reason is a condition the patient has').toBeDefined();
    inside(m.start, 'medication start');
    expect(m.start >= (cond?.onset as string), 'medication starts on/after onset').toBe(true);
    if (m.end) {
      inside(m.end, 'medication end');
      expect(m.end >= m.start).toBe(true);
    }
    expect(chart.encounters[m.encounter]).toBeDefined();
    expect(m.rxnorm).toMatch(/^\d+$/);
  }
  for (const o of chart.observations) {
    inside(o.effective, 'observation');
    const def = obsByLoinc.get(o.loinc);
    expect(def, o.loinc).toBeDefined();
    if (!def) continue;
    expect(o.unit).toBe(def.unit);
    expect(o.value).toBeGreaterThanOrEqual(def.bounds[0]);
    expect(o.value).toBeLessThanOrEqual(def.bounds[1]);
    expect(o.valueText).toBe(o.value.toFixed(def.decimals));
    expect(chart.encounters[o.encounter]).toBeDefined();
  }
  for (const a of chart.allergies) inside(a.recorded, 'allergy');
  const values = new Set(
    Object.values(row)
      .filter((v) => v !== null)
      .map(String),
  );
  for (const n of chart.notes) {
    inside(n.date, 'note');
    expect(chart.encounters[n.encounter]).toBeDefined();
    expect(n.text.length).toBeGreaterThan(0);
    let prevEnd = 0;
    for (const s of n.planted) {
      expect(s.start, 'spans sorted, non-overlapping').toBeGreaterThanOrEqual(prevEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(n.text.length);
      prevEnd = s.end;
      const text = n.text.slice(s.start, s.end);
      expect(text.trim(), 'span has no stray whitespace').toBe(text);
      if (s.kind === 'age') expect(Number(text)).toBeGreaterThan(89);
      else if (s.kind !== 'date' && s.kind !== 'birth-date' && s.kind !== 'person-name')
        expect(values, `${s.kind} comes from the row`).toContain(text);
    }
  }
}

describe('buildChart', () => {
  it('keeps every chart coherent for random patients', () => {
    fc.assert(
      fc.property(factsArb, rowArb, fc.integer(), (facts, row, seed) => {
        const full = { ...row, birth_date: facts.birthDate, sex: facts.sex };
        checkChart(buildChart(rngFor('chart-test', seed), facts, full), facts, full);
      }),
      { numRuns: 250 },
    );
  });

  it('is deterministic: same rng path and inputs, same chart', () => {
    fc.assert(
      fc.property(factsArb, rowArb, fc.integer(), (facts, row, seed) => {
        const a = buildChart(rngFor('det', seed), facts, row);
        const b = buildChart(rngFor('det', seed), facts, row);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 50 },
    );
  });

  it('plants the patient identifiers the brief asks for across a population', () => {
    const kinds = new Set<string>();
    const row = fc.sample(rowArb, { numRuns: 1, seed: 7 })[0] as PatientRow;
    for (let i = 0; i < 300; i++) {
      const birth = 1925 + (i % 100);
      const facts: PatientFacts = {
        birthDate: `${birth}-06-15`,
        sex: i % 2 ? 'male' : 'female',
        deathDate: null,
        refDate: '2025-06-30',
      };
      for (const n of buildChart(rngFor('kinds', i), facts, { ...row, birth_date: facts.birthDate }).notes)
        for (const s of n.planted) kinds.add(s.kind);
    }
    // (notes name people in full, so every name carries the marker: no given name is planted alone)
    for (const k of [
      'person-name',
      'family-name',
      'date',
      'birth-date',
      'age',
      'mrn',
      'phone',
      'fax',
      'email',
      'ssn',
      'member-id',
      'street-address',
      'city',
      'zip',
      'employer-name',
      'username',
      'device-serial',
      'drivers-license',
      'url',
      'ip-address',
      'account-number',
      'mbi',
    ]) {
      expect(kinds, k).toContain(k);
    }
  });

  it('respects sex restrictions and gives older people more chronic conditions', () => {
    let youngChronic = 0;
    let oldChronic = 0;
    for (let i = 0; i < 400; i++) {
      const young = buildChart(
        rngFor('age', i, 'y'),
        { birthDate: '1998-01-01', sex: 'female', deathDate: null, refDate: '2025-06-30' },
        {},
      );
      const old = buildChart(
        rngFor('age', i, 'o'),
        { birthDate: '1945-01-01', sex: 'female', deathDate: null, refDate: '2025-06-30' },
        {},
      );
      youngChronic += young.conditions.filter((c) => conditionByIcd.get(c.icd10)?.kind === 'chronic').length;
      oldChronic += old.conditions.filter((c) => conditionByIcd.get(c.icd10)?.kind === 'chronic').length;
    }
    expect(oldChronic).toBeGreaterThan(youngChronic * 2);
  });

  it('returns an empty chart when death precedes birth in the facts', () => {
    const chart = buildChart(
      rngFor('x'),
      { birthDate: '2000-01-02', sex: 'male', deathDate: '2000-01-01', refDate: '2025-01-01' },
      {},
    );
    expect(chart.encounters).toHaveLength(0);
    expect(chart.notes).toHaveLength(0);
  });
});
