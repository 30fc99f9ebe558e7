/**
 * Towns anywhere in the world after a travel or residence cue ("flew to Kåfjord", "grew up in
 * HALDEN", "based in Pforzheim", "originally from Ravno") and a town before its postcode ("in
 * Vetralla 01019"). No list knows every town, so the cue carries it: the words after it must be
 * capitalised (or in capitals), not all everyday English words, and no clinical term.
 */
import { readFileSync } from 'node:fs';
import { wordLists } from '../../data/text/lists.js';
import type { Candidate, PatternRecognizer } from './recognizer.js';
import { valueRange } from './recognizer.js';

const CAP = String.raw`\p{Lu}[\p{L}'’\-]*`;
const PARTICLE = String.raw`(?:de|del|di|da|do|la|le|les|am|an|im|nad|sur|sous|upon)`;
/** "Reguengos de Monsaraz", "BASHALL TOWN", "Unionville (Orange)". */
const TOWN = String.raw`${CAP}(?:[ \-](?:${CAP}|${PARTICLE}(?= \p{Lu}))){0,3}(?: \(${CAP}\))?`;

const CUE =
  String.raw`(?:\b(?:flew|flying|fly|travel(?:l?ing|l?ed)?|moved(?: here)?|relocated|drove|driving|the world|trip)[ \t]+(?:to|from)|` +
  String.raw`\bgrew up in|\boriginally from|\bbased in|\bborn in|\blives in|\bliving in|\bhome (?:city|town)|\bhometown|` +
  String.raw`\bI'?m in|\bI am in|\barrived (?:at|in)|\byear in|\bstreet in|\bWhere:)`;

let regions: ReadonlySet<string> | undefined;
/** US states and countries (lower case): Safe Harbor keeps them, so no cue makes them a town. */
function regionNames(): ReadonlySet<string> {
  regions ??= new Set(
    readFileSync(new URL('../../../src/data/text/lexicon/regions.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l.length > 0),
  );
  return regions;
}

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** At least one word no everyday list knows; no clinical word; capitals only when long enough. */
export function townWords(value: string): boolean {
  if (regionNames().has(value.trim().toLowerCase())) return false;
  const lists = wordLists();
  const words = (value.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0) return false;
  let unknown = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lists.clinical.has(lower) || MONTHS.test(lower)) return false;
    const caps = w === w.toUpperCase();
    if (caps && w.length < 5 && words.length === 1) return false;
    if (!lists.common.has(lower) || lists.cities.has(lower)) unknown = true;
  }
  return unknown;
}

function cityCand(start: number, end: number, source: string): Candidate {
  return { start, end, kind: 'city', score: 0.8, source };
}

const cuedTown: PatternRecognizer = {
  id: 'town-intl-cue',
  kinds: ['city'],
  re: new RegExp(String.raw`${CUE}[ \t]+(?<v>${TOWN})`, 'gud'),
  accept(m, text) {
    const [start, end] = valueRange(m);
    if (!townWords(text.slice(start, end))) return undefined;
    return cityCand(start, end, 'context:town-intl');
  },
};

/** "in Vetralla 01019 in its mission", "in ÖVERTURINGEN 840 24": a town and its postcode. */
const townPostcode: PatternRecognizer = {
  id: 'town-postcode-intl',
  kinds: ['city', 'zip'],
  re: new RegExp(
    String.raw`\bin[ \t]+(?<v>${TOWN})[ \t]+(?<z>\d{3}[ \-]\d{2}|\d{4,5})(?![\w\-/.:]|,\d)`,
    'gud',
  ),
  accept(m, text) {
    const [start, end] = valueRange(m);
    const z = m.indices?.groups?.z;
    if (!z || !townWords(text.slice(start, end))) return undefined;
    const code = text.slice(z[0], z[1]);
    // "in March 2021", "in Boston 1998": a year is no postcode
    if (/^(?:1[89]|20)\d\d$/.test(code)) return undefined;
    return [
      cityCand(start, end, 'context:town-intl'),
      { start: z[0], end: z[1], kind: 'zip', score: 0.8, source: 'context:zip-intl' },
    ];
  },
};

export const INTL_PLACE_RECOGNIZERS: readonly PatternRecognizer[] = [cuedTown, townPostcode];
