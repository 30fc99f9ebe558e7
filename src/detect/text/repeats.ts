/**
 * Repeat mentions: a name found once in a note (after "son", a title, a signature...) is the same
 * person wherever the note writes it again without a cue ("Wife Joy and son Will in. Will is a
 * nurse"). Every other whole-word occurrence of a found name's words becomes a span too, with
 * guards where a name is also an everyday word: its lower-case form is never taken, and at the
 * start of a sentence it needs a verb after it that people do ("Will is", not "Will need").
 *
 * Only names that won their place seed repeats. Where a place reading beat a name reading of the
 * same words ("East Marks, MD" is a town in Maryland, not Dr. Marks), the words are a place: they
 * repeat as that place, the whole phrase at a time ("Lives in East Marks"), never as a person.
 */
import { type WordLists, wordLists } from '../../data/text/lists.js';
import type { Candidate } from './recognizer.js';

const NAME_KINDS = new Set(['given-name', 'family-name', 'person-name']);
/** Places whose other mentions in the note are the same place. */
const PLACE_KINDS = new Set(['city', 'county', 'street-address']);
/**
 * A place seeds repeats from this score, and only as a phrase of two words or more that opens with
 * a capital ("East Marks"): a lone word found as a place once (a device brand) is too weak a cue.
 */
const MIN_PLACE_SCORE = 0.7;
const PLACE_PHRASE = /^\p{Lu}[\p{L}'’.-]+(?:[ \t]+[\p{Lu}\d][\p{L}\d'’.-]*)+$/u;
/** Only names found with some confidence seed repeats (not the weakest guesses). */
const MIN_SEED_SCORE = 0.6;
/** Month and modal words: "May", "Will need", "Mark the site" repeat as words, not names. */
const NEVER = new Set(['may', 'june', 'april', 'august', 'march', 'will', 'can', 'must', 'jan', 'dr']);
/** After a sentence-initial everyday-word name: what a person does ("Penny is aware"). */
const PERSON_NEXT =
  /^(?:'s|’s|[ \t]+(?:is|was|has|had|asks|asked|called|calls|states|stated|says|said|visited|aware|updated|brought|wants|agrees|and|can|will|would|reports|reported|left|arrived|came|here|at|in)\b)/;
const WORD = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*/g;
/**
 * A word right after a capitalised town-name prefix is part of a town ("Lives in Fort Hills" after
 * a Mr. Hills; "Port Kohler", "East Marks"), not the person again.
 */
const TOWN_PREFIX =
  /(?:^|[^\p{L}])(?:Fort|FORT|Port|PORT|Mount|MOUNT|Mt\.?|MT\.?|Lake|LAKE|East|EAST|West|WEST|North|NORTH|South|SOUTH|New|NEW|Glen|GLEN|Cape|CAPE|Point|POINT)[ \t]+$/u;

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

/** The resolved span holding offset `at` (resolved spans are sorted and disjoint). */
function resolvedAt(resolved: readonly Candidate[], at: number): Candidate | undefined {
  let lo = 0;
  let hi = resolved.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = resolved[mid] as Candidate;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/**
 * Spans for the other mentions of names in `found`; none overlaps `found`. `resolved` is `found`
 * after overlap resolution: a name candidate whose words resolved to a place seeds nothing.
 */
export function repeatMentions(
  text: string,
  found: readonly Candidate[],
  resolved: readonly Candidate[],
): Candidate[] {
  const lists = wordLists();
  const names = found.filter((c) => !PLACE_KINDS.has(resolvedAt(resolved, c.start)?.kind ?? ''));
  const seeds = seedsOf(text, names, lists);
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
    if (TOWN_PREFIX.test(text.slice(Math.max(0, start - 12), start))) continue;
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

/** Whole-phrase mentions of the places in `resolved` that no candidate in `found` covers yet. */
export function repeatPlaces(
  text: string,
  found: readonly Candidate[],
  resolved: readonly Candidate[],
): Candidate[] {
  const phrases = new Map<string, string>();
  for (const r of resolved) {
    if (!PLACE_KINDS.has(r.kind) || r.score < MIN_PLACE_SCORE) continue;
    const phrase = text.slice(r.start, r.end);
    if (phrase.length >= 4 && PLACE_PHRASE.test(phrase)) phrases.set(phrase, r.kind);
  }
  if (phrases.size === 0) return [];
  const covered = (s: number, e: number) => found.some((c) => c.start < e && c.end > s);
  const out: Candidate[] = [];
  for (const [phrase, kind] of phrases) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      const end = at + phrase.length;
      // whole words only: "East Marks" is not inside "Northeast Marksville"
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (covered(at, end)) continue;
      out.push({ start: at, end, kind, score: 0.6, source: 'context:place-repeat' });
    }
  }
  return out;
}
