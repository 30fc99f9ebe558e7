/**
 * Locations named after a cue, as real ICU notes write them: hospitals, wards and towns after a
 * movement ("transferred to X", "taken to X Hospital", "arrived from X"), a place preposition ("at GH",
 * "@ St A."), a residence ("lives in X", "daughter of X"), or a university ("U Maryland"). What follows
 * the cue is a place when it is no care setting ("to ICU", "from OR"), no English or clinical word —
 * unless a facility word closes it ("to sacred heart hospital") — or a known town. Once found, the
 * same word elsewhere in the note is the same place.
 */
import { readFileSync } from 'node:fs';
import { wordLists } from '../../data/text/lists.js';
import { mixedCaseAround } from './case-context.js';
import { FOUNDER_WORDS } from './patterns-facilities.js';
import type { Candidate } from './recognizer.js';
import { knownWord, typoOfKnownWord } from './typos.js';

const SOURCE = 'context:location-cue';

let settings: ReadonlySet<string> | undefined;
function careSettings(): ReadonlySet<string> {
  if (settings) return settings;
  const url = new URL('../../../src/data/text/lexicon/care-settings.txt', import.meta.url);
  settings = new Set(
    readFileSync(url, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l.length > 0),
  );
  return settings;
}

/** A movement or place cue, ending right before the place. */
const MOVE_CUE =
  /\b(?:(?:trans(?:ferr?e?d?|fered|ferring|fer)?|tx(?:'?d)?|xferr?(?:e?d)?|admit(?:ted)?|adm|taken|brought|sent|go(?:ing)?|went|return(?:ed|ing|s)?|discharged|d\/c'?d|dc'?d|arrived|came|presented|(?:med[- ]?)?flight(?:ed)?|flighted|flown|referred|enroute|en[ \t]+route|recieved|received|readmitted|moved|transport(?:ed)?)(?:[ \t]+(?:back|over|out|again))?(?:[ \t]+(?:in)?to|[ \t]+from|[ \t]+into|[ \t]*@)|\b(?:accepted|excepted)[ \t]+(?:at|by)|\b(?:followed|seen|bed)[ \t]+(?:at|@)|\b(?:at|@|from|in|to|of)(?=[ \t]))[ \t]+(?:the[ \t]+)?/gi;

/** Words that close a facility's name. */
const FACILITY_WORDS = new Set([
  'hospital',
  'hosp',
  'hospiatal',
  'hospitol',
  'medical',
  'med',
  'memorial',
  'regional',
  'general',
  'rehab',
  'rehabilitation',
  'campus',
  'center',
  'centre',
  'clinic',
  'infirmary',
  'manor',
  'house',
  'adventist',
  'health',
  'nursing',
]);

/** Facility words that close a name even after everyday words ("to sacred heart hospital"). */
const STRONG_FACILITY = new Set([
  'hospital',
  'hosp',
  'hospiatal',
  'hospitol',
  'memorial',
  'medical',
  'campus',
  'infirmary',
  'adventist',
]);

/** "U Maryland", "UOf Maryland", "University of MD", "U of MD". */
const UNIVERSITY = /^(?:u(?:niv(?:ersity)?)?\.?(?:[ \t]*of)?|uof)[ \t]+([A-Za-z]+)/i;

const STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
  vermont virginia washington wisconsin wyoming md ma ny nj pa va dc ct nh ri vt me nc sc ga fl fla calif`.split(
    /\s+/,
  ),
);

const WORD = /^([A-Za-z][A-Za-z'’-]*)/;
const SAINT = /^(?:st\.?|saint)[ \t]+([A-Za-z][a-z]*|[A-Z]+)(?:'s|’s|'S)?\.?(?![A-Za-z])/i;

interface Word {
  start: number;
  end: number;
  lower: string;
}

/** Up to `n` words from `at`, separated by single spaces or tabs (a hyphen ends the run). */
function wordsFrom(text: string, at: number, n: number): Word[] {
  const out: Word[] = [];
  let i = at;
  while (out.length < n) {
    const m = WORD.exec(text.slice(i, i + 40));
    if (!m) break;
    const w = m[1] as string;
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    out.push({ start: i, end: i + w.length, lower });
    const gap = /^[ \t]{1,2}/.exec(text.slice(i + w.length, i + w.length + 3));
    if (!gap) break;
    i += w.length + gap[0].length;
  }
  return out;
}

/** A word that can start or be a place on its own: no setting, no English or clinical word. */
function placeWord(w: string): boolean {
  const lists = wordLists();
  if (w.length < 2 || careSettings().has(w) || STATES.has(w)) return false;
  if (lists.clinical.has(w) || lists.eponyms.has(w)) return false;
  if (lists.cities.has(w)) return !lists.common.has(w);
  if (knownWord(w) && !(lists.lessCommon.has(w) && lists.family.has(w))) return false;
  const named = lists.family.has(w) || lists.given.has(w);
  if (!named && w.length >= 5 && typoOfKnownWord(w)) return false;
  return true;
}

function plainWord(w: string): boolean {
  const lists = wordLists();
  return !careSettings().has(w) && !lists.clinical.has(w) && w.length >= 2;
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'for',
  'with',
  'w',
  'to',
  'from',
  'at',
  'in',
  'on',
  'of',
  'by',
]);

/** The place right at `at`, or undefined. */
function placeAt(text: string, at: number, bare: boolean): { start: number; end: number } | undefined {
  const rest = text.slice(at, at + 60);
  const saint = SAINT.exec(rest);
  if (saint) {
    // a saint is a given name or an initial ("St. Mary's", "St A."), not "ST WITH" (sinus tachycardia)
    const name = (saint[1] as string).toLowerCase();
    if (name.length === 1 || (wordLists().given.has(name) && !STOP.has(name)))
      return { start: at, end: at + saint[0].length };
  }
  const uni = UNIVERSITY.exec(rest);
  if (uni && STATES.has((uni[1] as string).toLowerCase())) return { start: at, end: at + uni[0].length };
  const words = wordsFrom(text, at, 5);
  const first = words[0];
  if (!first || STOP.has(first.lower)) return undefined;
  // a town of the list, longest first ("new haven", "middle river")
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const name = words
      .slice(0, k)
      .map((w) => w.lower)
      .join(' ');
    const lists = wordLists();
    if (!lists.cities.has(name) || lists.common.has(name) || STATES.has(name) || careSettings().has(name))
      continue;
    // after a bare "in"/"at", a town made of everyday words needs its capitals ("in left hand")
    const everyday = words.slice(0, k).every((w) => lists.common.has(w.lower));
    if (bare && everyday && text[first.start] === text[first.start]?.toLowerCase()) continue;
    return { start: first.start, end: (words[k - 1] as Word).end };
  }
  // "to sacred heart hospital", "taken to Laurel Regional": a facility word closes the name
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (STOP.has(w.lower)) break;
    const firstText = text.slice(first.start, first.end);
    const capital = firstText[0] !== firstText[0]?.toLowerCase();
    const everyday = wordLists().common.has(first.lower) && !capital && !STRONG_FACILITY.has(w.lower);
    if (FACILITY_WORDS.has(w.lower) && plainWord(first.lower) && !everyday) {
      let end = w.end;
      const more = words[k + 1];
      if (more && (more.lower === 'center' || more.lower === 'centre')) end = more.end;
      return { start: first.start, end };
    }
  }
  if (!placeWord(first.lower)) return undefined;
  // multi-word towns from the list ("new haven", "middle river")
  let end = first.end;
  const second = words[1];
  if (second && placeWord(second.lower) && !FACILITY_WORDS.has(second.lower)) end = second.end;
  return { start: first.start, end };
}

/**
 * A ward or floor named by a word and its number ("to Larkmoor 4 this am", "per Larkmoor 3 RN"):
 * a word no list knows and no typing slip explains, then one digit that closes the phrase or comes
 * before a time, a plan word or a role. Doses ("Nipride 5mcg"), ranges ("overbreathing 2-4") and
 * counts before a unit ("combivent 6 puffs") are left alone by that closing condition.
 */
const NUMBERED_WARD =
  /\b([A-Z][a-z]{3,}|[a-z]{4,}|[A-Z]{4,})[ \t]([1-9])(?=[ \t]*(?:$|[\n,;)]|\.(?!\d))|[ \t]+(?:at|for|to|this|today|tonight|tomorrow|when|if|in|on|or|rn|once|after|per|and|with|w\/|\d{1,2}:\d\d)\b)/gi;

function numberedWards(text: string): Candidate[] {
  const out: Candidate[] = [];
  const lists = wordLists();
  NUMBERED_WARD.lastIndex = 0;
  for (let m = NUMBERED_WARD.exec(text); m; m = NUMBERED_WARD.exec(text)) {
    const word = (m[1] as string).toLowerCase();
    if (knownWord(word) || careSettings().has(word) || STATES.has(word) || typoOfKnownWord(word)) continue;
    if (lists.given.has(word) || lists.family.has(word)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'facility-name',
      score: 0.6,
      source: SOURCE,
    });
  }
  return out;
}

/**
 * A hospital named by its initials after a place preposition ("at MGH", "to GH", "seen by BMC"):
 * two to four letters ending in H (Hospital) or MC (Medical Center), no vowel but the first ("IN USOH",
 * "BY TECH", "on mech" are words), in one case, and no clinical abbreviation ("TO PH", "oob to ch").
 */
const HOSPITAL_CODE =
  /\b(?:[Aa][Tt]|[Ii][Nn]|[Bb][Yy]|[Oo][Nn]|[Ff][Rr][Oo][Mm]|[Tt][Oo]|@)[ \t]+(?:(?:the|THE)[ \t]+)?([A-Z]{1,3}H|[A-Z]{1,2}MC|[a-z]{1,3}h|[a-z]{1,2}mc)(?![A-Za-z'’-])/g;

function hospitalCodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  HOSPITAL_CODE.lastIndex = 0;
  for (let m = HOSPITAL_CODE.exec(text); m; m = HOSPITAL_CODE.exec(text)) {
    const code = m[1] as string;
    const lower = code.toLowerCase();
    if (/[aeiou]/.test(lower.slice(1))) continue;
    if (knownWord(lower) || careSettings().has(lower) || STATES.has(lower)) continue;
    const start = m.index + m[0].length - code.length;
    out.push({ start, end: start + code.length, kind: 'facility-name', score: 0.6, source: SOURCE });
  }
  return out;
}

/**
 * A name closed by a hospital word, after a bare preposition: a word before the hospital word must
 * name something — a founder's word ("holy family hospital"), a word no list knows, or a capital in
 * mixed case — so "to leave hospital", "at outside hospital", "to offer supportive medical" stay.
 */
function closedName(text: string, start: number, phrase: string): boolean {
  const words = phrase.split(/[ \t]+/);
  const last = (words.pop() ?? '').toLowerCase();
  if (words.length === 0 || last === 'medical' || last === 'med' || !STRONG_FACILITY.has(last)) return false;
  const lists = wordLists();
  const caps = mixedCaseAround(text, start);
  return words.some((w) => {
    const lower = w.toLowerCase();
    if (FOUNDER_WORDS.has(lower)) return true;
    if (caps && /^[A-Z][a-z]/.test(w) && !lists.clinical.has(lower)) return true;
    return !knownWord(lower) && !typoOfKnownWord(lower) && !careSettings().has(lower);
  });
}

/** Places after movement and place cues, wards named by a word and a number, hospital initials. */
export function findCuedLocations(text: string): Candidate[] {
  const out: Candidate[] = numberedWards(text).concat(hospitalCodes(text));
  MOVE_CUE.lastIndex = 0;
  for (let m = MOVE_CUE.exec(text); m; m = MOVE_CUE.exec(text)) {
    const at = m.index + m[0].length;
    // after a bare preposition ("at", "in", "from") only a word a capital or its strangeness vouches for
    const bare = /^(?:at|@|from|in|of|to)[ \t]/i.test(m[0]);
    const place = placeAt(text, at, bare);
    if (!place) continue;
    const word = text.slice(place.start, place.end);
    // after a bare preposition, a name closed by a hospital word stands ("to holy family hospital")
    const closed = bare && closedName(text, place.start, word);
    if (bare && !closed && (/^to[ \t]/i.test(m[0]) || !strongPlace(text, place.start, word))) continue;
    // after "of" ("daughter of X", "a drip of Nitro") only a word shaped like a town
    if (/^of[ \t]/i.test(m[0]) && !closed && !townShaped(text, place.start, word)) continue;
    out.push({ start: place.start, end: place.end, kind: 'facility-name', score: 0.7, source: SOURCE });
  }
  return out;
}

/**
 * After a bare preposition ("at", "in", "from"), whose object is far more often clinical ("at MN", "in
 * NSR", "from OR"): only a known town, a saint's name or a university. Other places found after a
 * movement cue are found here too, as repeats.
 */
function strongPlace(text: string, start: number, word: string): boolean {
  // "at Holy Cross", "at Harford Memorial": capitalised words in mid-sentence of mixed-case text
  if (capitalPhrase(text, start)) return true;
  if (/^(?:st\.?|saint)[ \t]/i.test(text.slice(start, start + 8))) return true;
  const lists = wordLists();
  const lower = word.toLowerCase();
  if (lists.cities.has(lower)) return true;
  if (/^(?:u|uof|univ|university)\b/i.test(word)) return true;
  if (townShaped(text, start, word)) return true;
  return /^(?:st\.?|saint)[ \t]/i.test(text.slice(start, start + 8));
}

/** Endings of English town names ("-town", "-ville", "-mere", "-burg"). */
const TOWN_ENDING =
  /[a-z](?:town|ville|burg|burgh|boro|borough|ford|field|wood|mere|dale|port|ton|ham|chester|mouth|haven|ridge|brook|bury|wick|worth|ington)$/;

/** A capitalised word that no list knows and ends like a town, in mixed-case text ("in Pellamere"). */
function townShaped(text: string, start: number, word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word) || !TOWN_ENDING.test(word)) return false;
  const lower = word.toLowerCase();
  if (knownWord(lower) || typoOfKnownWord(lower) || careSettings().has(lower)) return false;
  return mixedCaseAround(text, start, 60, 2);
}

/** Other mentions, in the same note, of one-word places already found ("at GH" after "to GH"). */
export function repeatLocations(text: string, found: readonly Candidate[]): Candidate[] {
  const words = new Set<string>();
  for (const c of found) {
    if (c.source !== SOURCE) continue;
    const w = text.slice(c.start, c.end);
    if (/^[A-Za-z]{2,}$/.test(w) && !knownWord(w.toLowerCase())) words.add(w.toLowerCase());
  }
  if (words.size === 0) return [];
  const out: Candidate[] = [];
  const re = /[A-Za-z]{2,}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!words.has(m[0].toLowerCase())) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'facility-name',
      score: 0.6,
      source: `${SOURCE}-repeat`,
    });
  }
  return out;
}

/** Two capitalised words that are no clinical words, in mid-sentence of mixed-case text. */
function capitalPhrase(text: string, start: number): boolean {
  const m = /^([A-Z][a-z'’]+)[ \t]+([A-Z][a-z'’]+)\b/.exec(text.slice(start, start + 40));
  if (!m) return false;
  const lists = wordLists();
  const words = [m[1] as string, m[2] as string].map((w) => w.toLowerCase());
  if (words.some((w) => lists.clinical.has(w) || lists.eponyms.has(w) || careSettings().has(w))) return false;
  return mixedCaseAround(text, start, 60, 2);
}

const UNIVERSITY_ANYWHERE =
  /\b(?:U|UOf|Univ\.?|University|UNIVERSITY|univ|university)(?:[ \t]+(?:of|OF))?[ \t]+([A-Za-z]+)\b/g;

/** A code or name no list knows right before a department ("GH EW", "gh cath lab", "brenlow ew"). */
const CODE_DEPT =
  /\b([A-Za-z]{2,12})[ \t]+(?:er|ed|ew|cath[ \t]+lab|campus|ER|ED|EW|CATH[ \t]+LAB|CAMPUS)\b/g;

/** Universities named by a state, and hospital codes before a department, wherever they stand. */
export function findNamedInstitutions(text: string): Candidate[] {
  const out: Candidate[] = [];
  UNIVERSITY_ANYWHERE.lastIndex = 0;
  for (let m = UNIVERSITY_ANYWHERE.exec(text); m; m = UNIVERSITY_ANYWHERE.exec(text)) {
    if (STATES.has((m[1] as string).toLowerCase()))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'facility-name',
        score: 0.7,
        source: SOURCE,
      });
  }
  CODE_DEPT.lastIndex = 0;
  for (let m = CODE_DEPT.exec(text); m; m = CODE_DEPT.exec(text)) {
    const code = m[1] as string;
    const lower = code.toLowerCase();
    if (code !== code.toUpperCase() && code !== lower) continue;
    if (knownWord(lower) || careSettings().has(lower) || STATES.has(lower)) continue;
    // a longer word ("from brenlow ew") must be no typing slip of a word either
    if (code.length > 4 && typoOfKnownWord(lower)) continue;
    out.push({
      start: m.index,
      end: m.index + code.length,
      kind: 'facility-name',
      score: 0.6,
      source: SOURCE,
    });
  }
  return out;
}
