import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findSpans } from './index.js';
import type { RecordContext, Span } from './types.js';

function found(text: string, ctx?: RecordContext): { kind: string; value: string }[] {
  return findSpans(text, ctx).map((s) => ({ kind: s.kind, value: text.slice(s.start, s.end) }));
}
function values(text: string, ctx?: RecordContext): string[] {
  return found(text, ctx).map((f) => f.value);
}

describe('dates', () => {
  test.each([
    ['Seen on 2024-03-14 for f/u', '2024-03-14'],
    ['Admitted 03/14/2024.', '03/14/2024'],
    ['Admitted 3/14/24 overnight', '3/14/24'],
    ['Labs drawn on 3/14 were normal', '3/14'],
    ['Echo 14-Mar-2024 showed EF 55%', '14-Mar-2024'],
    ['Seen Mar 14 by cardiology', 'Mar 14'],
    ['Surgery March 14th, 2024 uneventful', 'March 14th, 2024'],
    ['Born 14 March 2024 at term', '14 March 2024'],
    ['Fell on the 14th at home', '14th'],
    ['Specimen 20240314 received', '20240314'],
    ['Last seen 03/14/2024 14:30 in clinic', '03/14/2024 14:30'],
    ['Returned 14MAR2024', '14MAR2024'],
    ['Discharged in March 2024', 'March 2024'],
  ])('%s', (text, want) => {
    expect(values(text)).toContain(want);
    expect(found(text).find((f) => f.value === want)?.kind).toBe('date');
  });

  test.each([
    'Diagnosed in 2019, stable since.',
    'Strength 3/5 in the left arm',
    'BP 120/80, HR 72, RR 16',
    'Pain 7/10 this morning',
    'Give 1/2 tab at bedtime',
    'Medication given at 14:30',
    'GCS 15, A&O x3',
    'A1c 7.2 in 2021',
  ])('no date in %s', (text) => {
    expect(found(text).filter((f) => f.kind === 'date')).toEqual([]);
  });
});

describe('ages', () => {
  test.each([
    ['92 yo female with CHF', '92'],
    ['A 92-year-old man', '92'],
    ['age 93, lives alone', '93'],
    ['aged 101 years', '101'],
    ['95 y/o M presents', '95'],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual({ kind: 'age', value: want });
  });
  test.each(['89 yo male', '45-year-old woman', 'age 72', 'Temp 99 F', 'Tmax 101F'])(
    'no age in %s',
    (text) => {
      expect(found(text).filter((f) => f.kind === 'age')).toEqual([]);
    },
  );
});

describe('contact numbers', () => {
  test.each([
    ['Call (617) 555-0142 today', '(617) 555-0142', 'phone'],
    ['cell 617.555.0142', '617.555.0142', 'phone'],
    ['ph +1 617 555 0142', '+1 617 555 0142', 'phone'],
    ['tel 617-555-0142 ext. 204', '617-555-0142 ext. 204', 'phone'],
    ['Fax: 617-555-0199', '617-555-0199', 'fax'],
    ['phone 617-555-0142, fax 617-555-0199', '617-555-0199', 'fax'],
    ['Email jane.doe@example.org please', 'jane.doe@example.org', 'email'],
    ['SSN 123-45-6789', '123-45-6789', 'ssn'],
    ['SSN: 123456789', '123456789', 'ssn'],
    ['verified last 4 of SSN 6789', '6789', 'ssn'],
    ['SSN ending in 6789', '6789', 'ssn'],
  ])('%s', (text, want, kind) => {
    expect(found(text)).toContainEqual({ kind, value: want });
  });
});

describe('labelled ids', () => {
  test.each([
    ['MRN: 00123456', '00123456', 'mrn'],
    ['MR# 4455667', '4455667', 'mrn'],
    ['acct # 99887766', '99887766', 'account-number'],
    ['member ID W123456789', 'W123456789', 'member-id'],
    ['visit # 55443322', '55443322', 'encounter-number'],
    ['CSN 7766554433', '7766554433', 'encounter-number'],
    ['FIN: 12345678', '12345678', 'encounter-number'],
    ['claim no. C-20240314-77', 'C-20240314-77', 'claim-number'],
    ['order # 5566778', '5566778', 'order-number'],
    ['DL# S12345678', 'S12345678', 'drivers-license'],
    ['username: jdoe42', 'jdoe42', 'username'],
    ['NPI 1234567893', '1234567893', 'npi'],
    ['MBI 1EG4-TE5-MK73', '1EG4-TE5-MK73', 'mbi'],
    ['serial # PM8812345', 'PM8812345', 'device-serial'],
  ])('%s', (text, want, kind) => {
    expect(found(text)).toContainEqual({ kind, value: want });
  });
});

describe('web and network', () => {
  test.each([
    ['See https://portal.example.com/pt/123?x=1.', 'https://portal.example.com/pt/123?x=1', 'url'],
    ['www.myhealth.org/login', 'www.myhealth.org/login', 'url'],
    ['from 192.168.10.45 at login', '192.168.10.45', 'ip-address'],
    ['ip 2001:db8::7 seen', '2001:db8::7', 'ip-address'],
    ['mac 00-00-5E-00-53-2A', '00-00-5E-00-53-2A', 'mac-address'],
    ['vin 1HGCM82633A004352', '1HGCM82633A004352', 'vin'],
  ])('%s', (text, want, kind) => {
    expect(found(text)).toContainEqual({ kind, value: want });
  });
});

describe('places', () => {
  test('street, unit, city, zip', () => {
    const t = 'Lives at 4821 Old Mill Road, Apt 3B, Springfield, IL 62704 with wife.';
    expect(found(t)).toEqual(
      expect.arrayContaining([
        { kind: 'street-address', value: '4821 Old Mill Road, Apt 3B' },
        { kind: 'city', value: 'Springfield' },
        { kind: 'zip', value: '62704' },
      ]),
    );
  });
  test('city from context', () => {
    expect(found('She lives in Tulsa with her son.')).toContainEqual({ kind: 'city', value: 'Tulsa' });
  });
  test('employer', () => {
    expect(values('He works at Hartwell Logistics as a driver.')).toContain('Hartwell Logistics');
  });
  test('Smith, MD is not a city', () => {
    expect(found('Seen by Anna Smith, MD today').filter((f) => f.kind === 'city')).toEqual([]);
  });
  // A town named after a surname, in a state whose code is also a credential: the town reading
  // wins, so its words are no name, and the town named again is the same town.
  test.each([
    ['Address: 12 Quill Rd, Lake Hale, MD 00012.\nSocial: Lives in Lake Hale with her son.', 'Lake Hale'],
    ['Home: 7 Tern Ct, West Dunn, PA 00045. Lives in West Dunn.', 'West Dunn'],
    ['Address on file: 3 Moss St, East Marks, MD 00099.\nSocial: Lives in East Marks.', 'East Marks'],
  ])('a town named again is a town, not a name: %s', (text, town) => {
    const spans = found(text);
    expect(spans.filter((f) => f.kind.endsWith('name'))).toEqual([]);
    expect(spans.filter((f) => f.value === town)).toEqual([
      { kind: 'city', value: town },
      { kind: 'city', value: town },
    ]);
  });
  test("a person's surname inside a town's name is the town, not the person again", () => {
    const t = 'Seen with Mr. Quarry today. Works at Quarry Holdings. Lives in Fort Quarry.';
    const values = found(t).map((f) => f.value);
    expect(values).toContain('Quarry');
    expect(found(t).filter((f) => f.kind.endsWith('name') && f.value === 'Quarry')).toHaveLength(1);
  });
  test('a town is repeated as a whole phrase only', () => {
    const t = 'Address: 12 Quill Rd, Lake Hale, MD 00012. Hale Street clinic; Lake view.';
    expect(found(t).filter((f) => f.kind === 'city')).toEqual([{ kind: 'city', value: 'Lake Hale' }]);
  });
  test('a name after a credential still repeats as a name', () => {
    const t = 'Seen by Dana Okonkwo, MD. Okonkwo reviewed the films.';
    expect(found(t).map((f) => f.value)).toEqual(['Dana Okonkwo', 'Okonkwo']);
  });
});

describe('names', () => {
  test.each([
    ['Pt Jessica Alvarez seen today', 'Jessica Alvarez'],
    ['Spoke with Mr. Okafor about plan', 'Okafor'],
    ['Dr. Foley placed the line', 'Foley'],
    ['Wife Mary at bedside', 'Mary'],
    ['Son Will called', 'Will'],
    ['Contact: Hope Brown (daughter)', 'Hope Brown'],
    ['SMITH, JOHN A admitted', 'SMITH, JOHN A'],
    ['Alvarez, Jessica M. was seen', 'Alvarez, Jessica M.'],
    ['Signed: K. Johnson, RN', 'K. Johnson'],
    ['Jessica called back', 'Jessica'],
    ['seen by Tom Whitaker', 'Tom Whitaker'],
    ['Patient ZZTEST-DUCK, DAFFY arrived', 'ZZTEST-DUCK, DAFFY'],
  ])('%s', (text, want) => {
    expect(values(text)).toContain(want);
  });

  test.each([
    'History of Parkinson disease and Hodgkin lymphoma.',
    'Foley catheter in place, Babinski negative, Apgar 9.',
    'Glasgow coma scale 15. Crohn disease. Alzheimer dementia.',
    'Cushing syndrome, Graves disease, Addison disease, Bell palsy, Down syndrome.',
    'Will continue Lasix and Coumadin. May need PT. Mark the site.',
    'Brown stool noted. Hope to discharge tomorrow. Grace period ends.',
    'Frank blood in urine. Rose to standing. Bill sent to insurance.',
    'Started Keflex, Zosyn, Vancomycin and Eliquis.',
  ])('no name in %s', (text) => {
    expect(found(text).filter((f) => f.kind.endsWith('name'))).toEqual([]);
  });
});

describe('clinical content kept', () => {
  test.each([
    'Metformin 500 mg PO BID, lisinopril 10 mg daily.',
    'Na 140, K 4.1, Cl 102, CO2 24, BUN 18, Cr 1.1, Glu 112.',
    'ICD-10 E11.9, I10; LOINC 4548-4; RxNorm 860975.',
    'BP 132/84, HR 88, RR 18, SpO2 97% on RA, T 98.6 F.',
    'WBC 7.2, Hgb 13.1, Plt 250000.',
    'Diagnosed in 2019. Strength 4/5 bilaterally.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('record context', () => {
  const ctx: RecordContext = {
    known: [
      { kind: 'person-name', category: 1, value: 'Will Okonkwo-Hart' },
      { kind: 'mrn', category: 8, value: 'TST-00991' },
      { kind: 'phone', category: 4, value: '(617) 555-0142' },
      { kind: 'ssn', category: 7, value: '666-04-2917' },
    ],
  };
  test('known values anywhere, digits-only for numbers', () => {
    const t =
      'okonkwo-hart called from 6175550142; chart tst00991; ss 666 04 2917. Will call back. we will see.';
    const v = values(t, ctx);
    expect(v).toEqual(
      expect.arrayContaining(['okonkwo-hart', '6175550142', 'tst00991', '666 04 2917', 'Will']),
    );
    expect(v).not.toContain('will');
  });
});

describe('options and invariants', () => {
  test('kinds filter', () => {
    const t = 'Pt Jessica Alvarez, MRN 00123456, seen 03/14/2024.';
    const spans = findSpans(t, undefined, { kinds: new Set(['date']) });
    expect(spans.map((s) => s.kind)).toEqual(['date']);
  });
  test('spans are sorted, in bounds, non-overlapping and carry categories', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Pt ',
            'John ',
            'Smith',
            ', ',
            '03/14/2024',
            ' 617-555-0142 ',
            'MRN: 1234567',
            '\n',
            'Dr. ',
            'x',
            '92 yo',
            '@',
            '.',
            ' ',
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = parts.join('');
          const spans: Span[] = findSpans(text);
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.category).toBeGreaterThanOrEqual(1);
            last = s.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('record context, property', () => {
  test('a known phone is found in any common notation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 999 }),
        fc.integer({ min: 200, max: 999 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('(A) B-C', 'A-B-C', 'A.B.C', 'A B C', 'ABC', '+1 A B C', '1-A-B-C'),
        (a, b, c, form) => {
          const line = String(c).padStart(4, '0');
          const written = form.replace('A', String(a)).replace('B', String(b)).replace('C', line);
          const text = `called back at ${written} today`;
          const ctx: RecordContext = { known: [{ kind: 'phone', category: 4, value: `${a}-${b}-${line}` }] };
          const spans = findSpans(text, ctx);
          const at = text.indexOf(written);
          // every digit of the written number is inside a span
          for (let i = at; i < at + written.length; i++) {
            if (/\d/.test(text[i] ?? '')) expect(spans.some((s) => s.start <= i && i < s.end)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('more hard cases', () => {
  test.each([
    ['Mr. and Mrs. Okafor visited', 'Okafor'],
    ['Dr. Parkinson saw the patient', 'Parkinson'],
    ['D/w Dr Alvarez re: plan', 'Alvarez'],
    ['WIFE MARY AT BEDSIDE', 'MARY'],
    ['PT SEEN BY DR SMITH', 'SMITH'],
  ])('%s', (text, want) => {
    expect(values(text)).toContain(want);
  });
  test.each([
    "Parkinson's disease, on carbidopa-levodopa.",
    'Guillain-Barre syndrome, Swan-Ganz catheter, Wolff-Parkinson-White.',
    'Pt Will Need Rehab. May Start TF Today.',
    'Case discussed with Case Management.',
    'F/u with Cardiology on Monday. NPO after midnight.',
  ])('no name in %s', (text) => {
    expect(found(text).filter((f) => f.kind.endsWith('name'))).toEqual([]);
  });
});

describe('record context guards', () => {
  test('placeholder values are not searched for', () => {
    const ctx: RecordContext = {
      known: [
        { kind: 'person-name', category: 1, value: 'Unknown' },
        { kind: 'email', category: 6, value: 'N/A' },
        { kind: 'mrn', category: 8, value: '-' },
      ],
    };
    expect(findSpans('Allergies unknown. Code status N/A - discuss.', ctx)).toEqual([]);
  });
});

describe('messy extracts', () => {
  test.each([
    ['PT JOHN SMITH 92YO M ADM 03/14/2024', 'JOHN SMITH'],
    ['wife mary at bedside', 'mary'],
    ['pt john okafor seen', 'john okafor'],
    ['PID|1||123||SMITH^JOHN^A||19500314', 'SMITH'],
    ['Name on wristband: SMITH^JOHN^A', 'JOHN'],
    ['call 212/555-0142', '212/555-0142'],
  ])('%s', (text, want) => {
    expect(values(text)).toContain(want);
  });
  test('lower-case words after pt are not names', () => {
    expect(findSpans('pt will need rehab, son will call, pt may go home')).toEqual([]);
  });
});

describe('words after pt are not names', () => {
  test.each([
    'Pt Lethargic but arousable.',
    'Pt Pleasant and cooperative.',
    'Wife Anxious re: plan.',
    'Patient Denies pain.',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.kind.endsWith('name'))).toEqual([]);
  });
});

test('login followed by an English word is not a username', () => {
  const text = 'Portal login from 203.0.113.7 noted.';
  expect(found(text).filter((f) => f.kind === 'username')).toEqual([]);
});

describe('names after a form label', () => {
  test.each([
    ['Guarantor: ODA VANTREE', 'ODA VANTREE'],
    ['Patient: ODA VANTREE, DOB 1/2/1950', 'ODA VANTREE'],
    ['NOK: Zephra Vantree (dtr) 617-555-0111', 'Zephra Vantree'],
    ['Subscriber: Q. Vantree', 'Q. Vantree'],
    ['Name: Oda V. Vantree', 'Oda V. Vantree'],
    ['Allergies: NKDA\nEmergency Contact: TAVISH ORLEMONDE', 'TAVISH ORLEMONDE'],
  ])('%s', (text, want) => {
    expect(values(text)).toContain(want);
  });
  test.each([
    'Emergency Contact: None Listed',
    'Name: Not Provided',
    'Patient: Denies Pain',
    'Plan: Continue Lasix',
    'Guarantor: Self',
    'Emergency Contact: Spouse',
    'Pt: Will Follow Up',
    'Assessment: Parkinson Disease',
  ])('no name in %s', (text) => {
    expect(found(text).filter((f) => f.kind.endsWith('name'))).toEqual([]);
  });
});

describe('the number a clinician was paged at', () => {
  test.each([
    ['PAGED @ 3-4471 for K 5.9', '3-4471'],
    ['paged to 55123, no callback', '55123'],
    ['re-paged at 4-0192', '4-0192'],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual({ kind: 'phone', value: want });
  });
  test.each(['paged at 0300 re: K', 'paged x2 for hypotension', 'page 2 of 3', 'paged at 2-3 pm'])(
    'no phone in %s',
    (text) => {
      expect(found(text).filter((f) => f.kind === 'phone')).toEqual([]);
    },
  );
});
