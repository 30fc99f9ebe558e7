/** Street addresses, city/state/ZIP lines, counties, coordinates, employers, photos, test names. */
import { wordLists } from '../../data/text/lists.js';
import { isSegmentLine } from './patterns-hl7.js';
import { type Candidate, cand, type PatternRecognizer } from './recognizer.js';

const SUFFIXES = [
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Av',
  'Road',
  'Rd',
  'Boulevard',
  'Blvd',
  'Drive',
  'Dr',
  'Lane',
  'Ln',
  'Court',
  'Ct',
  'Way',
  'Wy',
  'Place',
  'Pl',
  'Terrace',
  'Ter',
  'Circle',
  'Cir',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Trail',
  'Trl',
  'Square',
  'Sq',
  'Loop',
  'Alley',
  'Aly',
  'Pike',
  'Route',
  'Rte',
  'Plaza',
  'Plz',
  'Crescent',
  'Row',
  'Run',
  'Path',
  'Point',
  'Ridge',
  'Heights',
  'Hts',
  'Crossing',
  'Xing',
  'Expressway',
  'Expy',
  'Freeway',
  'Fwy',
  'Turnpike',
  'Tpke',
  'Center',
  'Ctr',
  'Commons',
  'Cove',
  'Creek',
  'Glen',
  'Grove',
  'Harbor',
  'Landing',
  'Meadow',
  'Meadows',
  'Park',
  'Pass',
  'Walk',
  'View',
  'Vista',
  'Estates',
  'Manor',
  'Mews',
  'Gardens',
  'Green',
  'Hollow',
  'Knoll',
  'Oval',
  'Shores',
  'Springs',
  'Station',
  'Summit',
  'Valley',
  'Village',
  'Woods',
  'Hill',
  'Hills',
  'Bend',
  'Brook',
  'Field',
  'Fields',
  'Forest',
  'Mill',
  'Close',
  'Broadway',
  'Rise',
  'Chase',
  'Gate',
  'Croft',
  'Wharf',
  'Causeway',
  'Orchard',
  'Mount',
];
const SUFFIX = `(?:${[...SUFFIXES, ...SUFFIXES.map((s) => s.toUpperCase())].sort((a, b) => b.length - a.length).join('|')})`;
const DIR = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)';
const UNIT =
  '(?:,?\\s*(?:Apt|APT|Apartment|APARTMENT|Unit|UNIT|Suite|SUITE|Ste|STE|Bldg|BLDG|Fl|Floor|Rm|Room|Lot|Trlr|#)\\.?\\s*#?\\s*[A-Za-z0-9-]{1,6}(?![\\w-]))?';
const NOT_STREET_WORD = /^(?:am|pm|a\.m\.|p\.m\.|mg|ml|mcg|units?|tabs?|hours?|hrs?|days?|times|x)$/i;

/** ", Chelmsford)" right after a street address: the town, when no state or ZIP follows. */
const TOWN_AFTER = /^,[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})(?=[ \t]*(?:[),;.\n]|$))/;

/** The town after a street address ("14 Lowell Rd, Chelmsford"), unless it is everyday words. */
function townAfter(text: string, at: number): Candidate | undefined {
  const m = TOWN_AFTER.exec(text.slice(at, at + 48));
  if (!m) return undefined;
  const name = m[1]!;
  const words = name.toLowerCase().split(/[ \t]/);
  const lists = wordLists();
  // "10 Elm St, Second Floor": everyday words that name no town
  if (!lists.cities.has(words.join(' ')) && words.every((w) => lists.common.has(w) || lists.clinical.has(w)))
    return undefined;
  const start = at + m[0].length - name.length;
  return { start, end: start + name.length, kind: 'city', score: 0.8, source: 'context:street-city' };
}

const street: PatternRecognizer = {
  id: 'street-address',
  kinds: ['street-address', 'city'],
  notAfter: /[-/.]/,
  re: new RegExp(
    `\\b\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?\\s+(?:${DIR}\\.?\\s+)?(?:(?:[A-Z][A-Za-z'’.-]*|\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))\\s+){1,4}${SUFFIX}\\.?(?![\\w-])(?:\\s+${DIR}\\.?(?![\\w]))?${UNIT}`,
    'g',
  ),
  accept(m, text) {
    const first = m[0].split(/\s+/)[1] ?? '';
    if (NOT_STREET_WORD.test(first)) return undefined;
    // "SUTURE REMOVAL 5 DAYS.\nDR. HALLORAN": an address does not run on into the next line's title
    if (/\n/.test(m[0]) && AMBIGUOUS_SUFFIX.test(m[0].trim().split(/\s+/).pop()?.replace(/\.$/, '') ?? ''))
      return undefined;
    const address = cand(m, 'street-address', 0.9, 'pattern:address');
    const town = townAfter(text, m.index + m[0].length);
    return town ? [address, town] : address;
  },
};

/** Street suffixes that are also titles or units; a number-less street name never ends in them. */
const AMBIGUOUS_SUFFIX = /^(?:Dr|DR|Ct|CT|Pl|PL|Way|WAY|Sq|SQ|Ter|TER|Cir|CIR)$/;

/** "an apt on Elm St", "lives off Prospect Hill Road": a street named without its number. */
const streetName: PatternRecognizer = {
  id: 'street-name',
  kinds: ['street-address'],
  re: new RegExp(
    `\\b(?:[Oo]n|[Oo]ff|[Nn]ear|[Ll]ives\\s+at|[Ll]iving\\s+at)\\s+(?:the\\s+)?(?<v>(?:${DIR}\\.?\\s+)?(?:[A-Z][a-z'’]+\\s+){1,3}(?<sfx>${SUFFIX})\\.?)(?![\\w-])`,
    'dg',
  ),
  accept(m) {
    if (AMBIGUOUS_SUFFIX.test(m.groups?.sfx ?? '')) return undefined;
    const words = (m.groups?.v ?? '').split(/\s+/);
    const lists = wordLists();
    // "on Cardiology Floor"-like phrases: every word before the suffix clinical
    if (words.slice(0, -1).every((w) => lists.clinical.has(w.toLowerCase()))) return undefined;
    return cand(m, 'street-address', 0.8, 'context:street-name');
  },
};

/** "Route 24", "Rte 6A", "Interstate 93": a road is a street address. */
const route: PatternRecognizer = {
  id: 'route',
  kinds: ['street-address'],
  re: /\b(?:Route|ROUTE|Rte\.?|RTE\.?|Highway|HIGHWAY|Hwy\.?|HWY\.?|Interstate|INTERSTATE|State Road|County Road)[ \t]+\d{1,3}[A-Z]?\b/g,
  accept: (m) => cand(m, 'street-address', 0.75, 'pattern:route'),
};

/** A known town that is no state (lower-case name). */
function isTown(name: string): boolean {
  return wordLists().cities.has(name) && !STATE_NAMES.has(name);
}

/** A word of everyday English or clinical text; with `names`, a given or family name counts too. */
function everydayWord(w: string, names: boolean): boolean {
  const lists = wordLists();
  if (lists.common.has(w) || lists.lessCommon.has(w) || lists.clinical.has(w)) return true;
  return names && (lists.given.has(w) || lists.family.has(w));
}

/** ", Brockton (508…)", "Rite Aid, Main St, Leominster,": a known town between commas or before a bracket. */
const townAfterComma: PatternRecognizer = {
  id: 'town-after-comma',
  kinds: ['city'],
  re: /,[ \t]*(?<v>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[ \t]*(?:[,;.)(\n]|$))/dg,
  accept(m) {
    const v = (m.groups?.v ?? '').toLowerCase();
    // towns that are also words or names ("Pain", "Mobile", "Austin") need more than a comma
    if (!isTown(v) || v.split(' ').some((w) => everydayWord(w, true))) return undefined;
    return cand(m, 'city', 0.65, 'context:town-after-comma');
  },
};

/** "BIB Fitchburg police", "QUINCY PD", "boston ems": a town's own services name the town. */
const townService: PatternRecognizer = {
  id: 'town-service',
  kinds: ['city'],
  re: /\b(?<v>[A-Za-z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{3,}(?:[ \t][A-Z]{3,})?)[ \t]+(?:police|Police|POLICE|PD|FD|fire|Fire|FIRE|ems|EMS)\b/dg,
  accept(m) {
    const v = (m.groups?.v ?? '').toLowerCase();
    if (!isTown(v) || wordLists().common.has(v)) return undefined;
    return cand(m, 'city', 0.75, 'context:town-service');
  },
};

/** "FRIEND LIVES IN ATHENS", "nephew lives in raleigh": a known town in capitals or lower case after a place cue. */
const townOtherCase: PatternRecognizer = {
  id: 'town-other-case',
  kinds: ['city'],
  re: /\b(?:LIVES?|LIVING|RESIDES|MOVED|VISITING|FROM|IN|NEAR|lives?|living|resides|moved|visiting|from|in|near)[ \t]+(?:(?:IN|TO|FROM|in|to|from)[ \t]+)?(?<v>[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}|[a-z]{3,}(?:[ ][a-z]{3,})?)\b/dg,
  accept(m) {
    const raw = m.groups?.v ?? '';
    // the longest known town at the start of the words ("PASADENA FOR" → "PASADENA")
    const words = raw.split(/[ -]/);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ').toLowerCase();
      if (!isTown(name)) continue;
      if (n === 1 && everydayWord(name, false)) return undefined;
      const start = m.indices?.groups?.v?.[0] ?? m.index;
      return {
        start,
        end: start + words.slice(0, n).join(' ').length,
        kind: 'city',
        score: 0.65,
        source: 'context:town-case',
      };
    }
    return undefined;
  },
};

const poBox: PatternRecognizer = {
  id: 'po-box',
  kinds: ['street-address'],
  // also rural routes and highway contracts: "RR 8 Box 302", "HC 64 Box 12", "Rural Route 2 Box 7"
  re: /\b(?:(?:P\.?\s?O\.?\s*Box|POB|Post\s+Office\s+Box)\s*#?\s*\d{1,6}|(?:RR|R\.R\.|Rural\s+Route|HC|Star\s+Route)\s*#?\s*\d{1,4},?\s+Box\s*#?\s*\d{1,6})\b/gi,
  accept: (m) => cand(m, 'street-address', 0.9, 'pattern:address'),
};

const apartment: PatternRecognizer = {
  id: 'apartment',
  kinds: ['street-address'],
  // "Unit 29", "Suite 4B", "Ste 120" only after an address's comma ("PO Box 6296, Unit 29")
  re: /\b(?:Apt|APT|Apartment|apartment|apt)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b|(?<=,[ \t]?)(?:Unit|UNIT|Suite|SUITE|Ste|STE)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b/g,
  accept: (m) => cand(m, 'street-address', 0.7, 'pattern:address'),
};

const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'Virgin Islands',
};
const STATE_NAMES = new Set(Object.values(STATES).map((n) => n.toLowerCase()));
/** Abbreviations that are also clinical or common words ("Smith, MD", "PA", "OR"): need a ZIP or known city. */
const AMBIGUOUS_STATES = new Set([
  'MD',
  'PA',
  'IN',
  'OR',
  'ME',
  'OK',
  'HI',
  'CO',
  'DE',
  'LA',
  'MA',
  'AL',
  'ID',
  'MS',
  'MO',
  'OH',
  'NE',
  'DC',
  'VA',
]);
const STATE_ALT = [
  ...Object.keys(STATES),
  ...Object.values(STATES).sort((a, b) => b.length - a.length),
  ...Object.values(STATES).map((s) => s.toUpperCase()),
].join('|');
const ZIP = '(?<zip>\\d{5}(?:-\\d{4})?)';

function groupRange(m: RegExpExecArray, name: string): [number, number] | undefined {
  const r = m.indices?.groups?.[name];
  return r ? [r[0], r[1]] : undefined;
}

const SUFFIX_WORDS = new Set(SUFFIXES.map((x) => x.toLowerCase()));

/** Where the city really starts when the match ran back into a street ("Oak St Bethlehem"). */
function cityStart(city: string): number {
  const cities = wordLists().cities;
  const lower = city.toLowerCase();
  if (cities.has(lower)) return 0;
  for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) {
    // only after a street word: "Oak St Bethlehem" (not "Lake Price", a town ending in a town's name)
    const lastSkipped = lower.slice(0, i).split(' ').pop()?.replace(/\.$/, '') ?? '';
    if (SUFFIX_WORDS.has(lastSkipped) && cities.has(lower.slice(i + 1))) return i + 1;
  }
  const re = /[^ -]+/g;
  let start = 0;
  let first = true;
  for (let m = re.exec(city); m; m = re.exec(city)) {
    const w = m[0].replace(/\.$/, '').toLowerCase();
    if (!first && SUFFIX_WORDS.has(w)) start = m.index + m[0].length + 1;
    first = false;
  }
  return start;
}

/** One to three capitalised words ending right at the end of the slice (the city before ", ST"). */
const CITY_BEFORE = /(?<![A-Za-z.'’-])(?:[A-Z][A-Za-z.'’-]+[ -]){0,2}[A-Z][A-Za-z.'’-]+$/;

/**
 * City (and ZIP) from a match anchored on the state: the city words are read backwards from
 * `cityEnd`. Anchoring on the comma/state keeps the scan fast (no start at every capital).
 */
function cityLine(m: RegExpExecArray, text: string, cityEnd: number): Candidate[] | undefined {
  const from = Math.max(0, cityEnd - 60);
  const found = CITY_BEFORE.exec(text.slice(from, cityEnd));
  if (!found) return undefined;
  const full = found[0];
  const fullStart = from + found.index;
  const skip = cityStart(full);
  if (skip >= full.length) return undefined;
  const city = full.slice(skip);
  const st = m.groups?.st ?? '';
  const zip = m.groups?.zip;
  const lists = wordLists();
  const cityLower = city.toLowerCase();
  const firstWord = cityLower.split(/\s+/)[0] ?? '';
  const knownCity = lists.cities.has(cityLower);
  if (!knownCity && (lists.clinical.has(firstWord) || lists.clinical.has(cityLower))) return undefined;
  if (!zip && AMBIGUOUS_STATES.has(st)) {
    // ", MD" / ", PA" after a person ("Anna Smith, MD"): the whole run of capitals must be a known
    // place, and a lone word that is also a name ("Smith, MD") is the person with a credential
    if (!knownCity || skip > 0) return undefined;
    if (!cityLower.includes(' ') && (lists.family.has(cityLower) || lists.given.has(cityLower)))
      return undefined;
  }
  const out: Candidate[] = [
    {
      start: fullStart + skip,
      end: cityEnd,
      kind: 'city',
      score: zip || knownCity ? 0.9 : 0.75,
      source: 'pattern:city',
    },
  ];
  const z = groupRange(m, 'zip');
  if (z) out.push({ start: z[0], end: z[1], kind: 'zip', score: 0.95, source: 'pattern:zip' });
  return out;
}

/** "Springfield, IL 62704", "Austin, Texas". */
const cityStateZip: PatternRecognizer = {
  id: 'city-state-zip',
  kinds: ['city', 'zip'],
  re: new RegExp(`,[ \\t]*(?<st>${STATE_ALT})\\.?(?:,?[ \\t]+${ZIP})?(?![\\w])`, 'dg'),
  accept: (m, text) => cityLine(m, text, m.index),
};

/** ", South Gate 34344": city and ZIP after a street, no state. */
const cityZip: PatternRecognizer = {
  id: 'city-zip',
  kinds: ['city', 'zip'],
  re: /,[ \t]*(?<city>[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,2})[ \t]+(?<zip>\d{5}(?:-\d{4})?)(?![\w-])/dg,
  accept(m) {
    const c = groupRange(m, 'city');
    const z = groupRange(m, 'zip');
    if (!c || !z) return undefined;
    const raw = m.groups?.city ?? '';
    if (STATES[raw] || STATE_NAMES.has(raw.toLowerCase())) return undefined;
    const city = raw.toLowerCase();
    if (wordLists().clinical.has(city.split(/[ -]/)[0] ?? '')) return undefined;
    return [
      { start: c[0], end: c[1], kind: 'city', score: 0.85, source: 'pattern:city' },
      { start: z[0], end: z[1], kind: 'zip', score: 0.9, source: 'pattern:zip' },
    ];
  },
};

/** "SPRINGFIELD IL 62704", "Findlay OH 45840". */
const cityStateZipNoComma: PatternRecognizer = {
  id: 'city-state-zip-nocomma',
  kinds: ['city', 'zip'],
  re: new RegExp(`\\b(?<st>${Object.keys(STATES).join('|')})[ \\t]+${ZIP}(?![\\w-])`, 'dg'),
  accept(m, text) {
    let end = m.index;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end === m.index) return undefined;
    return cityLine(m, text, end);
  },
};

const zipLabelled: PatternRecognizer = {
  id: 'zip-labelled',
  kinds: ['zip'],
  re: /\b(?:zip(?:\s*code)?|postal\s*code|zipcode)\s*[:#=]?\s*(?:is\s+)?(?<v>\d{5}(?:-\d{4})?)(?![\d-])/dgi,
  accept: (m) => cand(m, 'zip', 0.95, 'context:zip'),
};

const zip4: PatternRecognizer = {
  id: 'zip-plus4',
  kinds: ['zip'],
  notAfter: /-/,
  re: /\b\d{5}-\d{4}(?![\w-])/g,
  accept: (m) => cand(m, 'zip', 0.7, 'pattern:zip'),
};

/** Words that begin town names ("North Reading", "Lake Forest") and are towns only alone. */
const PLACE_HEADS = new Set(
  'north south east west new old lake port fort ft mount mt saint st glen upper lower little big grand great'.split(
    ' ',
  ),
);

/** Words that end town names ("Dunmore Falls", "Kelso Point"): part of the town after a known name. */
const PLACE_TAILS = new Set(
  'falls point heights cove hills hill springs mills landing crossing ridge hollow station flats commons harbor harbour park center centre junction valley village beach bay lake grove corner corners bluffs creek'.split(
    ' ',
  ),
);

/**
 * Hospital departments a patient arrives from ("arriving from Radiology"): no town. Only those the
 * clinical word list lacks (it already holds surgery, dialysis, cath, rehab...).
 */
const DEPARTMENTS = new Set(
  'radiology endoscopy pathology pharmacy recovery admitting triage nuclear'.split(' '),
);

/** A hospital word after a town's name (the facility recognizer needs a distinctive word). */
const HOSPITAL_AFTER = /^[ \t]+(?:General|Memorial|Regional|Community|Presbyterian|Methodist|Baptist)\b/;

/** Where the town's name starts in a city-context match. */
function vStart(m: RegExpExecArray): number {
  return m.indices?.groups?.v?.[0] ?? m.index;
}

const STREET_BEFORE =
  /\b(?:St|Street|Rd|Road|Ave|Avenue|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Blvd|Boulevard|Cir|Circle|Ter|Terrace|Pkwy|Parkway|Hwy|Highway)\.?,?[ \t]+(?:in|from)[ \t]+$/;
const ARRIVAL_AFTER =
  /^[ \t]+(?:via|by[ \t]+(?:ambulance|ems|car|cab|taxi)|ems|ambulance|ma\b|,[ \t]*[A-Z]{2}\b)/i;

/** Places that are also town names somewhere, but mean the place itself after "from" or "in". */
const NOT_TOWNS = new Set([
  'home',
  'work',
  'school',
  'church',
  'rehab',
  'jail',
  'prison',
  'shelter',
  'court',
  'bed',
  'floor',
  'hospital',
  'clinic',
]);

/** A town written as an everyday word still reads as a town after a street or before "via EMS". */
function townClue(text: string, nameStart: number, nameEnd: number): boolean {
  if (NOT_TOWNS.has(text.slice(nameStart, nameEnd).toLowerCase())) return false;
  return (
    STREET_BEFORE.test(text.slice(Math.max(0, nameStart - 24), nameStart)) ||
    ARRIVAL_AFTER.test(text.slice(nameEnd, nameEnd + 18))
  );
}

/** "lives in Springfield", "lives with wife in Braintree", "moved to Fort Wayne", "from Tulsa". */
const cityContext: PatternRecognizer = {
  id: 'city-context',
  kinds: ['city'],
  re: /\b(?:[Ll]ives?|[Ll]iving|[Rr]esides|[Rr]esiding|[Rr]esident|[Mm]oved|[Rr]elocated|[Bb]orn|[Rr]aised|[Gg]rew\s+up|[Vv]isiting|[Aa]rriving|[Dd]riving|[Ff]lying|[Tt]ravel(?:l?ing|l?ed)|[Hh]ome|[Hh]ouse|[Hh]ometown|[Cc]ity|[Tt]own|from|in|to|near)\s+(?:(?:here|there|back|up|down|out|over|in)\s+)?(?:(?:alone|independently|together|by\s+(?:him|her)self|(?:with|w\/)\s*(?:(?:his|her|their|a)\s+)?(?:wife|husband|spouse|partner|son|daughter|family|parents?|mother|father|mom|dad|sister|brother|children|kids|friends?|roommates?|dtr|girlfriend|boyfriend)(?:\s+[A-Z][a-z'’]+){0,2})\s+)?(?:(?:in|at|to|near|outside|of|from)\s+)?(?:the\s+)?(?<v>(?:St\.\s|Ft\.\s|Mt\.\s)?[A-Z][a-z]+(?:[ -](?:St\.|Ft\.|Mt\.|[A-Z][a-z]+)){0,2})/dg,
  accept(m, text) {
    const v = (m.groups?.v ?? '').toLowerCase();
    const lists = wordLists();
    const label = m[0].slice(0, m[0].indexOf(' ')).toLowerCase();
    // a state is no Safe Harbor identifier ("Patrick lives in Arizona"); New York and Washington
    // are read as the cities
    if (STATE_NAMES.has(v) && v !== 'new york' && v !== 'washington') return undefined;
    const weak = ['from', 'in', 'to', 'near'].includes(label);
    // Multi-word match: the known city may be a prefix ("Tulsa Monday")
    const words = v.split(/[ -]/);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      // "North Andy", "Lake Jenny": a place-name head word is no town of its own before a name
      if (n === 1 && words.length > 1 && PLACE_HEADS.has(name)) break;
      // ("lives in Portland": after a strong cue a town is a town even when a device shares its name)
      if (lists.cities.has(name) && (!weak || !lists.clinical.has(name))) {
        // "from Mobile" may be a phone; "from Phoenix" is a town or a person, identifying either way;
        // a town that is a word still counts after an address or before the way the patient came
        // ("22 Orchard Lane in Concord", "from Revere via ambulance")
        if (weak && n === 1 && lists.common.has(name) && !townClue(text, vStart(m), vStart(m) + name.length))
          continue;
        const start = vStart(m);
        // "lives in Dunmore Falls": a place word after a known name belongs to the town
        const tailed = !weak && n < words.length && words.slice(n).every((w) => PLACE_TAILS.has(w));
        const length = tailed ? v.length : name.length;
        // "from Wrentham General": a town's name before a hospital word names the hospital
        const hospital = HOSPITAL_AFTER.exec(text.slice(start + name.length, start + name.length + 16));
        if (hospital)
          return {
            start,
            end: start + name.length + hospital[0].length,
            kind: 'facility-name',
            score: 0.8,
            source: 'context:city-hospital',
          };
        return {
          start,
          end: start + length,
          kind: 'city',
          score: weak ? 0.7 : 0.85,
          source: 'context:city',
        };
      }
    }
    if (weak) return undefined;
    // "lives in Assisted Living": every word a common or clinical word, so not a place name
    if (words.every((w) => lists.common.has(w.replace(/\.$/, '')) || lists.clinical.has(w))) return undefined;
    if (lists.clinical.has(words[0] ?? '') || DEPARTMENTS.has(words[0] ?? '')) return undefined;
    return cand(m, 'city', 0.7, 'context:city');
  },
};

const county: PatternRecognizer = {
  id: 'county',
  kinds: ['county'],
  re: /\b(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?)\s+(?:County|Parish|COUNTY|PARISH|Co\.)(?![\w])/g,
  accept: (m) => cand(m, 'county', 0.85, 'pattern:county'),
};

const geo: PatternRecognizer = {
  id: 'geo',
  gate: (t) => t.includes(','),
  kinds: ['geo-coordinates'],
  re: /(?<![\d.])-?\d{1,2}\.\d{4,},\s*-?\d{1,3}\.\d{4,}(?![\d.])/g,
  accept: (m) => cand(m, 'geo-coordinates', 0.85, 'pattern:geo'),
};

const ORG_WORD = "[A-Z][\\w&'’-]*";
const employer: PatternRecognizer = {
  id: 'employer',
  kinds: ['employer-name'],
  re: new RegExp(
    `(?:\\b(?:[Ww]orks?|[Ww]orking|[Ww]orked|[Ee]mployed|[Ee]mployee|[Jj]obs?|[Rr]etired|[Ll]aid\\s+off)\\s+(?:(?:full|part)[- ]time\\s+)?(?:as\\s+(?:an?\\s+)?[a-z]+(?:\\s[a-z]+)?\\s+)?(?:at|for|by|with|from)\\s+(?:the\\s+)?|\\b(?:[Ee]mployer|EMPLOYER|[Cc]ompany|[Ww]orkplace|[Pp]lace\\s+of\\s+employment)\\s*(?:is|:|-)?\\s*)(?<v>${ORG_WORD}(?:\\s+(?:&\\s+|and\\s+|of\\s+|the\\s+)?${ORG_WORD}){0,4}(?:,?\\s+(?:Inc|LLC|Corp|Co|Ltd|L\\.L\\.C)\\.?)?)`,
    'dg',
  ),
  accept(m) {
    const v = (m.groups?.v ?? '').toLowerCase();
    const lists = wordLists();
    if (!v.includes(' ') && (lists.common.has(v) || lists.clinical.has(v))) return undefined;
    return cand(m, 'employer-name', 0.8, 'context:employer');
  },
};

const photo: PatternRecognizer = {
  id: 'photo',
  gate: (t) => /\.(?:jpe?g|png|gif|heic|bmp|tiff?|webp)\b/i.test(t),
  kinds: ['photo'],
  re: /(?<![\w./-])[\w./-]{1,80}\.(?:jpe?g|png|gif|heic|bmp|tiff?|webp)(?![\w])/gi,
  accept: (m) => cand(m, 'photo', 0.75, 'pattern:photo'),
};

/** HL7-style addresses: ...^CITY^ST^ZIP. */
const caretAddress: PatternRecognizer = {
  id: 'caret-address',
  kinds: ['city', 'zip'],
  gate: (t) => t.includes('^'),
  re: /\^(?<city>[A-Za-z][A-Za-z .'’-]{1,40})\^(?<st>[A-Z]{2})\^(?<zip>\d{5}(?:-\d{4})?)(?![\w-])/dg,
  accept(m) {
    const c = groupRange(m, 'city');
    const z = groupRange(m, 'zip');
    if (!c || !z) return undefined;
    return [
      { start: c[0], end: c[1], kind: 'city', score: 0.9, source: 'pattern:city' },
      { start: z[0], end: z[1], kind: 'zip', score: 0.95, source: 'pattern:zip' },
    ];
  },
};

/**
 * HL7-style names outside a whole segment: SMITH^JOHN^A. Each part is its own span so the "^"
 * stays and the field still splits after replacement; lines that are whole segments are read by
 * field position instead (patterns-hl7.ts).
 */
const caretName: PatternRecognizer = {
  id: 'caret-name',
  kinds: ['person-name'],
  gate: (t) => t.includes('^'),
  re: /\b[A-Za-z][A-Za-z'’-]*\^[A-Za-z][A-Za-z'’-]*(?:\^[A-Za-z][A-Za-z'’.-]*){0,3}/g,
  accept(m, text) {
    if (isSegmentLine(text, m.index)) return undefined;
    // a name field has a dictionary name in its first two parts ("HOSP^MR" is not one)
    const lists = wordLists();
    const parts = m[0].split('^');
    const lower = parts.slice(0, 2).map((p) => p.toLowerCase());
    if (!lower.some((p) => (lists.family.has(p) || lists.given.has(p)) && !lists.clinical.has(p)))
      return undefined;
    // family, given, middle; a suffix, prefix or degree after them names nobody
    const out: Candidate[] = [];
    let at = m.index;
    parts.forEach((p, i) => {
      if (i <= 2)
        out.push({
          start: at,
          end: at + p.length,
          kind: 'person-name',
          score: 0.9,
          source: 'pattern:caret-name',
        });
      at += p.length + 1;
    });
    return out;
  },
};

const zztest: PatternRecognizer = {
  id: 'zztest',
  gate: (t) => /zz-?test/i.test(t),
  kinds: ['person-name'],
  re: /(?<![\w-])ZZ-?TEST[-_ ]?[A-Za-z'’-]*(?:,\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.?(?![\w]))?)?/gi,
  accept: (m) => cand(m, 'person-name', 0.99, 'pattern:zztest'),
};

export const PLACE_RECOGNIZERS: readonly PatternRecognizer[] = [
  street,
  streetName,
  poBox,
  route,
  townAfterComma,
  townService,
  townOtherCase,
  apartment,
  cityStateZip,
  cityStateZipNoComma,
  cityZip,
  zipLabelled,
  zip4,
  cityContext,
  county,
  geo,
  employer,
  photo,
  zztest,
  caretName,
  caretAddress,
];
