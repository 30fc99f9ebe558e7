/**
 * Pseudonym tokens: random (crypto.randomBytes seeds each draw), shaped like the kind they stand
 * for and provably fake where the catalogue can make one (an MRN becomes `TEST` + digits). The
 * store keeps original → token so the same original gets the same token in every file and field
 * of a run (and across runs with --vault); the token never derives from the original.
 *
 * For kinds with a written form (record numbers, MBIs) the store is keyed by the identity, so
 * `MRN-0012345`, `mrn 12345` and `12345` share one token, and each is written back in its own
 * shape (label, padding, separators, case): see src/catalogue/written-form.ts.
 */
import { randomBytes } from 'node:crypto';
import { writeLike, writtenForm } from '../catalogue/written-form.js';
import { type Rng, rngPrefix } from '../core/rng.js';
import type { CataloguePort } from '../detect/catalogue-port.js';
import type { PseudonymStore } from './vault/store.js';

/** `TEST` + 6 random characters at least: a million tokens per kind before widening. */
const RECORD_NUMBER_WIDTH = 10;

/**
 * `seed` makes tokens reproducible for tests (PLACEBO_SCRUB_SEED); tokens are then drawn from a
 * counter-indexed stream — still not derived from any original.
 */
export function pseudonymiser(
  store: PseudonymStore,
  catalogue: CataloguePort,
  seed?: string,
): (kindId: string, value: string) => string {
  let counter = 0;
  // A 128-bit secret from crypto.randomBytes per run, then a counter: random, and unrelated to
  // any original (the counter counts new tokens, in record order).
  const secret = seed ?? randomBytes(16).toString('hex');
  const tokenRng = rngPrefix(secret, 'token');
  const nextRng = (): Rng => tokenRng(counter++);
  return (kindId, value) => {
    const kind = catalogue.kindById(kindId);
    const form = kind ? writtenForm(kind, value) : undefined;
    // The identity is stored and drawn from; an identifier without a written form is its own identity.
    const original = form?.identity ?? value.trim();
    // A record number's token is drawn in a shape of at least RECORD_NUMBER_WIDTH characters: an
    // identity stripped of its padding is short, and `TEST` + 3 digits leaves too few tokens.
    const shape =
      kind?.writtenForm === 'record-number' ? original.padStart(RECORD_NUMBER_WIDTH, '0') : original;
    const token = store.token(original, (attempt) => {
      const rng = nextRng();
      const token = kind ? kind.surrogate(shape, rng, { style: 'obvious' }) : `TKN${rng.digits(10)}`;
      // After a collision, widen the token so the space cannot run out.
      return attempt > 3 ? `${token}${rng.digits(attempt)}` : token;
    });
    return form ? writeLike(token, form) : token;
  };
}
