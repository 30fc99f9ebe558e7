/**
 * Loads the free-text word lists once, on first use. The .txt files sit beside this module in
 * src/data/text/ and ship in the package (`files` includes src/data); from dist/data/text/ the
 * same relative path leads back to them.
 */
import { readFileSync } from 'node:fs';
import { CALENDAR_WORDS, CLINICAL_WORDS, DRUG_WORDS, EPONYM_WORDS } from './clinical-terms.js';

export interface WordLists {
  /** Lower-case given names. */
  given: ReadonlySet<string>;
  /** Lower-case family name → Census frequency rank (1 = most common). */
  family: ReadonlyMap<string, number>;
  /** Lower-case common English words. */
  common: ReadonlySet<string>;
  /** Lower-case less common English words (SCOWL 40/50): enough to stop a lone surname match. */
  lessCommon: ReadonlySet<string>;
  /** Lower-case drug names and clinical words: never a name without a title or record context. */
  clinical: ReadonlySet<string>;
  /** Lower-case clinical eponyms and calendar words: a name only with context (title, relation word, given name before). */
  eponyms: ReadonlySet<string>;
  /** Lower-case US city names (single and multi-word). */
  cities: ReadonlySet<string>;
}

let cached: WordLists | undefined;

function lines(name: string): string[] {
  const url = new URL(`../../../src/data/text/${name}`, import.meta.url);
  const out: string[] = [];
  // A plain loop, no regex per line: every process and worker thread reads ~200,000 lines at start.
  for (const raw of readFileSync(url, 'utf8').split('\n')) {
    const hash = raw.indexOf('#');
    const l = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (l.length > 0) out.push(l);
  }
  return out;
}

export function wordLists(): WordLists {
  if (cached) return cached;
  const family = new Map<string, number>();
  // Census ranks first; the other locales' surnames rank after all of them, so they count as
  // names in context but never alone (the lone-surname rule takes only common ranks)
  [...lines('family-names.txt'), ...lines('family-names-intl.txt')].forEach((n, i) => {
    const k = n.toLowerCase();
    if (!family.has(k)) family.set(k, i + 1);
  });
  cached = {
    given: new Set([...lines('given-names.txt'), ...lines('given-names-intl.txt')].map((n) => n.toLowerCase())),
    family,
    common: new Set(lines('common-words.txt')),
    lessCommon: new Set(lines('less-common-words.txt')),
    clinical: new Set([
      ...DRUG_WORDS,
      ...CLINICAL_WORDS,
      ...lines('lexicon/clinical-abbreviations.txt'),
      ...lines('lexicon/clinical-data-words.txt'),
    ]),
    eponyms: new Set([...EPONYM_WORDS, ...CALENDAR_WORDS]),
    // faker's city names plus the place names of US ZIP codes (towns and neighbourhoods)
    cities: new Set([...lines('us-cities.txt'), ...lines('us-places.txt')].map((n) => n.toLowerCase())),
  };
  return cached;
}

/**
 * Let the lists go (about 12 MB of heap). scrub's main thread needs them only to classify fields
 * when the free text is scanned on worker threads; they load again if anything asks.
 */
export function releaseWordLists(): void {
  cached = undefined;
}

/** The US given names alone (SSA list, lower case), without the other locales' lists. */
export function usGivenNames(): string[] {
  return lines('given-names.txt').map((n) => n.toLowerCase());
}
