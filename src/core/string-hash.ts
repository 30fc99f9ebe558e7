/**
 * Fast non-cryptographic string hashing (two 32-bit multiply-xorshift lanes). For in-memory
 * bookkeeping only — uniqueness checks, Bloom filters — never for anything written or keyed.
 */

/** Two well-mixed 32-bit hashes of `s` (unsigned). */
export function hashLanes(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** A 53-bit hash, enough to tell values apart (a safe integer, usable as a Set member). */
export function hash53(s: string): number {
  const h = hashLanes(s);
  return 4294967296 * (2097151 & (h[1] as number)) + (h[0] as number);
}
