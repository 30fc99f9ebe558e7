/**
 * Name surrogates a tester can work with: each original name word (a given name, a family name)
 * gets one fake name for the whole run — in every file, row and field — and across runs with
 * --vault, because the choice is kept in the same pseudonym store. The fake is drawn at random
 * (not derived from the original) the first time the word is seen. A given name follows a sex:
 * the sex recorded for the person when the caller knows it, else the one the name is usually
 * given to, so "Maria" is the same fake woman's name with or without a sex column.
 *
 * Different originals may share a fake name (the lists are finite): the store's tokens are kept
 * unique by a random tail after the name, which is dropped here.
 */
import { randomBytes } from 'node:crypto';
import { bareName } from '../catalogue/names.js';
import { wordLists } from '../catalogue/word-lists.js';
import { type Rng, rngPrefix } from '../core/rng.js';
import type { PseudonymStore } from './vault/store.js';

export type Sex = 'female' | 'male';
export type NameFor = (role: 'given' | 'family', word: string, sex?: Sex) => string;

/** Keys in the store live apart from pseudonym keys: a value never starts with this. */
const NAMESPACE = '\u0001name';
const TAIL = '\u0000';

let bySex: { female: Set<string>; male: Set<string> } | undefined;

function usualSex(word: string): Sex | undefined {
  bySex ??= {
    female: new Set(wordLists().givenFemale.map((w) => w.toLowerCase())),
    male: new Set(wordLists().givenMale.map((w) => w.toLowerCase())),
  };
  const f = bySex.female.has(word);
  const m = bySex.male.has(word);
  return f === m ? undefined : f ? 'female' : 'male';
}

/** `seed` (PLACEBO_SCRUB_SEED) makes draws reproducible for tests; otherwise a random secret. */
export function nameBook(store: PseudonymStore, seed?: string): NameFor {
  let counter = 0;
  const draw = rngPrefix(seed ?? randomBytes(16).toString('hex'), 'name-book');
  const nextRng = (): Rng => draw(counter++);
  return (role, word, recorded) => {
    // Without the ZZTEST marker: a marked original (a generated name scrubbed again) must not
    // draw its own bare name, which the marker would turn back into the original.
    const bare = bareName(word)
      .toLowerCase()
      .replace(/[^a-z'’-]/g, '');
    const sex = role === 'given' ? (recorded ?? usualSex(bare)) : undefined;
    const key = `${NAMESPACE}:${role}:${sex ?? '-'}:${bare}`;
    const token = store.token(key, () => {
      const rng = nextRng();
      const lists = wordLists();
      const list =
        role === 'family'
          ? lists.family
          : sex === 'female'
            ? lists.givenFemale
            : sex === 'male'
              ? lists.givenMale
              : lists.given;
      let name = rng.pick(list);
      // Never the original itself (small chance with common names).
      for (let i = 0; i < 5 && name.toLowerCase() === bare; i++) name = rng.pick(list);
      return `${name}${TAIL}${rng.digits(12)}`;
    });
    return token.slice(0, token.indexOf(TAIL));
  };
}
