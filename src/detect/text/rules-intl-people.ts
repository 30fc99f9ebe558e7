/**
 * People named after a naming cue or before a residence verb, in any language's spelling:
 * "my name is Sigrún Hallsdóttir", "call me Csanád", "assistant to Bekzod Umarov", "Ilse lives
 * on ...", and speaker labels ("Ottó: What a day."). The cue carries the evidence; the words must
 * still look like a name: capitalised, no clinical term, and a known given name or a word no
 * English list knows.
 */
import { wordLists } from '../../data/text/lists.js';
import type { Candidate, PatternRecognizer } from './recognizer.js';
import { valueRange } from './recognizer.js';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’\-]*(?:\p{Lu}\p{Ll}[\p{Ll}'’\-]*)?`;
const LINK = String.raw`(?:[ \t](?:\p{Lu}\.?|ten|van|von|de|da|del|der|den|di|le|la|ter|bin|ibn)(?=[ \t]\p{Lu}))`;
/** "Sigrún", "Willemine ten Pas", "Lóa F Sigmundsdóttir", "LeBatelier". */
const NAME = String.raw`${NAME_WORD}(?:${LINK}{0,2}[ \t]${NAME_WORD}){0,2}`;

/** A name needs one word that is a given name or that no English list knows; none clinical. */
export function nameWords(value: string): boolean {
  const lists = wordLists();
  const words = value.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  let named = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lists.clinical.has(lower) || lists.eponyms.has(lower)) return false;
    if (w.length < 2 || !/^\p{Lu}/u.test(w)) continue;
    if (lists.given.has(lower) || !(lists.common.has(lower) || lists.lessCommon.has(lower))) named = true;
  }
  return named;
}

function personCand(start: number, end: number): Candidate {
  return { start, end, kind: 'person-name', score: 0.8, source: 'context:intl-person' };
}

const BEFORE =
  String.raw`(?:\b(?:[Mm]y|[Hh]er|[Hh]is|[Tt]heir|[Tt]he) (?:name|maiden name|last name|first name|surname) is|\bcall me|\bnamed (?:him|her)|` +
  String.raw`\bname\?|\bassistant to|\bstarring|\bdirected by|\bchange it to|\bsays|\bProducer|\bspeak to|\bmy (?:kid|son|daughter|wife|husband|brother|sister|mother|father|partner))`;

const cuedBefore: PatternRecognizer = {
  id: 'person-intl-cue-before',
  kinds: ['person-name'],
  re: new RegExp(String.raw`${BEFORE}[ \t]+(?<v>${NAME})`, 'gud'),
  accept(m, text) {
    const [start, end] = valueRange(m);
    return nameWords(text.slice(start, end)) ? personCand(start, end) : undefined;
  },
};

const AFTER = String.raw`(?:lives (?:on|at|in)|is from|spent a year|will be talking|shouted at|is very reliable|as a beneficiary)`;

const cuedAfter: PatternRecognizer = {
  id: 'person-intl-cue-after',
  kinds: ['person-name'],
  notAfter: /[\p{L}]/u,
  re: new RegExp(String.raw`(?<v>${NAME})[ \t]+(?:${AFTER})\b`, 'gud'),
  accept(m, text) {
    const [start, end] = valueRange(m);
    return nameWords(text.slice(start, end)) ? personCand(start, end) : undefined;
  },
};

/** "Ottó: What a day." — a line opened by a known given name and a colon. */
const speaker: PatternRecognizer = {
  id: 'person-intl-speaker',
  kinds: ['person-name'],
  re: new RegExp(String.raw`^(?<v>${NAME_WORD}):[ \t]*["\p{Lu}]`, 'gmud'),
  accept(m, text) {
    const [start, end] = valueRange(m);
    const lower = text.slice(start, end).toLowerCase();
    const lists = wordLists();
    if (!lists.given.has(lower) || lists.common.has(lower) || lists.clinical.has(lower)) return undefined;
    return personCand(start, end);
  },
};

export const INTL_PEOPLE_RECOGNIZERS: readonly PatternRecognizer[] = [cuedBefore, cuedAfter, speaker];
