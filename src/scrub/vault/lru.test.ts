import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';

describe('Lru', () => {
  it('keeps every value it was given: each key is either held or was handed to onEvict, once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 120 })), { maxLength: 600 }),
        (capacity, ops) => {
          const evicted = new Map<number, number>();
          const latest = new Map<number, number>();
          const lru = new Lru<number, number>(capacity, (k, v) => {
            expect(evicted.has(k)).toBe(false);
            expect(v).toBe(latest.get(k));
            evicted.set(k, v);
          });
          ops.forEach(([isSet, key], i) => {
            if (isSet) {
              evicted.delete(key);
              latest.set(key, i);
              lru.set(key, i);
            } else {
              const got = lru.get(key);
              if (got !== undefined) expect(got).toBe(latest.get(key));
              else expect(!latest.has(key) || evicted.has(key)).toBe(true);
            }
            expect(lru.size).toBeLessThanOrEqual(capacity);
          });
          const held = new Map(lru.entries());
          for (const [k, v] of latest) expect(held.get(k) ?? evicted.get(k)).toBe(v);
        },
      ),
    );
  });

  it('keeps a key that is read between inserts, through many times its capacity of new keys', () => {
    const lru = new Lru<string, number>(100);
    lru.set('hot', 1);
    for (let i = 0; i < 5_000; i++) {
      lru.set(`cold-${i}`, i);
      expect(lru.get('hot')).toBe(1);
    }
    expect(lru.get('cold-0')).toBeUndefined();
  });
});
