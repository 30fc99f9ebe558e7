/**
 * A site's own words for free text, from the profile (`site.places`, `site.people`,
 * `site.safeWords`): the names of its wards, hospitals and towns, found as facility names
 * wherever they stand as whole words in any case; the names of its staff or patients that no
 * word list holds, found as person names; and safe words — local shorthand that is never a name
 * or a place, however a rule reads it. No built-in list knows a site's "Brackenway 4" or that its
 * nurses write "Hope" for a protocol, so these are the site's to give.
 *
 * Set once per process (span workers get them when they start), not per record: they do not
 * change within a run and would otherwise travel with every text job.
 */
import type { SiteWords } from '../../catalogue/types.js';
import type { Candidate } from './recognizer.js';

export type { SiteWords };

interface Compiled {
  places: RegExp | undefined;
  people: RegExp | undefined;
  safe: ReadonlySet<string>;
}

let site: Compiled = { places: undefined, people: undefined, safe: new Set() };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** One whole-word, any-case alternation of literals (longest first, so "St Anne's Hospital" wins). */
function literalRe(words: readonly string[] | undefined): RegExp | undefined {
  const parts = [...new Set((words ?? []).map(normal).filter((w) => w.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(' ').map(escapeRe).join('\\s+'));
  if (parts.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Replace the process's site words (undefined clears them). */
export function useSiteWords(words: SiteWords | undefined): void {
  site = {
    places: literalRe(words?.places),
    people: literalRe(words?.people),
    safe: new Set((words?.safeWords ?? []).map(normal).filter((w) => w.length > 0)),
  };
}

function matches(re: RegExp | undefined, text: string, kind: string, source: string): Candidate[] {
  if (!re) return [];
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, kind, score: 0.95, source });
  return out;
}

/** The site's places and people named in `text`. */
export function siteCandidates(text: string): Candidate[] {
  if (!site.places && !site.people) return [];
  return [
    ...matches(site.places, text, 'facility-name', 'site:place'),
    ...matches(site.people, text, 'person-name', 'site:person'),
  ];
}

const GUARDED = new Set(['given-name', 'family-name', 'person-name', 'facility-name', 'city']);

/**
 * Drop name and place candidates that are a safe word as a whole. The record's own values
 * (`record:`) and the site's own lists are kept: they are named, not guessed.
 */
export function withoutSafeWords(text: string, cands: Candidate[]): Candidate[] {
  if (site.safe.size === 0) return cands;
  return cands.filter(
    (c) =>
      !GUARDED.has(c.kind) ||
      c.source.startsWith('record:') ||
      c.source.startsWith('site:') ||
      !site.safe.has(normal(text.slice(c.start, c.end))),
  );
}
