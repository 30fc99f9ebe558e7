/**
 * Pseudonyms for FHIR resource ids, through the run's pseudonym map (the vault), so one id gets
 * one token in every resource and file of a run: `Patient.id`, `Patient/<id>`, `urn:uuid:<id>`
 * and `Bundle.entry.fullUrl` still resolve after scrubbing. A uuid-shaped id gets a uuid-shaped
 * token (version 4 layout) made from the random token, never from the id.
 */
import { createHash } from 'node:crypto';
import { isUuid } from './references.js';

/** The run's pseudonym function (ScrubEnv.pseudonym). */
export type Pseudonym = (kindId: string, value: string) => string;

const ID = /^[A-Za-z0-9\-.]{1,64}$/;

function uuidFrom(token: string): string {
  const h = createHash('sha256').update(token).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Recent ids per pseudonym function: a resource's id comes back in every reference to it, and
 * the vault lookup (HMAC, decryption) costs more than the rest of a resource's finishing.
 */
const memo = new WeakMap<Pseudonym, Map<string, string>>();
const MEMO_MAX = 50_000;

export function fhirIdToken(pseudonym: Pseudonym, id: string): string {
  let seen = memo.get(pseudonym);
  if (!seen) {
    seen = new Map();
    memo.set(pseudonym, seen);
  }
  const hit = seen.get(id);
  if (hit !== undefined) return hit;
  // Namespaced, so an id never shares a token with an equal MRN or account number.
  const token = pseudonym('fhir-resource-id', `fhir-id:${id}`);
  const out = isUuid(id) || !ID.test(token) ? uuidFrom(token) : token;
  if (seen.size >= MEMO_MAX) seen.clear();
  seen.set(id, out);
  return out;
}
