/**
 * Code columns: SNOMED CT concept ids (9 digits, like SSNs) keep a field unclassified, a column
 * of dashless SSNs without a telling name is still found, and `*_code` names weigh against kinds
 * found by values alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { compileClinicalData } from '../generate/clinical/data.js';
import { codeNamed, isLoincCode, isSnomedConceptId, snomedColumn, verhoeffValid } from './code-systems.js';
import { classifyFields } from './index.js';

/** Append the Verhoeff check digit that makes `body` valid. */
function withCheck(body: string): string {
  for (let d = 0; d < 10; d++) if (verhoeffValid(body + d)) return body + d;
  throw new Error('no check digit');
}

const rng = rngFor('test', 'code-systems');
/** Invented 9-digit SNOMED-shaped concept ids: 6 digits, partition 00, check digit. */
const snomedIds = Array.from({ length: 200 }, () => withCheck(`${rng.int(100000, 999999)}00`));
/** Invented SSNs without dashes: area 001–665 or 667–899, group 01–99, serial 0001–9999. */
const ssns = Array.from({ length: 200 }, () => {
  let area = rng.int(1, 898);
  if (area === 666) area = 667;
  const pad = (x: number, w: number) => String(x).padStart(w, '0');
  return `${pad(area, 3)}${pad(rng.int(1, 99), 2)}${pad(rng.int(1, 9999), 4)}`;
});

const classify = (key: string, values: string[]) =>
  classifyFields([{ path: key, key, values }], { fields: {} })[0];

describe('check digits', () => {
  it('known codes pass and altered ones fail', () => {
    expect(isSnomedConceptId('44054006')).toBe(true);
    expect(isSnomedConceptId('44054007')).toBe(false);
    expect(isSnomedConceptId('44054016')).toBe(false); // partition 01: a description id
    expect(isLoincCode('4548-4')).toBe(true);
    expect(isLoincCode('4548-5')).toBe(false);
  });

  it('every SNOMED code the generator ships is a concept id', () => {
    const data = compileClinicalData();
    for (const [, t] of data.encounterTypes) expect(isSnomedConceptId(t.snomed)).toBe(true);
  });

  it('a single changed digit always breaks the Verhoeff check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100000, max: 9999999 }),
        fc.nat(20),
        fc.integer({ min: 1, max: 9 }),
        (n, at, delta) => {
          const id = withCheck(String(n));
          const i = at % id.length;
          const changed = id.slice(0, i) + String((Number(id[i]) + delta) % 10) + id.slice(i + 1);
          return !verhoeffValid(changed);
        },
      ),
    );
  });
});

describe('code columns', () => {
  it('a SNOMED column is no SSN field, whatever its name', () => {
    expect(snomedColumn(snomedIds)).toBe(true);
    for (const key of ['F07', 'type_code', 'value']) {
      const cls = classify(key, snomedIds);
      expect(cls?.kind, key).toBeNull();
      expect(cls?.freeText).toBe(false);
    }
  });

  it('an SSN column without dashes named F07 is still found', () => {
    expect(snomedColumn(ssns)).toBe(false);
    expect(classify('F07', ssns)?.kind).toBe('ssn');
  });

  it('a field named like a code is not classified by digit patterns alone', () => {
    expect(classify('dx_cd', ssns)?.kind).toBeNull();
    expect(classify('typeCode', ssns)?.kind).toBeNull();
    // A header hint still counts, and postal codes are not codes.
    expect(codeNamed('zip_code')).toBe(false);
    expect(codeNamed('postal_code')).toBe(false);
    expect(codeNamed('zipcd')).toBe(false);
    expect(codeNamed('type_code')).toBe(true);
    expect(codeNamed('dx_cd')).toBe(true);
    expect(codeNamed('encode')).toBe(false);
  });
});
