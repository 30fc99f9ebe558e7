import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bloom, GrowingBloom } from '../../src/scrub/vault/bloom.js';

describe('Bloom filter', () => {
  it('never forgets a value it was given (no false negatives)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 200 }), (values) => {
        const b = new Bloom(16, 5);
        for (const v of values) b.add(v);
        return values.every((v) => b.mightHave(v));
      }),
    );
  });

  it('answers "never seen" for nearly every other value, and for everything while empty', () => {
    const b = new Bloom(20, 6);
    expect(b.mightHave('MRN1')).toBe(false);
    for (let i = 0; i < 50_000; i++) b.add(`MRN${i}`);
    let falsePositives = 0;
    for (let i = 50_000; i < 150_000; i++) if (b.mightHave(`MRN${i}`)) falsePositives++;
    // 50k values in 2^20 bits with 6 hashes: the theoretical rate is about 0.1%.
    expect(falsePositives / 100_000).toBeLessThan(0.005);
  });
});

describe('growing Bloom filter', () => {
  it('keeps every value and a low false-positive rate far past its first size', () => {
    const b = new GrowingBloom(12); // 4,096 bits first: grows after 341 values
    for (let i = 0; i < 20_000; i++) b.add(`TOKEN${i}`);
    for (let i = 0; i < 20_000; i += 97) expect(b.mightHave(`TOKEN${i}`)).toBe(true);
    let falsePositives = 0;
    for (let i = 20_000; i < 40_000; i++) if (b.mightHave(`TOKEN${i}`)) falsePositives++;
    // each of the ~6 filters is held near 0.4 %: their union stays under a few percent
    expect(falsePositives / 20_000).toBeLessThan(0.03);
  });
});
