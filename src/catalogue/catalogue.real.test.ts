/**
 * Table tests: real-looking values (invented here, never from a record) are called 'real', and the
 * reason never repeats any digit run or word of the value.
 */
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { getKind } from './index.js';
import type { FakeOptions } from './types.js';

const OBVIOUS: FakeOptions = { style: 'obvious' };
const REALISTIC: FakeOptions = { style: 'realistic' };

/** [kind, value, options] — each value must be judged 'real'. */
const REAL: readonly (readonly [string, string, FakeOptions?])[] = [
  ['ssn', '412-55-1234'],
  ['ssn', '123456789'],
  ['ssn', '987-65-4321'],
  ['ssn', '078-05-1120'],
  ['ssn', '219-09-9999'],
  ['ssn', '900-70-1234'],
  ['ssn', '912-93-4567'],
  ['phone', '617-253-1000'],
  ['phone', '(617) 555-2368'],
  ['phone', '+1 415 555 0200'],
  ['phone', '212.867.5309'],
  ['phone', '2128675309'],
  ['phone', '+61 491 570 200'],
  ['fax', '(212) 639-2000'],
  ['email', 'jane.roe@gmail.com'],
  ['email', 'j.doe@hospital.org'],
  ['email', 'someone@example.co.uk'],
  ['email', 'x@notexample.com'],
  ['zip', '02139'],
  ['zip', '00501'],
  ['zip', '90210-1234'],
  ['mrn', '00123456'],
  ['mrn', 'TESTA12345'],
  ['member-id', 'XYZ123456789'],
  ['account-number', '4455667788'],
  ['drivers-license', 'D1234567'],
  ['encounter-number', '100234567'],
  ['claim-number', '2024123456789'],
  ['username', 'jdoe42'],
  ['family-name', 'Smith'],
  ['family-name', 'Smith', REALISTIC],
  ['person-name', 'DOE, JOHN A'],
  ['person-name', 'Maria Garcia', REALISTIC],
  ['given-name', 'Maria', REALISTIC],
  ['employer-name', 'Acme Widgets Inc'],
  ['ip-address', '8.8.8.8'],
  ['ip-address', '192.168.1.20'],
  ['ip-address', '2607:f8b0:4005:80a::200e'],
  ['url', 'https://www.mit.edu/~someone/page'],
  ['url', 'http://example.co/path'],
  ['url', 'mychart.hospital.org/login'],
  ['ip-address', '8.8.4.4:53'],
  ['mac-address', '3C:22:FB:12:34:56'],
  ['mac-address', '00-00-5E-00-54-01'],
  ['birth-date', '1900-01-01'],
  ['birth-date', '01/01/1900'],
  ['age', '93'],
  ['age', '101 years'],
  ['photo', 'photos/patient_88123.jpg'],
  ['device-udi', '(01)00812345678901(21)SN88123'],
  ['npi', '1234567893'],
  ['dea', 'AB1234563'],
  ['vin', '1HGCM82633A004352'],
  ['mbi', '1EG4-TE5-MK73'],
  ['card-number', '4000 1234 5678 9017'],
];

function fragments(value: string): string[] {
  const digitRuns = value.match(/\d{2,}/g) ?? [];
  const words = (value.match(/[A-Za-z]{3,}/g) ?? []).filter(
    (w) => !['com', 'org', 'www', 'http', 'https', 'TEST', 'years', 'photos', 'jpg'].includes(w),
  );
  return [...digitRuns, ...words];
}

describe('real-looking values are called real, without echoing the value', () => {
  for (const [kindId, value, opts] of REAL) {
    it(`${kindId}: ${value}`, () => {
      const verdict = getKind(kindId).isFake(value, opts ?? OBVIOUS);
      expect(verdict.status).toBe('real');
      if (verdict.status !== 'real') return;
      expect(verdict.reason.length).toBeGreaterThan(5);
      // Reasons state rules in words: no run of two digits, so no digit run of a value can leak.
      expect(verdict.reason).not.toMatch(/\d\d/);
      for (const f of fragments(value)) expect(verdict.reason.toLowerCase()).not.toContain(f.toLowerCase());
    });
  }
});

/** [kind, value] — each must be proven fake in style obvious. */
const FAKE: readonly (readonly [string, string])[] = [
  ['ssn', '666-04-2917'],
  ['ssn', '000-12-3456'],
  ['ssn', '123-00-4567'],
  ['ssn', '123-45-0000'],
  ['ssn', '912-34-5678'],
  ['phone', '(202) 555-0142'],
  ['phone', '+1 202 555 0199 x123'],
  ['phone', '555-0100'],
  ['phone', '(123) 456-7890'],
  ['phone', '07700 900123'],
  ['phone', '+61 491 570 156'],
  ['phone', '(02) 5550 1234'],
  ['email', 'daffy.duck@example.com'],
  ['email', 'a@mail.example.org'],
  ['email', 'a@clinic.test'],
  ['email', 'A@B.INVALID'],
  ['zip', '00042'],
  ['zip', '00042-1234'],
  ['mrn', 'TEST004821'],
  ['mrn', 'test-0012'],
  ['member-id', 'ZZTEST1234567'],
  ['member-id', 'MBP000205A'],
  ['claim-number', '-10000930037'],
  ['ip-address', '203.0.113.7'],
  ['ip-address', '2001:db8::7'],
  ['ip-address', '3fff:0abc::1'],
  ['url', 'https://portal.example.com/patient/1'],
  ['url', 'http://203.0.113.5/x'],
  ['url', 'portal.example.com/chart/17'],
  ['ip-address', '203.0.113.7:8080'],
  ['ip-address', '[2001:db8::1]:443'],
  ['mac-address', '00:00:5e:00:53:2a'],
  ['mac-address', '0000.5e00.53ff'],
  ['family-name', 'ZZTEST-Duck'],
  ['person-name', 'ZZTEST-DUCK, DAFFY'],
  ['photo', 'img/TEST-000001.png'],
  ['device-udi', '09520000000011'],
  ['device-udi', '(01)09520000000011(21)TEST01'],
  ['npi', '3123456782'],
  ['npi', '1234567890'],
  ['dea', 'AB1234560'],
  ['vin', '1HGCM82633A004353'],
  ['vin', '1HGCM8263QA004352'],
  ['mbi', '1S00A00AA00'],
  ['mbi', '1EG4-TE5-MZ73'],
  ['card-number', '4242 4242 4242 4242'],
  ['card-number', '4000123456789011'],
  ['geo-coordinates', '0.5, -0.25'],
];

describe('provably fake values are called fake', () => {
  for (const [kindId, value] of FAKE) {
    it(`${kindId}: ${value}`, () => {
      expect(getKind(kindId).isFake(value, OBVIOUS).status).toBe('fake');
    });
  }
  it('realistic style accepts the 3-digit suffix, obvious does not', () => {
    expect(getKind('person-name').isFake('Daffy604 Duck512', REALISTIC).status).toBe('fake');
    expect(getKind('person-name').isFake('Daffy604 Duck512', OBVIOUS).status).toBe('real');
    expect(getKind('given-name').isFake('Daffy', OBVIOUS).status).toBe('unprovable');
  });
  it('site conventions: test prefixes and allow-listed fixtures', () => {
    const site = { testPrefixes: ['TST'], allow: ['qa.login'] };
    expect(getKind('mrn').isFake('TST0001234', { style: 'obvious', site }).status).toBe('fake');
    expect(getKind('mrn').isFake('0001234', { style: 'obvious', site }).status).toBe('real');
    expect(getKind('username').isFake('qa.login', { style: 'obvious', site }).status).toBe('fake');
    expect(getKind('email').isFake('qa.login@gmail.com', { style: 'obvious', site }).status).toBe('real');
  });
  it('unprovable kinds say so', () => {
    expect(getKind('date').isFake('2024-03-14', OBVIOUS).status).toBe('unprovable');
    expect(getKind('age').isFake('45', OBVIOUS).status).toBe('unprovable');
    expect(getKind('age').isFake('90+', OBVIOUS).status).toBe('unprovable');
    // Safe Harbor's ZIP3 generalisation keeps three digits: allowed, so not a finding on its own.
    expect(getKind('zip').isFake('021', OBVIOUS).status).toBe('unprovable');
  });
});

describe('SSN last-four fragments', () => {
  const kind = getKind('ssn');
  it('only the never-issued serial 0000 is provably fake, in any mask', () => {
    for (const v of ['0000', 'XXX-XX-0000', '***-**-0000'])
      expect(kind.isFake(v, OBVIOUS).status).toBe('fake');
    for (const v of ['4821', 'XXX-XX-4821']) expect(kind.isFake(v, OBVIOUS).status).toBe('real');
  });
  it("scrub's surrogate for a fragment is one of those", () => {
    const s = kind.surrogate('XXX-XX-4821', rngFor('frag'), { style: 'obvious' });
    expect(kind.isFake(s, OBVIOUS).status).toBe('fake');
  });
});
