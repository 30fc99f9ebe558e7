/**
 * Unique identifiers by construction (src/generate/unique-ids.ts): row index → value → row index,
 * for every per-person kind; values stay disjoint across seeds when the rows are in different
 * blocks (shards, appended runs), and the seed still decides which row gets which value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalogue/index.js';
import type { IdentifierKind, IdentifierSpace } from '../catalogue/types.js';
import { SHUFFLE_BLOCK, uniqueIds } from './unique-ids.js';

const perPerson = KINDS.filter(
  (k): k is IdentifierKind & { space: IdentifierSpace } => k.space?.perPerson === true,
);
const at = { table: 'patients', column: 'c' };

describe('unique identifiers', () => {
  for (const kind of perPerson) {
    it(`${kind.id}: decode(encode(i)) = i for 10^6 indices spread over 0..10^7`, () => {
      const ids = uniqueIds(kind, at, 'seed');
      let wrong = 0;
      for (let k = 0; k < 1_000_000; k++) {
        const i = k * 10 + ((k * 7) % 10);
        if (ids.decode(ids.encode(i)) !== i) wrong++;
      }
      expect(wrong).toBe(0);
    });
  }

  it('any seed, column and index within capacity: decodes back, provably fake', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...perPerson),
        fc.string(),
        fc.string(),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (kind, seed, column, where) => {
          const ids = uniqueIds(kind, { table: 'patients', column }, seed);
          const g = Math.floor(where * ids.capacity);
          const value = ids.encode(g);
          return ids.decode(value) === g && kind.isFake(value, { style: 'obvious' }).status === 'fake';
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('runs with other seeds over other blocks never meet; the seed reorders within a block', () => {
    for (const kind of perPerson) {
      const a = uniqueIds(kind, at, 'first run');
      const b = uniqueIds(kind, at, 'second run');
      const values = new Set<string>();
      for (let g = 0; g < 3 * SHUFFLE_BLOCK; g++) values.add(a.encode(g));
      for (let g = 3 * SHUFFLE_BLOCK; g < 6 * SHUFFLE_BLOCK; g++) values.add(b.encode(g));
      expect(values.size, kind.id).toBe(6 * SHUFFLE_BLOCK);
      let same = 0;
      for (let g = 0; g < 100; g++) if (a.encode(g) === b.encode(g)) same++;
      expect(same, kind.id).toBeLessThan(5);
    }
  });

  it('columns of the same kind get different values; the last partial block is covered', () => {
    const ssn = perPerson.find((k) => k.id === 'ssn')!;
    const home = uniqueIds(ssn, { table: 'patients', column: 'ssn' }, 's');
    const spouse = uniqueIds(ssn, { table: 'patients', column: 'spouse_ssn' }, 's');
    expect(home.encode(0)).not.toBe(spouse.encode(0));
    const tail = new Set<string>();
    const from = home.capacity - (home.capacity % SHUFFLE_BLOCK) - SHUFFLE_BLOCK;
    for (let g = from; g < home.capacity; g++) {
      const v = home.encode(g);
      tail.add(v);
      expect(home.decode(v)).toBe(g);
    }
    expect(tail.size).toBe(home.capacity - from);
    expect(() => home.encode(home.capacity)).toThrow(/capacity/);
  });

  it('SSNs: the first 10^6 rows get area 666, the next 10^6 area 000', () => {
    const ssn = uniqueIds(perPerson.find((k) => k.id === 'ssn')!, at, 's');
    for (let g = 0; g < 1_000_000; g += 997) expect(ssn.encode(g).slice(0, 3)).toBe('666');
    for (let g = 1_000_000; g < 2_000_000; g += 997) expect(ssn.encode(g).slice(0, 3)).toBe('000');
  });
});
