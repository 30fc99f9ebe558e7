/**
 * Property tests over every registered kind: what `make` produces is proven fake by the kind's own
 * `isFake` (or 'unprovable' where no reserved range exists) and recognised by its own `detect`.
 */
import { describe, expect, it } from 'vitest';
import { rngFor } from '../core/rng.js';
import { KINDS } from './index.js';
import type { Style } from './types.js';

const PER_KIND_AND_STYLE = 1700;
const STYLES: readonly Style[] = ['obvious', 'realistic'];

/** Kinds whose made values can only be 'unprovable' (no reserved range), per style. */
function mayBeUnprovable(kindId: string, provable: boolean, style: Style): boolean {
  if (!provable) return true;
  return kindId === 'given-name' && style === 'obvious';
}

describe('make → isFake and detect, every kind', () => {
  let total = 0;
  for (const kind of KINDS) {
    for (const style of STYLES) {
      it(`${kind.id} (${style})`, () => {
        const rng = rngFor('catalogue-make-test', kind.id, style);
        for (let i = 0; i < PER_KIND_AND_STYLE; i++) {
          const value = kind.make(rng, { style });
          const verdict = kind.isFake(value, { style });
          if (mayBeUnprovable(kind.id, kind.provable, style)) {
            expect(verdict.status, `${kind.id} made a value judged real`).not.toBe('real');
          } else if (verdict.status !== 'fake') {
            expect.fail(`${kind.id} (${style}) made a value its isFake calls ${verdict.status}: ${value}`);
          }
          const score = kind.detect(value);
          if (score < 0.5)
            expect.fail(`${kind.id} (${style}) does not detect its own value ${value}: ${score}`);
          total++;
        }
      });
    }
  }
  it('is deterministic: same path, same values', () => {
    for (const kind of KINDS) {
      const a = kind.make(rngFor('det', kind.id), { style: 'obvious' });
      const b = kind.make(rngFor('det', kind.id), { style: 'obvious' });
      expect(a).toBe(b);
    }
  });
  it('made over 100,000 values in total', () => {
    expect(total).toBeGreaterThanOrEqual(100_000);
  });
});
