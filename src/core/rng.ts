/**
 * Deterministic randomness. Every draw in placebo comes from an Rng derived from a path of
 * names and numbers — (seed, table, row, column) — never from one shared stream, so any row
 * can be produced alone and output does not depend on order, chunking or worker count.
 *
 * The generator is sfc32 (small, fast, 128-bit state) seeded from a 128-bit string hash.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Normal deviate (Box–Muller). */
  normal(mean: number, sd: number): number;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A string of n decimal digits (leading zeros allowed). */
  digits(n: number): string;
  /** A child stream, independent of this one's future draws. */
  derive(...parts: readonly (string | number)[]): Rng;
}

type HashState = [number, number, number, number];

const HASH_INIT: HashState = [1779033703, 3144134277, 1013904242, 2773480762];

/** cyrb128, absorbing step: feed `text` into the running state (mutated). */
function absorb(h: HashState, text: string): void {
  // Indexing, not destructuring: destructuring goes through the array iterator, which allocated
  // on every call on this hot path (a quarter of scrub's main-thread garbage).
  let h1 = h[0];
  let h2 = h[1];
  let h3 = h[2];
  let h4 = h[3];
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h[0] = h1;
  h[1] = h2;
  h[2] = h3;
  h[3] = h4;
}

/** cyrb128, final mixing of an absorbed state into the 128-bit hash. */
function finish(h: HashState): HashState {
  let h1 = h[0];
  let h2 = h[1];
  let h3 = h[2];
  let h4 = h[3];
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** cyrb128: a fast 128-bit non-cryptographic string hash. */
function hash128(text: string): HashState {
  const h: HashState = HASH_INIT.slice() as HashState;
  absorb(h, text);
  return finish(h);
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | undefined;

  constructor(
    private readonly key: string,
    seed: [number, number, number, number],
  ) {
    this.a = seed[0];
    this.b = seed[1];
    this.c = seed[2];
    this.d = seed[3];
    // Warm up so that similar seeds diverge.
    for (let i = 0; i < 12; i++) this.next32();
  }

  private next32(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.next32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick from an empty list');
    return items[Math.floor(this.float() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  normal(mean: number, sd: number): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return mean + sd * s;
    }
    let u = 0;
    while (u === 0) u = this.float();
    const v = this.float();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.float() * total;
    for (const [value, w] of items) {
      x -= w;
      if (x < 0) return value;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('Rng.weighted from an empty list');
    return last[0];
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.next32() % 10);
    return s;
  }

  derive(...parts: readonly (string | number)[]): Rng {
    return rngFor(this.key, ...parts);
  }
}

/** An Rng for a path such as (seed, 'patients', 17, 'ssn'). Same path, same stream. */
export function rngFor(...parts: readonly (string | number)[]): Rng {
  const key = parts.join('\u001f');
  return new Sfc32(key, hash128(key));
}

/**
 * Rngs under a fixed path prefix: `rngPrefix(a, b)(c, d)` is the same stream as
 * `rngFor(a, b, c, d)`, but the prefix is hashed once — for per-cell streams under a long
 * (seed, file) prefix. At least one part must follow the prefix.
 */
export function rngPrefix(
  ...parts: readonly (string | number)[]
): (...more: readonly (string | number)[]) => Rng {
  const prefix = parts.length > 0 ? `${parts.join('\u001f')}\u001f` : '';
  const state: HashState = HASH_INIT.slice() as HashState;
  absorb(state, prefix);
  return (...more) => {
    const rest = more.join('\u001f');
    const h: HashState = [state[0], state[1], state[2], state[3]];
    absorb(h, rest);
    return new Sfc32(prefix + rest, finish(h));
  };
}
