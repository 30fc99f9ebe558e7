import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kindById } from './index.js';
import type { IdentifierKind } from './types.js';
import { identityOf, writeLike, writtenForm } from './written-form.js';

const mrn = kindById('mrn') as IdentifierKind;
const account = kindById('account-number') as IdentifierKind;
const mbi = kindById('mbi') as IdentifierKind;
const ssn = kindById('ssn') as IdentifierKind;

describe('identity of a record number', () => {
  test.each([
    ['0012345', '12345'],
    ['MRN-12345', '12345'],
    ['mrn 12-345', '12345'],
    ['MRN: 00012345', '12345'],
    ['MRN#12345', '12345'],
    ['12 345', '12345'],
    ['a0012b', 'A12B'],
    ['TEST0042', 'TEST42'],
    ['MRN0042', '42'],
    ['MRNTEST0042', 'TEST42'],
    ['ZZTEST0042', 'ZZTEST42'],
    ['0', '0'],
  ])('%s is %s', (value, identity) => {
    expect(identityOf(mrn, value)).toBe(identity);
  });

  test('a label must be one of the kind’s own words', () => {
    expect(identityOf(account, 'Acct #000777')).toBe('777');
    // `MRN` is no account label, and `HX` no label at all: letters that are part of the number stay.
    expect(identityOf(account, 'MRN-777')).toBe('MRN777');
    expect(identityOf(mrn, 'HX-0042')).toBe('HX42');
    // A bare label word is the value itself.
    expect(writtenForm(mrn, 'MRN')?.prefix).toBe('');
  });

  test('codes keep every character; kinds without a form are their trimmed selves', () => {
    expect(identityOf(mbi, '1eg4-te5-mk73')).toBe('1EG4TE5MK73');
    expect(identityOf(mbi, '0EG4TE5MK73')).toBe('0EG4TE5MK73');
    expect(identityOf(ssn, ' 123-45-6789 ')).toBe('123-45-6789');
  });
});

describe('a token written like each occurrence', () => {
  test.each([
    ['0012345', 'TEST7781', 'TEST007781'],
    ['MRN-12345', 'TEST7781', 'MRN-TEST7781'],
    ['mrn 12-345', 'TEST7781', 'mrn TEST7-781'],
    ['067-890', 'TEST023599', 'TEST0023-599'],
    ['ab-1234', 'TEST55123', 'test5-5123'],
    // a separator that would fall inside the marker is left out
    ['12-3456789', 'TEST12345', 'TEST12345'],
  ])('%s, token %s → %s', (value, token, want) => {
    expect(writeLike(token, writtenForm(mrn, value)!)).toBe(want);
  });

  // Every way of writing one number gets a written token whose identity is the token's identity,
  // which keeps the occurrence's label and case and stays provably fake.
  const digits = fc.stringMatching(/^[1-9]\d{3,9}$/);
  const writing = fc.record({
    label: fc.constantFrom('', 'MRN-', 'mrn ', 'MRN: ', 'MRN#', 'medrecno ', 'MRN'),
    zeros: fc.integer({ min: 0, max: 3 }),
    dash: fc.integer({ min: 0, max: 4 }),
  });
  const write = (n: string, w: { label: string; zeros: number; dash: number }): string => {
    const padded = '0'.repeat(w.zeros) + n;
    const at = padded.length - w.dash;
    const body = w.dash > 0 && at > 0 ? `${padded.slice(0, at)}-${padded.slice(at)}` : padded;
    return w.label + body;
  };
  test('property: one identity in, one identity out, each in its own shape', () => {
    fc.assert(
      fc.property(digits, writing, writing, fc.stringMatching(/^\d{4,10}$/), (n, a, b, tail) => {
        const va = write(n, a);
        const vb = write(n, b);
        expect(identityOf(mrn, va)).toBe(identityOf(mrn, vb));
        const token = `TEST${tail}`;
        const wa = writeLike(token, writtenForm(mrn, va)!);
        const wb = writeLike(token, writtenForm(mrn, vb)!);
        expect(identityOf(mrn, wa)).toBe(identityOf(mrn, token));
        expect(identityOf(mrn, wb)).toBe(identityOf(mrn, token));
        expect(wa.startsWith(a.label)).toBe(true);
        expect(mrn.isFake(wa, { style: 'obvious' }).status).toBe('fake');
        expect(mrn.isFake(wb, { style: 'obvious' }).status).toBe('fake');
      }),
    );
  });
});

describe('check reads the marker behind a label', () => {
  test.each(['MRN-TEST0042', 'mrn test42', 'Acct #TEST0042', 'MRNTEST0042'])('%s is fake', (value) => {
    const kind = value.startsWith('Acct') ? account : mrn;
    expect(kind.isFake(value, { style: 'obvious' }).status).toBe('fake');
  });
  test.each(['MRN-0042', 'XYZ-TEST0042'])('%s is not', (value) => {
    expect(mrn.isFake(value, { style: 'obvious' }).status).toBe('real');
  });
});
