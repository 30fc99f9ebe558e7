import { describe, expect, test } from 'vitest';
import { findSpans } from './index.js';

// Invented segments: names, numbers and places are made up for the test.
function found(text: string): { kind: string; value: string }[] {
  return findSpans(text).map((s) => ({ kind: s.kind, value: text.slice(s.start, s.end) }));
}
function values(text: string): string[] {
  return found(text).map((f) => f.value);
}

const PID =
  'PID|1||4471203^^^HOSP^MR||QUILLAN^MARGO^T||19800901|F|||412 Larkspur Way^^Dunmore^PA^18512^USA||(570)555-0143|||||88120455|219-09-9999';

describe('HL7 v2 segments in text', () => {
  test('PID: id, name parts, birth date, address parts, phone, account, SSN', () => {
    const got = values(`Interface msg pasted by IT:\n${PID}\nend`);
    for (const want of [
      '4471203',
      'QUILLAN',
      'MARGO',
      'T',
      '19800901',
      '412 Larkspur Way',
      'Dunmore',
      '18512',
      '(570)555-0143',
      '88120455',
      '219-09-9999',
    ]) {
      expect(got).toContain(want);
    }
  });

  test('PID: sex, state, country and assigning authority are not identifiers', () => {
    const got = values(PID);
    for (const keep of ['F', 'PA', 'USA', 'HOSP', 'MR']) {
      expect(got).not.toContain(keep);
    }
  });

  test('the ^ separators stay outside every span, so the segment still parses', () => {
    for (const s of findSpans(PID)) {
      expect(PID.slice(s.start, s.end)).not.toMatch(/[|^~]/);
    }
  });

  test('NK1: a relative is a person too', () => {
    const seg = 'NK1|1|QUILLAN^DESMOND|SPO^Spouse|412 Larkspur Way^^Dunmore^PA^18512|(570)555-0178';
    const got = values(seg);
    expect(got).toEqual(expect.arrayContaining(['QUILLAN', 'DESMOND', '(570)555-0178']));
    expect(got).not.toContain('Spouse');
  });

  test('PV1: attending doctor id and name, visit number', () => {
    const seg = 'PV1|1|I|4W^412^B||||1234567893^OKAFOR^BRENNA^^^DR|||||||||||V0099812';
    expect(values(seg)).toEqual(expect.arrayContaining(['1234567893', 'OKAFOR', 'BRENNA', 'V0099812']));
    expect(values(seg)).not.toContain('DR');
  });

  test('repetitions: every name in a ~-separated list', () => {
    const seg = 'PID|1||55012^^^HOSP^MR||VANTREE^ODA~VANTREE-LIND^ODA||19551212';
    expect(values(seg)).toEqual(expect.arrayContaining(['VANTREE', 'VANTREE-LIND', 'ODA']));
  });

  test('OBX: the result, its code and unit are clinical content, kept', () => {
    const seg = 'OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F';
    const got = values(seg);
    for (const keep of ['105', '2345-7', 'Glucose', 'mg/dL', '70-99']) {
      expect(got).not.toContain(keep);
    }
  });

  test.each([
    'BP|120/80 HR|72',
    'Vitals: T 98.6 | HR 80 | RR 18',
    'Plan: PID|not a segment mid-line',
    'PIDX|1||123',
  ])('no HL7 reading of %s', (text) => {
    expect(found(text).filter((f) => f.value === '120/80' || f.value === '123')).toEqual([]);
    expect(findSpans(text).filter((s) => s.kind === 'mrn')).toEqual([]);
  });
});
