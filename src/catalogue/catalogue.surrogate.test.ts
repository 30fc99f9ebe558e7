/**
 * Property tests for surrogates: for real-looking originals (generated here), `surrogate` keeps
 * the original's shape and is itself provably fake (or 'unprovable' for kinds without a range).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { parseDate } from './date-formats.js';
import { getKind, KINDS } from './index.js';
import { luhnCheckDigit } from './luhn.js';
import { surrogateName } from './names.js';
import { US_NPAS } from './nanp.js';
import type { Style } from './types.js';

const RUNS = 150;

/** Character-class shape: digits → 9, upper → A, lower → a, rest kept. */
function shape(s: string): string {
  return s.replace(/\d/g, '9').replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a');
}

const digitsN = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const upperWord = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKMNPRTUVWXY'), minLength: 2, maxLength: 9 });
const titleWord = upperWord.map((w) => w.charAt(0) + w.slice(1).toLowerCase());

const ssnOriginal = fc
  .tuple(
    fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
    fc.constantFrom('-', ' ', '.', ''),
  )
  .map(
    ([a, g, s, sep]) =>
      `${String(a).padStart(3, '0')}${sep}${String(g).padStart(2, '0')}${sep}${String(s).padStart(4, '0')}`,
  );

const phoneOriginal = fc
  .tuple(
    fc.constantFrom(...US_NPAS),
    fc.integer({ min: 200, max: 999 }).filter((x) => x !== 555 && x % 100 !== 11),
    digitsN(4),
    fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
  )
  .map(
    ([npa, nxx, line, layout]) =>
      [
        `(${npa}) ${nxx}-${line}`,
        `${npa}-${nxx}-${line}`,
        `${npa}.${nxx}.${line}`,
        `+1 ${npa} ${nxx} ${line}`,
        `${npa}${nxx}${line}`,
        `1-${npa}-${nxx}-${line}`,
        `(${npa}) ${nxx} ${line} ext. 12`,
      ][layout] ?? '',
  );

function luhnValid16(prefix: string, body: string): string {
  const payload = (prefix + body).slice(0, 15);
  return payload + String(luhnCheckDigit(payload));
}

function npiFrom(body: string): string {
  const nine = `1${body.slice(0, 8)}`;
  return nine + String(luhnCheckDigit(`80840${nine}`));
}

function gs1(payload: string): string {
  let sum = 0;
  let w = 3;
  for (let i = payload.length - 1; i >= 0; i--) {
    sum += Number(payload[i]) * w;
    w = w === 3 ? 1 : 3;
  }
  return payload + String((10 - (sum % 10)) % 10);
}

/** Words a surrogate keeps by design (street suffixes, "County", URL schemes, fixed path words). */
const KEPT_WORDS = new Set(['county', 'avenue', 'street', 'https', 'patients', 'photos', 'hospital']);

/** The first run of 5+ letters/digits of the original that reappears in the surrogate. */
function leak(original: string, surrogate: string): string | undefined {
  for (const run of original.match(/[A-Za-z0-9]{5,}/g) ?? []) {
    if (!KEPT_WORDS.has(run.toLowerCase()) && surrogate.includes(run)) return run;
  }
  return undefined;
}

type Check = (original: string, surrogate: string) => void;
const sameShape: Check = (o, s) => expect(shape(s)).toBe(shape(o));
const sameLength: Check = (o, s) => expect(s.length).toBe(o.trim().length);

const CASES: Readonly<Record<string, { arb: fc.Arbitrary<string>; check?: Check }>> = {
  ssn: { arb: ssnOriginal, check: sameShape },
  phone: { arb: phoneOriginal, check: sameShape },
  fax: { arb: phoneOriginal, check: sameShape },
  email: {
    arb: fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9._]{0,12}[a-z0-9]$/),
        fc.constantFrom('gmail.com', 'yahoo.com', 'hospital.org', 'uni.edu', 'mail.net'),
      )
      .map(([l, d]) => `${l}@${d}`),
    check: (o, s) => expect(shape(s.slice(0, s.indexOf('@')))).toBe(shape(o.slice(0, o.indexOf('@')))),
  },
  zip: {
    arb: fc
      .tuple(fc.integer({ min: 1001, max: 99999 }), fc.boolean(), digitsN(4))
      .map(([z, plus, four]) => String(z).padStart(5, '0') + (plus ? `-${four}` : '')),
    check: sameShape,
  },
  mrn: {
    arb: fc.oneof(
      digitsN(8),
      digitsN(10),
      fc.tuple(upperWord, digitsN(7)).map(([a, b]) => a.slice(0, 2) + b),
    ),
    check: sameLength,
  },
  'member-id': {
    arb: fc.tuple(upperWord, digitsN(9)).map(([a, b]) => a.slice(0, 3).padEnd(3, 'X') + b),
    check: sameLength,
  },
  'account-number': { arb: digitsN(12), check: sameLength },
  'drivers-license': {
    arb: fc.tuple(upperWord, digitsN(8)).map(([a, b]) => a.charAt(0) + b),
    check: sameLength,
  },
  passport: { arb: digitsN(9), check: sameLength },
  'medical-license': {
    arb: fc.tuple(upperWord, digitsN(6)).map(([a, b]) => `${a.slice(0, 2)}${b}`),
    check: sameLength,
  },
  'license-plate': {
    arb: fc.tuple(upperWord, digitsN(4)).map(([a, b]) => `${a.slice(0, 3)}${b}`.slice(0, 7)),
    check: sameLength,
  },
  'device-serial': { arb: fc.tuple(upperWord, digitsN(8)).map(([a, b]) => `${a}-${b}`), check: sameLength },
  'encounter-number': { arb: digitsN(10), check: sameLength },
  'claim-number': { arb: digitsN(13), check: sameLength },
  'order-number': { arb: digitsN(9), check: sameLength },
  'employee-id': { arb: digitsN(6), check: sameLength },
  'unique-id': { arb: fc.uuid(), check: sameLength },
  'biometric-id': { arb: fc.base64String({ minLength: 40, maxLength: 60 }), check: sameLength },
  username: {
    arb: fc.stringMatching(/^[a-z]{3,8}[0-9]{0,3}$/),
    check: (o, s) => expect(s.length).toBeGreaterThanOrEqual(o.length),
  },
  'given-name': { arb: titleWord },
  'family-name': { arb: fc.oneof(titleWord, upperWord) },
  'person-name': {
    arb: fc
      .tuple(titleWord, titleWord, fc.boolean())
      .map(([g, f, comma]) => (comma ? `${f.toUpperCase()}, ${g.toUpperCase()}` : `${g} ${f}`)),
    check: (o, s) => expect(s.split(/\s+/).length).toBe(o.split(/\s+/).length),
  },
  'employer-name': {
    arb: fc.tuple(titleWord, fc.constantFrom('Inc', 'LLC', 'Hospital')).map(([a, b]) => `${a} ${b}`),
  },
  'street-address': {
    arb: fc
      .tuple(fc.integer({ min: 1, max: 99999 }), titleWord, fc.constantFrom('St', 'Avenue', 'Rd.'))
      .map(([n, w, s]) => `${n} ${w} ${s}`),
    check: (o, s) => expect(s.split(' ')[0]?.length).toBe(o.split(' ')[0]?.length),
  },
  date: {
    arb: fc
      .tuple(
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(0, 1, 2, 3, 4),
      )
      .map(([y, m, d, f]) => {
        const mm = String(m).padStart(2, '0');
        const dd = String(d).padStart(2, '0');
        return (
          [
            `${y}-${mm}-${dd}`,
            `${mm}/${dd}/${y}`,
            `${m}/${d}/${String(y).slice(2)}`,
            `${y}${mm}${dd}`,
            `${dd}-Mar-${y}`,
          ][f] ?? ''
        );
      }),
    check: (o, s) => {
      expect(parseDate(s)).toBeDefined();
      // Unpadded notations (3/14/24) legitimately vary in width: compare digit runs, not digits.
      expect(shape(s).replace(/9+/g, '9')).toBe(shape(o).replace(/9+/g, '9'));
    },
  },
  'birth-date': {
    arb: fc
      .date({ min: new Date('1930-01-02'), max: new Date('2024-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    check: sameShape,
  },
  'ip-address': { arb: fc.oneof(fc.ipV4(), fc.ipV6()) },
  'mac-address': {
    arb: fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }),
        fc.constantFrom(':', '-'),
      )
      .map(([b, sep]) => b.map((x) => x.toString(16).padStart(2, '0').toUpperCase()).join(sep)),
    check: (o, s) => expect(s.replace(/[0-9A-F]/g, 'h')).toBe(o.replace(/[0-9A-F]/g, 'h')),
  },
  url: {
    arb: fc
      .tuple(
        fc.constantFrom('mit.edu', 'www.nih.gov', 'portal.hospital.org'),
        fc.stringMatching(/^[a-z0-9]{1,10}$/),
      )
      .map(([h, p]) => `https://${h}/patients/${p}`),
  },
  'card-number': {
    arb: fc.tuple(fc.constantFrom('4', '51', '6011'), digitsN(15), fc.boolean()).map(([p, b, g]) => {
      const pan = luhnValid16(p, b);
      return g ? pan.replace(/(\d{4})(?=\d)/g, '$1 ') : pan;
    }),
    check: sameShape,
  },
  npi: { arb: digitsN(8).map(npiFrom), check: sameShape },
  dea: {
    arb: fc
      .tuple(fc.constantFrom('A', 'B', 'F', 'M'), fc.constantFrom(...'ABCDEFGHJKLMNPRSTW'), digitsN(6))
      .map(([a, b, six]) => {
        const d = [...six].map(Number);
        const c =
          ((d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0))) % 10;
        return `${a}${b}${six}${c}`;
      }),
    check: sameShape,
  },
  mbi: {
    arb: fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...'ACDEFGHJKMNPQRTUVWXY'),
        digitsN(7),
        fc.boolean(),
      )
      .map(([c, a, ds, dashed]) => {
        const v = `${c}${a}${ds[0]}${ds[1]}${a}${ds[2]}${ds[3]}${a}${a}${ds[4]}${ds[5]}`;
        return dashed ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}` : v;
      }),
    check: (o, s) => expect(s.replace(/[^-]/g, '')).toBe(o.replace(/[^-]/g, '')),
  },
  vin: { arb: fc.constant('1HGCM82633A004352') },
  'device-udi': {
    arb: fc.tuple(digitsN(12), fc.boolean(), digitsN(6)).map(([d, hri, sn]) => {
      const g = gs1(`0${d.replace(/^9/, '8').replace(/^(\d{0,2})/, '08')}`.slice(0, 13));
      return hri ? `(01)${g}(21)${sn}` : g;
    }),
    check: (o, s) => expect(s.startsWith('(01)')).toBe(o.startsWith('(01)')),
  },
  'geo-coordinates': {
    arb: fc
      .tuple(fc.double({ min: 20, max: 60, noNaN: true }), fc.double({ min: -120, max: -70, noNaN: true }))
      .map(([a, b]) => `${a.toFixed(5)}, ${b.toFixed(5)}`),
    // Same separator and decimal places; sign and integer digits move with the point.
    check: (o, s) => expect(shape(s).replace(/-?9+\./g, '9.')).toBe(shape(o).replace(/-?9+\./g, '9.')),
  },
  city: { arb: titleWord },
  county: { arb: titleWord.map((w) => `${w} County`) },
  age: { arb: fc.integer({ min: 0, max: 110 }).map(String) },
  photo: { arb: fc.stringMatching(/^[a-z0-9_]{1,12}$/).map((n) => `photos/${n}.jpg`) },
};

describe('surrogate keeps shape and is fake', () => {
  it('every kind has a surrogate case', () => {
    expect(KINDS.map((k) => k.id).filter((id) => !CASES[id])).toEqual([]);
  });
  for (const [kindId, { arb, check }] of Object.entries(CASES)) {
    for (const style of ['obvious', 'realistic'] as Style[]) {
      it(`${kindId} (${style})`, () => {
        const kind = getKind(kindId);
        let n = 0;
        fc.assert(
          fc.property(arb, (original) => {
            const s = kind.surrogate(original, rngFor('surrogate-test', kindId, style, n++), { style });
            check?.(original, s);
            expect(leak(original, s), `${kindId} surrogate repeats part of its original`).toBeUndefined();
            const verdict = kind.isFake(s, { style });
            const unprovableOk = !kind.provable || (kindId === 'given-name' && style === 'obvious');
            if (unprovableOk) expect(verdict.status).not.toBe('real');
            else expect(verdict.status, `${kindId} surrogate ${s} of ${original}`).toBe('fake');
          }),
          { numRuns: RUNS, seed: 20261123 },
        );
      });
    }
  }
});

describe('surrogates drop what sits beside the identifier', () => {
  const rng = rngFor('surrogate-extra');
  it('street: a trailing city and ZIP are dropped, the unit kept with a new number', () => {
    const s = getKind('street-address').surrogate('12 Elm Street Apt 4B, Springfield, MA 02139', rng, {
      style: 'obvious',
    });
    expect(s).toMatch(/^\d{2} [A-Z][a-z]+ Street Apt \d[A-Z]$/);
    expect(s).not.toContain('Springfield');
  });
  it('url: user info and path keep only their shape', () => {
    const s = getKind('url').surrogate(
      'https://jdoe:pw1234@mychart.hospital.org/patients/88123?mrn=445566',
      rng,
      { style: 'obvious' },
    );
    expect(s.startsWith('https://')).toBe(true);
    expect(s).toContain('@example.com/');
    for (const part of ['jdoe', '1234', 'mychart', '88123', '445566']) expect(s).not.toContain(part);
  });
  it('date: the time of day is redrawn and the offset kept', () => {
    const s = getKind('date').surrogate('2024-03-14T08:15:42+05:00', rng, { style: 'obvious' });
    expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$/);
    expect(s).not.toContain('08:15:42');
  });
  it('photo: directory names keep only their shape', () => {
    const s = getKind('photo').surrogate('photos/445566/face.jpg', rng, { style: 'obvious' });
    expect(s).toMatch(/^[a-z]{6}\/\d{6}\/TEST-\d{6}\.jpg$/);
    expect(s).not.toContain('445566');
  });
});

describe('clinician credentials in a name survive its surrogate', () => {
  const rng = rngFor('credentials');
  it.each([
    ['Mildred Mitchell, MSW', /, MSW$/],
    ['NAKAMURA, MARCUS PA-C', / PA-C$/],
    ['LINDQVIST, GRACE-ANN DO', / DO$/],
    ['Mahmoud, Teresa MD PhD', / MD PhD$/],
  ])('%s', (name, kept) => {
    const s = surrogateName(name, rng, { style: 'obvious' });
    expect(s).toMatch(kept);
    expect(s).toMatch(/ZZTEST-/);
    for (const part of name.split(/[ ,]+/).slice(0, 2)) expect(s).not.toContain(part);
  });
  it('a surname that is also a credential (Do, Pa) is replaced when nothing says credential', () => {
    expect(surrogateName('Minh Do', rng, { style: 'obvious' })).not.toMatch(/\bDo\b/);
    expect(surrogateName('Pa, Lee', rng, { style: 'obvious' })).not.toMatch(/\bPa\b/);
  });
});
