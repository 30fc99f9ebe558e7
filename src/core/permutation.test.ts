import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Permutation, permutationKeys } from './permutation.js';

describe('Permutation', () => {
  it('maps [0, n) onto itself, every value once (exhaustive for small n, with tweaks)', () => {
    for (const n of [0, 1, 2, 3, 7, 10, 99, 100, 101, 1000, 4097]) {
      for (const tweak of [0, 1, 12345]) {
        const p = new Permutation(n, permutationKeys('test', n));
        const seen = new Uint8Array(n);
        for (let x = 0; x < n; x++) {
          const y = p.forward(x, tweak);
          expect(y >= 0 && y < n).toBe(true);
          seen[y]!++;
          expect(p.inverse(y, tweak)).toBe(x);
        }
        expect(seen.every((c) => c === 1)).toBe(true);
      }
    }
  });

  it('inverse undoes forward for any size up to 2^40, any index and tweak', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2 ** 40 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.nat(),
        fc.string(),
        (n, at, tweak, key) => {
          const p = new Permutation(n, permutationKeys(key));
          const x = Math.floor(at * n);
          const y = p.forward(x, tweak);
          return y >= 0 && y < n && Number.isInteger(y) && p.inverse(y, tweak) === x;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('scatters: other keys and other tweaks give other orders', () => {
    const a = new Permutation(1000, permutationKeys('a'));
    const b = new Permutation(1000, permutationKeys('b'));
    const first = (p: Permutation, t = 0) => Array.from({ length: 20 }, (_, i) => p.forward(i, t));
    expect(first(a)).not.toEqual(first(b));
    expect(first(a, 1)).not.toEqual(first(a, 2));
    // Neighbouring inputs land far apart: the first 20 images are not a run.
    const sorted = first(a).sort((x, y) => x - y);
    expect(sorted[19]! - sorted[0]!).toBeGreaterThan(200);
  });
});
