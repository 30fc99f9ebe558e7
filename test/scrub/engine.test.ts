import { describe, expect, it } from 'vitest';
import { restrictedZip3 } from '../../src/catalogue/zip3.js';
import { CATALOGUE } from '../../src/detect/index.js';
import { findSpans } from '../../src/detect/text/index.js';
import { loadProfile } from '../../src/schema/profile.js';
import { type ScrubEnv, type SpanLine, scrubDocument } from '../../src/scrub/engine.js';
import { pseudonymiser } from '../../src/scrub/pseudonyms.js';
import { inlineSpanFinder } from '../../src/scrub/span-finder.js';
import { PseudonymStore } from '../../src/scrub/vault/store.js';
import { MemoryOutput, memoryInput } from './helpers/memory-doc.js';

const PATIENTS = [
  {
    patient_name: 'Harriet Quimby',
    mrn: 'MRN4417021',
    dob: '1961-07-04',
    age: '65',
    zip: '02139',
    state: 'MA',
    phone: '(617) 253-1000',
    email: 'hquimby@aolmail.net',
    ssn: '123-45-6789',
    notes: 'Harriet Quimby (MRN4417021) seen on 03/14/2024 for knee pain. Call (617) 253-1000.',
    systolic: '128',
  },
  {
    patient_name: 'Bartholomew Kettleby',
    mrn: 'MRN4417022',
    dob: '1931-02-11',
    age: '95',
    zip: '03601',
    state: 'NH',
    phone: '603-555-7788',
    email: 'bk1931@granitemail.com',
    ssn: '234-56-7890',
    notes: 'Pt is a 95 year old man, lives alone.',
    systolic: '141',
  },
];

function env(store: PseudonymStore, profileName = 'safe-harbor', spans: SpanLine[] = []): ScrubEnv {
  const profile = loadProfile(profileName);
  return {
    profile,
    catalogue: CATALOGUE,
    spans: inlineSpanFinder((t, c) => findSpans(t, c)),
    restrictedZip3: restrictedZip3(profile.zip3List),
    refDate: { year: 2026, month: 6, day: 1 },
    seed: 'engine-test',
    pseudonym: pseudonymiser(store, CATALOGUE, 'engine-test'),
    onSpan: (s) => spans.push(s),
  };
}

describe('scrubDocument under Safe Harbor', async () => {
  const store = PseudonymStore.open();
  const spans: SpanLine[] = [];
  const out = new MemoryOutput();
  const result = await scrubDocument(
    memoryInput('patients.csv', PATIENTS),
    out,
    env(store, 'safe-harbor', spans),
  );
  const visits = new MemoryOutput();
  await scrubDocument(
    memoryInput('visits.csv', [
      { mrn: 'MRN4417022', visit_date: '2024-05-01' },
      { mrn: 'MRN4417021', visit_date: '2024-06-02' },
    ]),
    visits,
    env(store),
  );
  store.close(true);
  const [a, b] = out.rows as Record<string, string | null>[];

  it('counts records in and out', () => {
    expect(result.recordsIn).toBe(2);
    expect(result.recordsOut).toBe(2);
  });
  it('keeps dates to the year and drops the birth year of people 90 and over', () => {
    expect(a!.dob).toBe('1961');
    expect(b!.dob).toBeNull();
    expect(a!.age).toBe('65');
    expect(b!.age).toBe('90+');
    expect(visits.rows.map((r) => r.visit_date)).toEqual(['2024', '2024']);
  });
  it('keeps ZIP3, with restricted prefixes as 000, and keeps state', () => {
    expect(a!.zip).toBe('021');
    expect(b!.zip).toBe('000');
    expect(a!.state).toBe('MA');
  });
  it('replaces direct identifiers with provably fake surrogates', () => {
    for (const [field, kind] of [
      ['patient_name', 'person-name'],
      ['phone', 'phone'],
      ['email', 'email'],
      ['ssn', 'ssn'],
    ] as const) {
      for (const row of [a!, b!]) {
        const v = row[field]!;
        expect(v).not.toBe(PATIENTS[0]![field]);
        expect(v).not.toBe(PATIENTS[1]![field]);
        expect(CATALOGUE.kindById(kind)!.isFake(v, { style: 'obvious' }).status, `${field} ${v}`).not.toBe(
          'real',
        );
      }
    }
    expect(a!.systolic).toBe('128');
  });
  it('pseudonymises MRNs consistently across files and inside notes', () => {
    expect(a!.mrn).not.toBe('MRN4417021');
    expect(visits.rows[1]!.mrn).toBe(a!.mrn);
    expect(visits.rows[0]!.mrn).toBe(b!.mrn);
    expect(a!.mrn).not.toBe(b!.mrn);
    expect(a!.notes).toContain(a!.mrn!);
  });
  it('scrubs free text record-aware and reports spans with offsets into the original', () => {
    expect(a!.notes).not.toContain('Quimby');
    expect(a!.notes).not.toContain('253-1000');
    expect(a!.notes).not.toContain('03/14');
    expect(a!.notes).toContain('2024');
    expect(b!.notes).toContain('90+');
    const noteSpans = spans.filter((s) => s.record === 0 && s.field === 'notes');
    expect(noteSpans.length).toBeGreaterThanOrEqual(3);
    const text = PATIENTS[0]!.notes;
    const kinds = noteSpans.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
    expect(kinds.some((k) => k.includes('Quimby'))).toBe(true);
    expect(kinds.some((k) => k.startsWith('mrn:') && k.includes('MRN4417021'))).toBe(true);
  });
  it('explains each field without values', () => {
    const byPath = new Map(result.fields.map((f) => [f.cls.path, f]));
    expect(byPath.get('dob')!.action).toBe('generalise');
    expect(byPath.get('notes')!.action).toBe('scan');
    expect(byPath.get('mrn')!.action).toBe('pseudonymise');
    expect(byPath.get('systolic')!.action).toBe('none');
    const json = JSON.stringify(result);
    for (const p of PATIENTS)
      for (const v of Object.values(p)) if (v.length > 3) expect(json).not.toContain(v);
  });
});

describe('scrubDocument under the Limited Data Set profile', async () => {
  const store = PseudonymStore.open();
  const out = new MemoryOutput();
  await scrubDocument(memoryInput('patients.csv', PATIENTS), out, env(store, 'limited-data-set'));
  store.close(true);
  const [a, b] = out.rows;
  it('keeps dates, ages and the 5-digit ZIP but removes direct identifiers', () => {
    expect(a!.dob).toBe('1961-07-04');
    expect(b!.age).toBe('95');
    expect(b!.zip).toBe('03601');
    expect(a!.patient_name).not.toBe('Harriet Quimby');
    expect(a!.ssn).not.toBe('123-45-6789');
    expect(a!.notes).not.toContain('Quimby');
    expect(a!.notes).toContain('03/14/2024');
  });
});
