/**
 * Typing slips: is an unknown word one deletion, swap, substitution or insertion away from an English
 * or clinical word ("tranplant", "cardic")? Real notes are full of them, and a misspelt clinical word
 * is no surname or town. Answers are cached, since notes repeat their words.
 */
import { wordLists } from '../../data/text/lists.js';

/** Any English, clinical or eponym word. */
export function knownWord(w: string): boolean {
  const lists = wordLists();
  return lists.common.has(w) || lists.lessCommon.has(w) || lists.clinical.has(w) || lists.eponyms.has(w);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const typoCache = new Map<string, boolean>();

/** One typing slip away from an English or clinical word ("tranplant", "camode", "cardic")? */
export function typoOfKnownWord(w: string): boolean {
  let hit = typoCache.get(w);
  if (hit === undefined) {
    hit = slipOfKnownWord(w);
    if (typoCache.size > 50_000) typoCache.clear();
    typoCache.set(w, hit);
  }
  return hit;
}

function slipOfKnownWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    if (knownWord(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && knownWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    for (const c of LETTERS) {
      if (knownWord(w.slice(0, i) + c + w.slice(i + 1)) || knownWord(w.slice(0, i) + c + w.slice(i)))
        return true;
    }
  }
  return false;
}
