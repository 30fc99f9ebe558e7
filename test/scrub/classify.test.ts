import { describe, expect, it } from 'vitest';
import { classifyFields, Sampler } from '../../src/detect/index.js';
import type { FieldSample } from '../../src/detect/types.js';
import type { DocRecord, Leaf } from '../../src/io/types.js';

const NONE = { fields: {} };

function sample(key: string, values: string[], path = key): FieldSample {
  return { path, key, values };
}

function classOf(key: string, values: string[], profile = NONE, path = key) {
  const [c] = classifyFields([sample(key, values, path)], profile);
  return c!;
}

const emails = Array.from({ length: 20 }, (_, i) => `person${i}.tester@example.org`);
const phones = Array.from({ length: 20 }, (_, i) => `(617) 555-01${String(i).padStart(2, '0')}`);
const dates = Array.from({ length: 20 }, (_, i) => `19${50 + i}-0${1 + (i % 9)}-1${i % 10}`);
const notes = Array.from(
  { length: 20 },
  (_, i) => `Patient seen in clinic today number ${i}, reports mild pain in the left knee after a fall.`,
);

describe('classifyFields', () => {
  it.each([
    ['DOB', dates, 'birth-date', 3],
    ['ssn', ['666-01-0001', '666-02-0002', '666-03-0003'], 'ssn', 7],
    ['email', emails, 'email', 6],
    ['phone', phones, 'phone', 4],
    ['zip', ['02139', '10001', '94110'], 'zip', 2],
    ['MRN', ['TEST000123', 'TEST000456'], 'mrn', 8],
  ])('header %s → %s (category %d)', (key, values, kind, category) => {
    const c = classOf(key, values);
    expect(c.kind).toBe(kind);
    expect(c.category).toBe(category);
    expect(c.freeText).toBe(false);
    expect(c.detectedBy === 'header' || c.detectedBy === 'header+values').toBe(true);
  });

  it('catches a generically named column full of emails or phones by its values', () => {
    const e = classOf('contact', emails);
    expect(e.kind).toBe('email');
    expect(e.detectedBy).toBe('values');
    const p = classOf('value', phones);
    expect(p.kind).toBe('phone');
    expect(p.detectedBy).toBe('values');
    expect(p.explanation).toMatch(/% of 20 sampled values/);
  });

  it('flags free text by name and by long multi-word values', () => {
    expect(classOf('notes', ['ok']).freeText).toBe(true);
    const byValues = classOf('field_7', notes);
    expect(byValues.freeText).toBe(true);
    expect(byValues.detectedBy).toBe('values');
    expect(classOf('progress_note', notes).detectedBy).toBe('header+values');
  });

  it('counts relatives, guarantors, employers and emergency contacts', () => {
    for (const key of ['emergency_contact_name', 'guarantor_name', 'next_of_kin', 'spouse_name']) {
      expect(classOf(key, []).category, key).toBe(1);
    }
    expect(classOf('emergency_contact_phone', []).kind).toBe('phone');
    expect(classOf('employer', []).category).toBe(1);
  });

  it('puts encounter, claim and order numbers, usernames and employee ids in category 18', () => {
    for (const key of ['encounter_id', 'claim_number', 'order_no', 'username', 'employee_id']) {
      expect(classOf(key, []).category, key).toBe(18);
    }
  });

  it('lets explicit profile mappings win', () => {
    const profile = { fields: { DOB: 'keep', field_7: 'email', 'address[].text': 'free-text' } };
    expect(classOf('DOB', dates, profile)).toMatchObject({
      kind: null,
      detectedBy: 'profile',
      confidence: 1,
    });
    expect(classOf('field_7', notes, profile)).toMatchObject({
      kind: 'email',
      category: 6,
      detectedBy: 'profile',
    });
    expect(classOf('text', [], profile, 'address[].text').freeText).toBe(true);
  });

  it('applies FHIR path rules', () => {
    expect(classOf('family', ['Smith'], NONE, 'entry[].resource.name[].family').kind).toBe('family-name');
    expect(classOf('postalCode', ['02139'], NONE, 'address[].postalCode')).toMatchObject({
      kind: 'zip',
      detectedBy: 'fhir-rule',
    });
  });

  it('leaves ordinary clinical columns alone', () => {
    const c = classOf('systolic_bp', ['120', '135', '118']);
    expect(c.kind).toBeNull();
    expect(c.freeText).toBe(false);
  });

  it('never puts a sampled value into an explanation', () => {
    const secret = 'zq-unique-marker@example.org';
    const values = [secret, ...emails];
    for (const key of ['contact', 'email', 'notes']) {
      expect(classOf(key, values).explanation).not.toContain('zq-unique-marker');
    }
  });
});

describe('Sampler', () => {
  function record(index: number, cells: Record<string, string>): DocRecord {
    const leaves: Leaf[] = Object.entries(cells).map(([k, v]) => ({
      path: k,
      at: k,
      key: k,
      type: 'string',
      value: v,
      changed: false,
      replace() {},
    }));
    return { index, line: index + 2, leaves };
  }
  it('keeps a bounded sample per path, skipping empty values', () => {
    const s = new Sampler(50);
    for (let i = 0; i < 1000; i++) s.add(record(i, { a: String(i), b: i % 2 ? '' : 'x' }));
    const [a, b] = s.samples();
    expect(a!.values).toHaveLength(50);
    expect(new Set(a!.values).size).toBe(50);
    expect(a!.values.some((v) => Number(v) >= 50)).toBe(true);
    expect(b!.values).toHaveLength(50);
    expect(b!.key).toBe('b');
  });
});

describe('mixed fields', () => {
  it('chooses the kind per value for FHIR telecom and for generic columns of phones and emails', () => {
    const mixed = [...emails.slice(0, 8), ...phones.slice(0, 8)];
    const t = classOf('value', mixed, NONE, 'telecom[].value');
    expect(t).toMatchObject({ detectedBy: 'fhir-rule' });
    expect(t.perValueKinds).toEqual(expect.arrayContaining(['phone', 'email']));
    const g = classOf('contact_info', mixed);
    expect(g.detectedBy).toMatch(/values/);
    expect(g.perValueKinds).toEqual(expect.arrayContaining(['phone', 'email']));
  });
  it('treats FHIR definitional URLs and code systems as no identifier', () => {
    expect(classOf('url', ['http://hl7.org/fhir/x'], NONE, 'extension[].url').kind).toBeNull();
    expect(classOf('system', ['phone', 'email'], NONE, 'telecom[].system').kind).toBeNull();
  });
});

describe('messy export headers', () => {
  const nineDigits = Array.from({ length: 30 }, (_, i) => String(482_113_907 + i * 7_919));
  const memberIds = Array.from({ length: 30 }, (_, i) => `W${String(731_004_112 + i * 31)}`);
  const lastFour = Array.from({ length: 30 }, (_, i) => String(1000 + i * 271));

  it.each([
    ['ENC_CSN', nineDigits, 'encounter-number'],
    ['MBR_NBR', memberIds, 'member-id'],
    ['SSN_LAST4', lastFour, 'ssn'],
    ['ssnLast4', lastFour, 'ssn'],
  ])('%s → %s', (key, values, kind) => {
    expect(classOf(key, values).kind).toBe(kind);
  });

  it('bare nine-digit numbers do not overrule an identifier header, but distinctive values still do', () => {
    expect(classOf('ENC_CSN', nineDigits).detectedBy).toBe('header');
    const overruled = classOf('ZIP_CD', phones);
    expect(overruled.kind).toBe('phone');
    expect(overruled.detectedBy).toBe('values');
  });
});

describe('nested JSON field names read with their parent object', () => {
  const given = ['Orla', 'Jory', 'Wren', 'Tobiah'];
  const family = ['Strzelecki', 'Penhallow', 'Quarles', 'Oduya'];
  const lines = ['190 Oak St', '12 Birch Rd', '77 Linden Ct', '5 Elm Ave'];
  it.each([
    ['first', 'patient.name.first', given, 'given-name'],
    ['last', 'patient.name.last', family, 'family-name'],
    ['line[]', 'contact.address.line[]', lines, 'street-address'],
  ])('%s under %s', (key, path, values, kind) => {
    expect(classOf(key, values, NONE, path).kind).toBe(kind);
  });

  it('identifier lists outside FHIR: identifiers[].value is an identifier whatever its shape', () => {
    const values = ['A1234567', '482113907', 'X-77-QR'];
    expect(classOf('value', values, NONE, 'identifiers[].value').kind).toBe('unique-id');
  });

  it('a parent name alone makes no identifier of a plain field', () => {
    expect(classOf('state', ['MA', 'NY', 'CA'], NONE, 'contact.address.state').kind).toBeNull();
    expect(
      classOf('relationship', ['spouse', 'child', 'parent'], NONE, 'emergencyContact.relationship').kind,
    ).toBeNull();
  });

  it('masked, partial and hashed identifiers are still identifiers', () => {
    expect(classOf('ssn_masked', ['XXX-XX-7490', 'XXX-XX-1234', 'XXX-XX-5555']).kind).toBe('ssn');
    expect(classOf('mrn_hash', ['a9f3c2', 'b81e07', '0c44d1']).kind).toBe('mrn');
  });
});

describe('full names found by their values', () => {
  const names = ['Mary Johnson', 'Smith, John A', 'Garcia, Maria', 'Robert Lee Brown', 'Patricia Davis'];
  it('a generically named column of full names is a name field', () => {
    const c = classOf('F07', names);
    expect(c.kind).toBe('person-name');
    expect(c.detectedBy).toBe('values');
  });
  it('a column of clinicians ("Dr. X", "Y, MD") is not made a name field by its values alone', () => {
    const providers = ['Dr. Ezra Pembleton', 'Dr. Ines Halloran', 'Ravi Menon, MD', 'Dr. Ann Okafor'];
    expect(classOf('F08', providers).kind).toBeNull();
  });
  it('diagnoses and drugs are not names', () => {
    expect(classOf('F09', ['Chest pain', 'Type 2 diabetes', 'Metformin 500mg', 'Knee pain']).kind).toBeNull();
  });
});

describe('short remarks are scanned as free text', () => {
  it('a generic column of short multi-word remarks is free text', () => {
    const remarks = ['LM for dtr Mary', "pt's son Bob aware", 'called back, no answer', 'msg to Joan'];
    const c = classOf('F15', remarks);
    expect(c.freeText).toBe(true);
    expect(c.detectedBy).toBe('values');
  });
  it('single words and coded displays are not', () => {
    expect(classOf('status', ['open', 'closed', 'pending']).freeText).toBe(false);
    const displays = ['Type 2 diabetes mellitus', 'Essential hypertension', 'Heart rate'];
    expect(classOf('display', displays, NONE, 'code.coding[].display').freeText).toBe(false);
  });
});

describe('clinicians and name-like headers over other things', () => {
  it('a column of clinicians is scrubbed like any names (by header or scanned by values)', () => {
    expect(
      classOf('ATTENDING', ['LINDQVIST, GRACE-ANN DO', 'OYELARAN, IVAN DO', 'MAHMOUD, SAMUEL NP']).kind,
    ).toBe('person-name');
    expect(
      classOf('ORDERING_PROV', ['Yvonne Vasquez, DO', 'Victor Holloway, MD', 'Ana Reyes, NP']).kind,
    ).toBe('person-name');
    expect(classOf('F08', ['Dr. Ezra Pembleton', 'Dr. Ines Halloran', 'Ravi Menon, MD']).freeText).toBe(true);
  });
  it('a name header over tests, drugs or relations is set aside', () => {
    expect(
      classOf('TEST_NAME', ['Glucose', 'Sodium', 'Hemoglobin', 'Potassium', 'Creatinine']).kind,
    ).toBeNull();
    expect(
      classOf('DRUG_NAME', ['Lisinopril 10 mg tablet', 'Metformin 500 mg', 'Atorvastatin 20 mg']).kind,
    ).toBeNull();
    expect(classOf('name', ['Glucose', 'Sodium', 'Cholesterol, total'], NONE, 'labs[].name').kind).toBeNull();
    expect(classOf('NOK_REL', ['Father', 'Spouse', 'Daughter', 'Friend']).kind).toBeNull();
    expect(classOf('PT_NM', ['Chavez, Harold', 'King, Susan', 'Powell, Minh']).kind).toBe('person-name');
  });
  it('short legacy headers and nested generic leaves', () => {
    expect(classOf('CTY', ['Adrian', 'Fresno', 'Salt Lake City']).kind).toBe('city');
    expect(classOf('PT_FIRST', ['Eric', 'Maria', 'Tomas']).kind).toBe('given-name');
    expect(classOf('PT_LAST', ['Lewis', 'Torres', 'Nguyen']).kind).toBe('family-name');
    expect(classOf('SUBSCR_NBR', ['35312036401', 'W926328821', 'X11092']).kind).toBe('member-id');
    expect(
      classOf('name', ['Self-employed', 'Acme Tool & Die', 'Lowell Public Schools'], NONE, 'employer.name')
        .kind,
    ).toBe('employer-name');
    expect(
      classOf('work', ['617-555-0143', '(508) 555-0199', '781.555.0101'], NONE, 'phones.work').kind,
    ).toBe('phone');
  });
  it('line and sequence counters under a record-number hint are no identifiers', () => {
    expect(classOf('CLAIM_LINE', ['1', '2', '3', '1', '2']).kind).toBeNull();
    expect(classOf('CLAIM_NO', ['C1234567', 'C2234567', 'C3234567']).kind).toBe('claim-number');
  });
  it('organisation displays in FHIR are scanned, not taken for people', () => {
    const c = classOf('display', ['Springfield General Hospital'], NONE, 'Encounter.serviceProvider.display');
    expect(c.freeText).toBe(true);
  });
  it('a generic column with some phones among other values is scanned value by value', () => {
    const values = ['+15175555365', '802.555.1198', '60 bpm', '(307) 555-9926', '70 bpm', '60 bpm', 'n/a'];
    const c = classOf('value', values);
    expect(c.freeText).toBe(true);
    expect(c.explanation).not.toMatch(/555/);
  });
});
