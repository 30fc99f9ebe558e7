import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories.js';
import { isReservedDomain, isReservedEmailDomain } from './email-domains.js';
import { getKind, KINDS, kindById } from './index.js';
import { ipVersion, isDocumentationIp } from './ip.js';
import { gs1CheckDigit, luhnCheckDigit, luhnValid } from './luhn.js';
import { isFictionalLine, isValidNpa, splitNanp, US_NPAS } from './nanp.js';
import { restrictedZip3, ZIP3_LISTS } from './zip3.js';

/** Every kind id of the shared vocabulary in the common brief. */
const SHARED_IDS = [
  'given-name',
  'family-name',
  'person-name',
  'employer-name',
  'street-address',
  'city',
  'county',
  'zip',
  'geo-coordinates',
  'date',
  'birth-date',
  'age',
  'phone',
  'fax',
  'email',
  'ssn',
  'mrn',
  'member-id',
  'mbi',
  'account-number',
  'card-number',
  'drivers-license',
  'passport',
  'dea',
  'medical-license',
  'vin',
  'license-plate',
  'device-udi',
  'device-serial',
  'mac-address',
  'url',
  'ip-address',
  'biometric-id',
  'photo',
  'encounter-number',
  'claim-number',
  'order-number',
  'username',
  'employee-id',
  'npi',
  'unique-id',
];

describe('registry', () => {
  it('holds exactly the shared kind ids, each once', () => {
    expect([...KINDS.map((k) => k.id)].sort()).toEqual([...SHARED_IDS].sort());
  });
  it('looks kinds up and throws a coded error on unknown ids', () => {
    expect(kindById('ssn')?.category).toBe(7);
    expect(kindById('nope')).toBeUndefined();
    expect(() => getKind('nope')).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
  });
  it('covers all 18 categories except none missing', () => {
    const covered = new Set(KINDS.map((k) => k.category));
    for (let c = 1; c <= 18; c++) expect(covered.has(c as never), `category ${c}`).toBe(true);
  });
  it('names the 18 Safe Harbor categories A–R', () => {
    expect(Object.keys(CATEGORIES)).toHaveLength(18);
    expect(CATEGORIES[1].letter).toBe('A');
    expect(CATEGORIES[7].name).toBe('Social security numbers');
    expect(CATEGORIES[18].letter).toBe('R');
  });
});

describe('Luhn and GS1', () => {
  it('matches published worked examples', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('808401234567893')).toBe(true); // CMS's NPI example 1234567893 over 80840
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(gs1CheckDigit('0952000000001')).toBe(1); // 09520000000011 from fake-ranges.md
    expect(gs1CheckDigit('400638133393')).toBe(1); // GS1's own GTIN-13 example 4006381333931
  });
});

describe('NANP', () => {
  it('knows valid and impossible area codes', () => {
    for (const npa of ['202', '617', '415', '800']) expect(isValidNpa(npa)).toBe(true);
    for (const npa of ['555', '123', '011', '911', '290', '370', '960']) expect(isValidNpa(npa)).toBe(false);
    for (const npa of US_NPAS) expect(isValidNpa(npa), npa).toBe(true);
  });
  it('splits numbers and spots the fiction range', () => {
    expect(splitNanp('12025550142')).toEqual({ country: '1', npa: '202', nxx: '555', line: '0142' });
    expect(splitNanp('123')).toBeUndefined();
    expect(isFictionalLine('555', '0100')).toBe(true);
    expect(isFictionalLine('555', '0200')).toBe(false);
    expect(isFictionalLine('556', '0150')).toBe(false);
  });
});

describe('reserved domains and documentation IPs', () => {
  it('recognises RFC 2606 / 6761 names only', () => {
    expect(isReservedEmailDomain('a@example.com')).toBe(true);
    expect(isReservedEmailDomain('a@sub.EXAMPLE.org.')).toBe(true);
    expect(isReservedEmailDomain('a@x.test')).toBe(true);
    expect(isReservedEmailDomain('a@gmail.com')).toBe(false);
    expect(isReservedDomain('myexample.com')).toBe(false);
    expect(isReservedDomain('example.com.au')).toBe(false);
  });
  it('recognises TEST-NETs and the IPv6 documentation prefixes', () => {
    for (const ip of [
      '192.0.2.1',
      '198.51.100.200',
      '203.0.113.7',
      '2001:db8::7',
      '2001:DB8:ffff::1',
      '3fff::1',
      '[2001:db8::1]',
    ])
      expect(isDocumentationIp(ip), ip).toBe(true);
    for (const ip of ['192.0.3.1', '8.8.8.8', '10.0.0.1', '2001:db9::1', '::1', 'nope'])
      expect(isDocumentationIp(ip), ip).toBe(false);
    expect(ipVersion('203.0.113.7')).toBe(4);
    expect(ipVersion('fe80::1%eth0')).toBe(6);
    expect(ipVersion('1.2.3')).toBe(0);
  });
});

describe('ZIP3 lists', () => {
  it('ships the 2000 (17) and 2020 (18) Census lists and their union', () => {
    expect(ZIP3_LISTS.census2000.prefixes).toHaveLength(17);
    expect(ZIP3_LISTS.census2020.prefixes).toHaveLength(18);
    const union = restrictedZip3('union');
    expect(union.size).toBe(
      new Set([...ZIP3_LISTS.census2000.prefixes, ...ZIP3_LISTS.census2020.prefixes]).size,
    );
    expect(restrictedZip3('census2000').has('063')).toBe(true);
    expect(restrictedZip3('census2020').has('063')).toBe(false);
    expect(union.has('063') && union.has('753')).toBe(true);
    expect(restrictedZip3().has('021')).toBe(false);
  });
});
