/**
 * Repeat mentions: a name found once in a note (after "son", a title, a signature...) is the same
 * person wherever the note writes it again without a cue ("Wife Joy and son Will in. Will is a
 * nurse"). Every other whole-word occurrence of a found name's words becomes a span too, with
 * guards where a name is also an everyday word: its lower-case form is never taken, and at the
 * start of a sentence it needs a verb after it that people do ("Will is", not "Will need").
 */
import { type WordLists, wordLists } from '../../data/text/lists.js';
import type { Candidate } from './recognizer.js';

const NAME_KINDS = new Set(['given-name', 'family-name', 'person-name']);
/** Only names found with some confidence seed repeats (not the weakest guesses). */
const MIN_SEED_SCORE = 0.6;
/** Month and modal words: "May", "Will need", "Mark the site" repeat as words, not names. */
const NEVER = new Set(['may', 'june', 'april', 'august', 'march', 'will', 'can', 'must', 'jan', 'dr']);
/** After a sentence-initial everyday-word name: what a person does ("Penny is aware"). */
const PERSON_NEXT =
  /^(?:'s|’s|[ \t]+(?:is|was|has|had|asks|asked|called|calls|states|stated|says|said|visited|aware|updated|brought|wants|agrees|and|can|will|would|reports|reported|left|arrived|came|here|at|in)\b)/;
const WORD = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*/g;

interface Seed {
  /** The word as written where it was found (case matters for everyday words). */
  lower: string;
  everyday: boolean;
}

function isEveryday(lower: string, lists: WordLists): boolean {
  return lists.common.has(lower) || lists.lessCommon.has(lower);
}

function seedsOf(text: string, found: readonly Candidate[], lists: WordLists): Map<string, Seed> {
  const seeds = new Map<string, Seed>();
  for (const c of found) {
    if (!NAME_KINDS.has(c.kind) || c.score < MIN_SEED_SCORE) continue;
    for (const m of text.slice(c.start, c.end).matchAll(WORD)) {
      const w = m[0].replace(/['’]s$/, '');
      const lower = w.toLowerCase();
      // initials and two-letter words ("Ed", "Al") are too short to find again safely
      if (lower.length < 3 || NEVER.has(lower)) continue;
      // an eponym or drug found as a name once ("Dr. Foley") is still the catheter elsewhere
      if (lists.clinical.has(lower) || lists.eponyms.has(lower)) continue;
      seeds.set(lower, { lower, everyday: isEveryday(lower, lists) });
    }
  }
  return seeds;
}

function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?\n:;]/.test(text[i] as string);
}

/** Spans for the other mentions of names in `found`; none overlaps `found`. */
export function repeatMentions(text: string, found: readonly Candidate[]): Candidate[] {
  const lists = wordLists();
  const seeds = seedsOf(text, found, lists);
  if (seeds.size === 0) return [];
  const covered = (s: number, e: number) => found.some((c) => c.start < e && c.end > s);
  const upperText = text === text.toUpperCase();
  const out: Candidate[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/['’]s$/, '');
    const seed = seeds.get(raw.toLowerCase());
    if (!seed) continue;
    const start = m.index;
    const end = start + raw.length;
    if (covered(start, end)) continue;
    if (seed.everyday) {
      const first = raw.charCodeAt(0);
      const capital = first >= 65 && first <= 90;
      // in capitals every word looks like a name: an everyday word repeats only in mixed case
      if (!capital || upperText) continue;
      if (sentenceStart(text, start) && !PERSON_NEXT.test(text.slice(end, end + 12))) continue;
    }
    out.push({ start, end, kind: 'person-name', score: 0.6, source: 'context:repeat' });
  }
  return out;
}
