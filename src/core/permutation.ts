/**
 * A keyed pseudo-random permutation of the integers [0, size): what makes generated identifiers
 * unique by construction (row index → a scattered, never-repeating place in a reserved range).
 *
 * A Feistel network over the square domain [0, m)² with m = ⌈√size⌉ (x = L·m + R; each round maps
 * (L, R) to (R, (L + F(R)) mod m), which is a bijection whatever F is), and cycle-walking: values
 * that land in [size, m²) are permuted again until they fall inside. Since m² < size + 2√size + 1,
 * a walk almost never takes a second step. Not cryptographic: it scatters, it does not hide.
 *
 * An optional `tweak` (a block number) selects one of many independent permutations under the
 * same key without deriving new round keys.
 */
import { rngFor } from './rng.js';

const ROUNDS = 6;

/** Round keys for a permutation, from a path of names (same path, same keys). */
export function permutationKeys(...parts: readonly (string | number)[]): Int32Array {
  const rng = rngFor('permutation', ...parts);
  const keys = new Int32Array(2 * ROUNDS);
  for (let i = 0; i < keys.length; i++) keys[i] = Math.floor(rng.float() * 4294967296) | 0;
  return keys;
}

/** A 31-bit mix of two 32-bit words (murmur3's finaliser over a multiply-xor of both). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x7fffffff;
}

export class Permutation {
  private readonly m: number;

  constructor(
    readonly size: number,
    private readonly keys: Int32Array,
  ) {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('permutation size');
    this.m = Math.max(1, Math.ceil(Math.sqrt(size)));
  }

  /** The image of x (0 ≤ x < size). */
  forward(x: number, tweak = 0): number {
    if (this.size <= 1) return x;
    let y = x;
    do y = this.encrypt(y, tweak);
    while (y >= this.size);
    return y;
  }

  /** The x whose image is y: inverse(forward(x)) = x. */
  inverse(y: number, tweak = 0): number {
    if (this.size <= 1) return y;
    let x = y;
    do x = this.decrypt(x, tweak);
    while (x >= this.size);
    return x;
  }

  /** F(half) in [0, m): the 31-bit mix scaled by m (a multiply, cheaper than a remainder). */
  private round(r: number, half: number, tweak: number): number {
    const h = mix(half ^ this.keys[r]!, Math.imul(tweak, 0x27d4eb2f) ^ this.keys[ROUNDS + r]!);
    return Math.floor((h * this.m) / 2147483648);
  }

  private encrypt(x: number, tweak: number): number {
    const m = this.m;
    let l = Math.floor(x / m);
    let r = x - l * m;
    for (let i = 0; i < ROUNDS; i++) {
      let next = l + this.round(i, r, tweak);
      if (next >= m) next -= m;
      l = r;
      r = next;
    }
    return l * m + r;
  }

  private decrypt(y: number, tweak: number): number {
    const m = this.m;
    let l = Math.floor(y / m);
    let r = y - l * m;
    for (let i = ROUNDS - 1; i >= 0; i--) {
      let prev = r - this.round(i, l, tweak);
      if (prev < 0) prev += m;
      r = l;
      l = prev;
    }
    return l * m + r;
  }
}
