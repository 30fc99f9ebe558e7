/**
 * Places must hold a word that names something. A facility or street span whose words are all
 * everyday or clinical ("HE WANTED TO LEAVE HOSPITAL", "CON'T REHAB", "3 WAY FOLEY IN PLACE", "8 TRACH
 * IN PLACE") is a sentence about care, not an address — real ICU notes, often in capitals, are full
 * of them. A word counts as naming when it is in no English or clinical list, or is a known town, or
 * is capitalised in mixed-case text.
 */
import { wordLists } from '../../data/text/lists.js';
import { mixedCaseAround } from './case-context.js';
import { FOUNDER_WORDS } from './patterns-facilities.js';
import type { Candidate } from './recognizer.js';
import { typoOfKnownWord } from './typos.js';

/** Words of a place's own vocabulary: they say "place" but name none. */
const PLACE_WORDS = new Set(
  `hospital hosp hospice rehab rehabilitation center centre medical med clinic house home nursing
  memorial regional general campus manor agency street st avenue ave av road rd lane ln drive dr place pl
  court ct way boulevard blvd unit apt apartment suite floor the of and at in to`.split(/\s+/),
);

const ADDRESS_SHAPE =
  /^(?:P\.?\s?O\.?\s*Box|POB|RR|R\.R\.|HC|Rural|Star|Unit|UNIT|Suite|SUITE|Ste|Apt|APT|Apartment|apartment|apt|Route|ROUTE|Rte|Hwy|Highway)\b/;
const CHECKED = new Set(['facility-name', 'street-address', 'city']);
/** The broad recognizers whose spans must prove they name something; narrower cues stand alone. */
const CHECKED_SOURCES = new Set([
  'pattern:facility',
  'pattern:address',
  'pattern:city',
  'context:transfer',
  'context:town-case',
  'context:city',
]);

function names(word: string, capsInform: boolean): boolean {
  const lists = wordLists();
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 2 || PLACE_WORDS.has(lower)) return false;
  if (lists.cities.has(lower) && !lists.common.has(lower)) return true;
  if (lists.clinical.has(lower) || lists.eponyms.has(lower)) return false;
  // "HOLY FAMILY REHAB", "holy name": the words that head religious hospitals' names
  if (FOUNDER_WORDS.has(lower)) return true;
  const capital = word[0] !== word[0]?.toLowerCase();
  // in mixed-case text a name is capitalised ("Lakeside Imaging"); lower-case words are prose
  if (capsInform) return capital && word.slice(1) !== word.slice(1).toUpperCase();
  // in capitals, a word no list knows and no typing slip explains ("CALVERT HOSPITAL")
  const known = lists.common.has(lower) || lists.lessCommon.has(lower);
  return !known && lower.length >= 4 && !typoOfKnownWord(lower);
}

/** A facility word right after a place ("Holy Family memorial", "Lakeview hospital"). */
const FACILITY_AFTER = /^[ \t]+(?:memorial|hospital|hosp|rehab|medical[ \t]+center|campus)\b/i;

/** A place found without its facility word takes the word that closes its name. */
function withFacilityWord(text: string, c: Candidate): Candidate {
  if (c.kind !== 'facility-name' && c.kind !== 'city') return c;
  const m = FACILITY_AFTER.exec(text.slice(c.end, c.end + 20));
  return m ? { ...c, end: c.end + m[0].length } : c;
}

export function filterPlaceCandidates(text: string, cands: Candidate[]): Candidate[] {
  return cands.filter(keepPlace(text)).map((c) => withFacilityWord(text, c));
}

function keepPlace(text: string): (c: Candidate) => boolean {
  return (c) => {
    if (!CHECKED.has(c.kind) || !CHECKED_SOURCES.has(c.source)) return true;
    // a box, route or unit number is an address by its shape
    if (c.kind === 'street-address' && ADDRESS_SHAPE.test(text.slice(c.start, c.end))) return true;
    const words = text.slice(c.start, c.end).match(/[\p{L}][\p{L}'’]*/gu) ?? [];
    const caps = mixedCaseAround(text, c.start);
    // a street needs its number or a naming word; a clinical word inside ("FOLEY", "TRACH") undoes it
    const lists = wordLists();
    // (in capitals only: "3 WAY FOLEY IN PLACE"; mixed case writes "W Central Avenue")
    const capitals = !/[a-z]/.test(text.slice(c.start, c.end));
    if (
      c.kind === 'street-address' &&
      capitals &&
      words.some((w) => {
        const lower = w.toLowerCase();
        return lists.clinical.has(lower) && !PLACE_WORDS.has(lower);
      })
    )
      return false;
    // "8233 N 85th Dr": a house number and a street word are an address without a naming word
    if (c.kind === 'street-address' && /^\d/.test(text.slice(c.start, c.end))) return true;
    return words.some((w) => names(w, caps));
  };
}
