/**
 * Identifier spaces (the numbered reserved ranges generate draws unique values from): every number
 * writes a value that the kind's own fakeness test proves fake and its detector recognises, decode
 * undoes encode, and the capacities in docs/catalogue.md are the real ones.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKind, KINDS } from './index.js';
import type { IdentifierKind, IdentifierSpace } from './types.js';

const spaced = KINDS.filter((k): k is IdentifierKind & { space: IdentifierSpace } => k.space !== undefined);
const capacityOf = (s: IdentifierSpace): number => s.tiers.reduce((a, b) => a + b, 0);

/** Numbers at every tier's edges, where an off-by-one would show. */
function edges(space: IdentifierSpace): number[] {
  const out: number[] = [];
  let start = 0;
  for (const t of space.tiers) {
    out.push(start, start + 1, start + Math.floor(t / 2), start + t - 2, start + t - 1);
    start += t;
  }
  return out.filter((n) => n >= 0 && n < start);
}

describe('identifier spaces', () => {
  it('the per-person kinds all have one', () => {
    const perPerson = spaced.filter((k) => k.space.perPerson).map((k) => k.id);
    for (const id of ['ssn', 'mrn', 'member-id', 'mbi', 'email', 'account-number', 'username'])
      expect(perPerson).toContain(id);
  });

  for (const kind of spaced) {
    describe(kind.id, () => {
      const space = kind.space;
      const capacity = capacityOf(space);
      const check = (n: number): void => {
        const value = space.encode(n);
        expect(space.decode(value), `${kind.id} #${n}`).toBe(n);
        const verdict = kind.isFake(value, { style: 'obvious' });
        if (verdict.status !== 'fake')
          expect.fail(`${kind.id} #${n} is not provably fake: ${verdict.status}`);
        expect(kind.detect(value), `${kind.id} #${n} detected`).toBeGreaterThanOrEqual(0.5);
      };
      it('every tier edge: decodes back, provably fake, detected', () => {
        for (const n of edges(space)) check(n);
      });
      it('any number: decodes back, provably fake, detected', () => {
        fc.assert(
          fc.property(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (at) => {
            check(Math.floor(at * capacity));
          }),
          { numRuns: 3000 },
        );
      });
      it('decode answers only for values encode writes', () => {
        const sample = space.encode(Math.floor(capacity / 3));
        const char = fc.oneof(
          fc.constantFrom(...'0129ABSZaz-._@ '),
          fc.string({ minLength: 1, maxLength: 1 }),
        );
        const mutated = fc
          .tuple(fc.nat({ max: sample.length - 1 }), char)
          .map(([i, c]) => sample.slice(0, i) + c + sample.slice(i + 1));
        fc.assert(
          fc.property(fc.oneof(fc.string(), mutated), (value) => {
            const n = space.decode(value);
            return (
              n === undefined || (Number.isInteger(n) && n >= 0 && n < capacity && space.encode(n) === value)
            );
          }),
          { numRuns: 3000 },
        );
      });
    });
  }

  it('SSNs: area 666 first, then area 000, then never-issued forms', () => {
    const ssn = getKind('ssn').space!;
    const area = (n: number) => ssn.encode(n).slice(0, 3);
    for (const n of [0, 1, 999_999]) expect(area(n)).toBe('666');
    for (const n of [1_000_000, 1_999_999]) expect(area(n)).toBe('000');
    for (const n of [2_000_000, 11_979_999]) expect(ssn.encode(n).slice(4, 6)).toBe('00');
    for (const n of [11_980_000, 12_078_801]) expect(ssn.encode(n).slice(7)).toBe('0000');
    expect(Number(area(12_078_802))).toBeGreaterThanOrEqual(900);
  });

  it('docs/catalogue.md states every capacity', () => {
    const doc = readFileSync(new URL('../../docs/catalogue.md', import.meta.url), 'utf8');
    for (const kind of spaced) {
      const row = new RegExp(`^\\| \`${kind.id}\` \\| ([\\d,]+) \\|`, 'm').exec(doc);
      expect(row, `no capacity row for ${kind.id}`).not.toBeNull();
      expect(Number(row![1]!.replaceAll(',', '')), kind.id).toBe(capacityOf(kind.space));
    }
  });
});
