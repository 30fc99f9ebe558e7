import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor, rngPrefix } from './rng.js';

const part = fc.oneof(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 1e9 }));
const draws = (r: { float(): number }) => Array.from({ length: 8 }, () => r.float());

describe('rng', () => {
  it('same path, same stream; a different path, another stream', () => {
    expect(draws(rngFor('seed', 'patients', 17))).toEqual(draws(rngFor('seed', 'patients', 17)));
    expect(draws(rngFor('seed', 'patients', 17))).not.toEqual(draws(rngFor('seed', 'patients', 18)));
  });

  it('rngPrefix(a...)(b...) is the stream of rngFor(a..., b...), derive included', () => {
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 4 }),
        fc.array(part, { minLength: 1, maxLength: 4 }),
        (a, b) => {
          const viaPrefix = rngPrefix(...a)(...b);
          const direct = rngFor(...a, ...b);
          expect(draws(viaPrefix)).toEqual(draws(direct));
          expect(draws(viaPrefix.derive('again', 2))).toEqual(draws(direct.derive('again', 2)));
        },
      ),
    );
  });
});
