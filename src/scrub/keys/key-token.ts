/**
 * Replacements for the keys of a replaced domain. Random (a per-run secret and a counter, or the
 * test seed), never derived from the original (164.514(c)); kept in the pseudonym store under the
 * domain's name, so every member column — and, with --vault, the next night's refresh — gets the
 * same replacement for the same key. A replacement keeps its column's type and shape: integers
 * stay integers within the domain's range, UUIDs stay UUIDs (version 4, the original's case),
 * text keys get the catalogue's marked surrogate of their shape. No key maps to itself.
 */
import { randomBytes } from 'node:crypto';
import { type Rng, rngPrefix } from '../../core/rng.js';
import type { CataloguePort } from '../../detect/catalogue-port.js';
import type { PseudonymStore } from '../vault/store.js';
import type { KeyDomain } from './domains.js';

const HEX = '0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^[+-]?\d+$/;

function uuidFrom(rng: Rng, upper: boolean): string {
  let s = '';
  for (let i = 0; i < 32; i++) {
    let d = rng.int(0, 15);
    if (i === 12) d = 4; // version 4
    if (i === 16) d = 8 + (d & 3); // RFC 4122 variant
    s += HEX[d];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return upper ? s.toUpperCase() : s;
}

/** The identity a key is stored under: integers without sign or leading zeros, UUIDs lower-case. */
export function canonicalKey(value: string): string {
  const v = value.trim();
  if (INTEGER.test(v)) return String(BigInt(v));
  if (UUID.test(v)) return v.toLowerCase();
  return v;
}

export type KeyTokens = (domain: KeyDomain, value: string) => string;

export function keyTokens(store: PseudonymStore, catalogue: CataloguePort, seed?: string): KeyTokens {
  let counter = 0;
  const tokenRng = rngPrefix(seed ?? randomBytes(16).toString('hex'), 'key-token');
  const unique = catalogue.kindById('unique-id');
  return (domain, value) => {
    const original = value.trim();
    const canonical = canonicalKey(original);
    const upper = original === original.toUpperCase() && /[A-F]/.test(original);
    const draw = (rng: Rng): string => {
      if (domain.shape === 'integer' && INTEGER.test(original)) return String(rng.int(1, domain.max));
      if (domain.shape === 'uuid' || UUID.test(original)) return uuidFrom(rng, upper);
      return unique ? unique.surrogate(original, rng, { style: 'obvious' }) : `TEST${rng.digits(8)}`;
    };
    const token = store.token(`key\u0000${domain.id}\u0000${canonical}`, (attempt) => {
      const rng = tokenRng(counter++);
      let t = draw(rng);
      // A key never maps to itself.
      while (canonicalKey(t) === canonical) t = draw(rng);
      // After collisions, widen text tokens so the space cannot run out.
      return attempt > 3 && domain.shape === 'text' ? `${t}${rng.digits(attempt)}` : t;
    });
    return token;
  };
}
