/** Detector tables (positives in many notations, negatives that must not fire) and a ReDoS guard. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { getKind, KINDS } from './index.js';

const POSITIVE: readonly (readonly [string, string])[] = [
  ['ssn', '412-55-1234'],
  ['ssn', '900-12-3456'],
  ['ssn', '000-12-3456'],
  ['ssn', '412 55 1234'],
  ['date', '2024-03-14'],
  ['date', '03/14/2024'],
  ['date', '3/14/24'],
  ['date', '14-Mar-2024'],
  ['date', '14 MAR 2024'],
  ['date', 'March 14, 2024'],
  ['date', 'Sept. 4 2024'],
  ['date', '20240314'],
  ['date', '2024-03-14T08:15:00Z'],
  ['date', '14.03.2024'],
  ['phone', '(617) 253-1000'],
  ['phone', '617-253-1000'],
  ['phone', '617.253.1000'],
  ['phone', '+1 617 253 1000'],
  ['phone', '1-617-253-1000'],
  ['phone', '6172531000'],
  ['phone', '(617) 253-1000 x204'],
  ['phone', '+44 7700 900123'],
  ['email', 'jane.roe@gmail.com'],
  ['email', 'mailto:a.b@example.org'],
  ['url', 'https://www.mit.edu/x?y=1'],
  ['url', 'www.example.com/page'],
  ['ip-address', '8.8.8.8'],
  ['ip-address', '2001:db8::1'],
  ['mac-address', '3c:22:fb:12:34:56'],
  ['mac-address', '3c22.fb12.3456'],
  ['card-number', '4242 4242 4242 4242'],
  ['card-number', '378282246310005'],
  ['npi', '1234567893'],
  ['dea', 'AB1234563'],
  ['vin', '1HGCM82633A004352'],
  ['mbi', '1EG4-TE5-MK73'],
  ['device-udi', '(01)00812345678901(21)ABC123'],
  ['zip', '02139'],
  ['zip', '02139-4307'],
  ['street-address', '77 Massachusetts Ave'],
  ['street-address', 'PO Box 1234'],
  ['county', 'Middlesex County'],
  ['geo-coordinates', '42.3601, -71.0942'],
  ['geo-coordinates', 'POINT(-71.0942 42.3601)'],
  ['person-name', 'DOE, JOHN A'],
  ['person-name', 'Maria Garcia'],
  ['given-name', 'Maria'],
  ['family-name', 'Garcia'],
  ['employer-name', 'Acme Widgets Inc'],
  ['age', '45 yo'],
  ['age', '90+'],
  ['photo', 'photos/p123.jpg'],
];

const NEGATIVE: readonly (readonly [string, string])[] = [
  ['ssn', '7.2'],
  ['ssn', '2024-03-14'],
  ['ssn', '(617) 253-1000'],
  ['ssn', '1234567890'],
  ['phone', '2024-03-14'],
  ['phone', '03/14/2024'],
  ['phone', '7.2'],
  ['phone', '412-55-1234'],
  ['phone', '98.6'],
  ['phone', 'hello'],
  ['date', '7.2'],
  ['date', '2024-13-14'],
  ['date', '02/30/2024'],
  ['date', '12345678'],
  ['date', 'Mayday 1, 2020'],
  ['email', 'not an email'],
  ['email', 'a@b'],
  ['url', 'just text'],
  ['url', 'Dr.Smith'],
  ['ip-address', '999.1.1.1'],
  ['ip-address', '7.2'],
  ['mac-address', '123456789012'],
  ['card-number', '4242 4242 4242 4241'],
  ['zip', '1234'],
  ['zip', '7.2'],
  ['age', '7.2'],
  ['age', '150'],
  ['geo-coordinates', 'hello'],
  ['vin', 'ABCDEFGHJKLMNPRST'],
  ['mbi', '12345678901'],
  ['dea', 'AB12345'],
  ['person-name', 'Hemoglobin A1c 7.2 %'],
  ['person-name', 'x'],
  ['county', 'Massachusetts'],
];

describe('detect', () => {
  for (const [kindId, value] of POSITIVE) {
    it(`${kindId} recognises ${value}`, () => {
      expect(getKind(kindId).detect(value)).toBeGreaterThanOrEqual(0.5);
    });
  }
  for (const [kindId, value] of NEGATIVE) {
    it(`${kindId} rejects ${value}`, () => {
      expect(getKind(kindId).detect(value)).toBeLessThan(0.5);
    });
  }
  it('a lab value is not an identifier of any number-shaped kind', () => {
    for (const id of [
      'ssn',
      'phone',
      'fax',
      'zip',
      'npi',
      'card-number',
      'date',
      'birth-date',
      'mrn',
      'ip-address',
    ]) {
      for (const lab of ['7.2', '140', '0.93', '98.6', '<0.01', '1.2e3']) {
        expect(getKind(id).detect(lab), `${id} on ${lab}`).toBeLessThan(0.5);
      }
    }
  });
  it('scores are within 0..1 and empty values score 0', () => {
    for (const kind of KINDS) {
      expect(kind.detect('')).toBe(0);
      expect(kind.detect('   ')).toBe(0);
    }
  });
});

/** Inputs shaped to trigger catastrophic backtracking in careless patterns. */
function adversarial(): string[] {
  const n = 20_000;
  return [
    'a'.repeat(n),
    `${'a'.repeat(n)}!`,
    '1'.repeat(n),
    `${'1'.repeat(n)}x`,
    '1-'.repeat(n / 2),
    '1 '.repeat(n / 2),
    '(1'.repeat(n / 2),
    `${'a.'.repeat(n / 2)}@`,
    `${'a'.repeat(n)}@${'b.'.repeat(n / 4)}`,
    `https://${'a'.repeat(n)}`,
    `http://${'/a'.repeat(n / 2)} `,
    `${'A1'.repeat(n / 2)}!`,
    `${'Aa '.repeat(n / 3)}1`,
    `(01)${'1'.repeat(n)}(`,
    `${'9'.repeat(n)}.${'9'.repeat(n)}, x`,
    `March ${'1'.repeat(n)}`,
    `${'ZZTEST-'.repeat(n / 7)}1`,
    `${'12/'.repeat(n / 3)}x`,
    ` ${'\t'.repeat(n)} `,
    `${' '.repeat(n)}x`,
    `1${' '.repeat(n)}ext`,
    `a${' '.repeat(n)}a`,
    `https://${'a'.repeat(n)} x`,
    `www.${'a.'.repeat(n / 2)} `,
    `${'1.'.repeat(n / 2)}x`,
    `${'1, '.repeat(n / 3)}x`,
    `+${'1 '.repeat(n / 2)}x`,
    `POINT(${' '.repeat(n)}`,
  ];
}

describe('ReDoS guard', () => {
  it('every detector, fakeness test and surrogate finishes fast on long adversarial input', () => {
    const inputs = adversarial();
    const rng = rngFor('redos');
    let slowest = 0;
    for (const kind of KINDS) {
      for (const input of inputs) {
        const t0 = performance.now();
        kind.detect(input);
        kind.isFake(input, { style: 'obvious' });
        kind.isFake(input, { style: 'realistic' });
        kind.surrogate(input, rng, { style: 'obvious' });
        const ms = performance.now() - t0;
        if (ms > slowest) slowest = ms;
        expect(ms, `${kind.id} on adversarial input #${inputs.indexOf(input)}`).toBeLessThan(500);
      }
    }
    // Catastrophic backtracking on 20,000 characters takes seconds to forever; linear code takes milliseconds.
    expect(slowest).toBeLessThan(500);
  });
});

describe('robustness on arbitrary input', () => {
  it('no kind throws; scores stay in 0..1; reasons never echo the value', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...'0123456789-./() +@:,'), maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    const rng = rngFor('robust');
    fc.assert(
      fc.property(anyText, (value) => {
        for (const kind of KINDS) {
          const score = kind.detect(value);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          for (const style of ['obvious', 'realistic'] as const) {
            const v = kind.isFake(value, { style });
            if (v.status === 'real') {
              expect(v.reason).not.toMatch(/\d\d/);
              if (value.trim().length >= 4) expect(v.reason).not.toContain(value.trim());
            }
          }
          expect(typeof kind.surrogate(value, rng, { style: 'obvious' })).toBe('string');
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
