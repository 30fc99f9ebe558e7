/**
 * Free-text identifier detection for scrub and check: runs every recognizer (patterns, name
 * dictionaries with context, record values), merges overlaps (see resolve.ts) and returns
 * sorted, non-overlapping spans. Values never leave this module except as offsets.
 */
import { categoryOf } from './kinds.js';
import { filterNameCandidates } from './name-evidence.js';
import { findNames } from './names.js';
import { CONTACT_RECOGNIZERS } from './patterns-contact.js';
import { DATE_RECOGNIZERS } from './patterns-dates.js';
import { FACILITY_RECOGNIZERS } from './patterns-facilities.js';
import { HL7_RECOGNIZERS } from './patterns-hl7.js';
import { ID_RECOGNIZERS } from './patterns-ids.js';
import { PEOPLE_RECOGNIZERS } from './patterns-people.js';
import { PLACE_RECOGNIZERS } from './patterns-places.js';
import { filterPlaceCandidates } from './place-evidence.js';
import type { Candidate, PatternRecognizer } from './recognizer.js';
import { findKnown } from './record.js';
import { repeatMentions, repeatPlaces } from './repeats.js';
import { resolveOverlaps } from './resolve.js';
import { INTL_ADDRESS_RECOGNIZERS } from './rules-intl-address.js';
import { INTL_CONTACT_RECOGNIZERS } from './rules-intl-contact.js';
import { INTL_PEOPLE_RECOGNIZERS } from './rules-intl-people.js';
import { INTL_PLACE_RECOGNIZERS } from './rules-intl-places.js';
import { findCuedLocations, findNamedInstitutions, repeatLocations } from './rules-locations.js';
import { findPeople } from './rules-people.js';
import { siteCandidates, withoutSafeWords } from './site-words.js';
import type { RecordContext, Span } from './types.js';

export const PATTERN_RECOGNIZERS: readonly PatternRecognizer[] = [
  ...DATE_RECOGNIZERS,
  ...CONTACT_RECOGNIZERS,
  ...ID_RECOGNIZERS,
  ...PLACE_RECOGNIZERS,
  ...FACILITY_RECOGNIZERS,
  ...PEOPLE_RECOGNIZERS,
  ...HL7_RECOGNIZERS,
  ...INTL_CONTACT_RECOGNIZERS,
  ...INTL_ADDRESS_RECOGNIZERS,
  ...INTL_PLACE_RECOGNIZERS,
  ...INTL_PEOPLE_RECOGNIZERS,
];

const NAME_KINDS = ['given-name', 'family-name', 'person-name'];
const PLACE_KINDS = ['city', 'county', 'street-address'];

export interface FindSpansOptions {
  /** Only these kind ids (others are neither searched for nor returned). */
  kinds?: ReadonlySet<string>;
  /** Drop spans scored below this (default 0: everything found). */
  minScore?: number;
}

function runPattern(r: PatternRecognizer, text: string, out: Candidate[]): void {
  if (r.gate && !r.gate(text)) return;
  const re = r.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const got =
      r.notAfter && m.index > 0 && r.notAfter.test(text[m.index - 1] as string)
        ? undefined
        : r.accept(m, text);
    if (!got) {
      if (r.retryOnReject) re.lastIndex = m.index + 1;
      continue;
    }
    if (Array.isArray(got)) out.push(...got);
    else out.push(got);
  }
}

export function findSpans(text: string, ctx?: RecordContext, opts?: FindSpansOptions): Span[] {
  if (text.length === 0) return [];
  const kinds = opts?.kinds;
  const wants = (list: readonly string[]) => !kinds || list.some((k) => kinds.has(k));
  const cands: Candidate[] = [];
  for (const r of PATTERN_RECOGNIZERS) if (wants(r.kinds)) runPattern(r, text, cands);
  if (wants(NAME_KINDS)) cands.push(...findNames(text), ...findPeople(text));
  cands.push(...findKnown(text, ctx), ...siteCandidates(text));
  if (wants(['facility-name'])) {
    const places = findCuedLocations(text).concat(findNamedInstitutions(text));
    cands.push(...places, ...repeatLocations(text, places));
  }
  let found = filterPlaceCandidates(text, filterNameCandidates(text, withoutSafeWords(text, cands)));
  const resolved = resolveOverlaps(found);
  const again = wants(NAME_KINDS)
    ? filterNameCandidates(text, withoutSafeWords(text, repeatMentions(text, found, resolved)))
    : [];
  if (wants(PLACE_KINDS)) again.push(...withoutSafeWords(text, repeatPlaces(text, found, resolved)));
  found = found.concat(again);
  const kept = kinds ? found.filter((c) => kinds.has(c.kind)) : found;
  const minScore = opts?.minScore ?? 0;
  return resolveOverlaps(kept)
    .filter((c) => c.score >= minScore)
    .map((c) => ({ ...c, category: categoryOf(c.kind) }));
}
