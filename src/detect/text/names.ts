/**
 * Person-name recognizer: a token pass with dictionaries (Census given/family names), a common
 * English word list and a clinical stop list (eponyms, drugs, abbreviations), plus context:
 * titles ("Dr.", "Mrs."), relation and role words ("wife", "pt", "seen by"), credentials after a
 * name ("J. Smith, RN"), "Last, First" order and initials. A word that is also an English word
 * ("Will", "Hope", "Brown") or a clinical term ("Foley", "Parkinson") is a name only with context.
 */
import { usGivenNames, type WordLists, wordLists } from '../../data/text/lists.js';
import type { Candidate } from './recognizer.js';

type Shape = 'cap' | 'upper' | 'init' | 'lower';

interface Tok {
  start: number;
  end: number;
  lower: string;
  shape: Shape;
  given: boolean;
  family: number; // Census rank, 0 when not a family name
  common: boolean;
  clinical: boolean;
  eponym: boolean;
  lessCommon: boolean;
  /** A credential after a name: RN, MD, PhD (case as written). */
  cred: boolean;
}

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'doctor',
  'prof',
  'professor',
  'rev',
  'fr',
  'sr',
  'sra',
  'srta',
]);
/** Relations nurses write with "-in-law" or "god-": each a single hyphenated token. */
const IN_LAWS = [
  'daughter-in-law',
  'son-in-law',
  'sister-in-law',
  'brother-in-law',
  'mother-in-law',
  'father-in-law',
  'dtr-in-law',
  'goddaughter',
  'godson',
  'godmother',
  'godfather',
  'grandniece',
  'grandnephew',
  'companion',
  'landlord',
];
/** Family, household and care relations ("son Will", "wife Hope"), shared by the context sets below. */
const RELATION_WORDS = [
  ...IN_LAWS,
  'son',
  'daughter',
  'wife',
  'husband',
  'mother',
  'father',
  'mom',
  'dad',
  'brother',
  'sister',
  'spouse',
  'partner',
  'fiance',
  'fiancee',
  'boyfriend',
  'girlfriend',
  'friend',
  'neighbor',
  'neighbour',
  'grandson',
  'granddaughter',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'aunt',
  'uncle',
  'niece',
  'nephew',
  'cousin',
  'caregiver',
  'guardian',
  'nok',
  'poa',
  'hcp',
  'roommate',
  'sibling',
  'stepson',
  'stepdaughter',
  'stepmother',
  'stepfather',
  'named',
  'name',
  'dtr',
  'dau',
  'bro',
  'sis',
  'husb',
  'hsb',
  'gdtr',
  'gson',
  'contact',
  'proxy',
  'surrogate',
  'nurse',
  'sponsor',
  'ex',
  'pastor',
  'coach',
  'boss',
  'supervisor',
  'coworker',
  'co-worker',
  // plurals: "daughters Pam and Christine" (the name after "and" is found by coordination)
  'daughters',
  'sons',
  'sisters',
  'brothers',
  'dtrs',
  'parents',
  'grandsons',
  'granddaughters',
  'nieces',
  'nephews',
];
const STRONG_CONTEXT = new Set([
  ...RELATION_WORDS,
  'patient',
  'pt',
  'pts',
  'kin',
  'attending',
  'resident',
  'intern',
  'physician',
  'provider',
  'surgeon',
  'therapist',
  'chaplain',
  'pcp',
  'sw',
  'aide',
  'interpreter',
  'translator',
  'guarantor',
  'subscriber',
  'insured',
  'names',
  'signed',
  'cosigned',
  'author',
  'cc',
  'fellow',
  'gf',
  'bf',
  'nbr',
  'visitor',
  'visitors',
]);
/**
 * Given names that are everyday words in notes ("Pt Will Need", "May Start", "with Case
 * Management"): after "pt"/"with"/"by" they need a surname; after relation words they stand alone.
 */
const AMBIGUOUS_NAMES = new Set([
  'will',
  'may',
  'mark',
  'bill',
  'hope',
  'grace',
  'rose',
  'frank',
  'art',
  'bob',
  'guy',
  'joy',
  'faith',
  'june',
  'april',
  'august',
  'pat',
  'sue',
  'jean',
  'dawn',
  'eve',
  'ray',
  'rich',
  'sandy',
  'summer',
  'penny',
  'chase',
  'dean',
  'drew',
  'gene',
  'jack',
  'case',
  'wade',
  'page',
  'norm',
  'rod',
  'rusty',
  'sky',
  'star',
  'sunny',
  'major',
  'king',
  'prince',
  'judge',
  'deacon',
  'bishop',
  'sterling',
  'price',
  'young',
  'long',
  'white',
  'black',
  'green',
  'gray',
  'grey',
  'brown',
  'rice',
  'stone',
  'hill',
  'wood',
  'hall',
  'park',
  'lane',
  'ward',
  'will',
  'can',
  'don',
  'ed',
  'al',
  'su',
  'an',
  'lou',
  'les',
  'ben',
  'max',
  'mercy',
  'patience',
  'temperance',
  'iris',
  'ivy',
  'holly',
  'lily',
  'violet',
  'daisy',
  'ruby',
  'pearl',
  'amber',
  'crystal',
  'honey',
  'candy',
  'cherry',
  'ginger',
  'rosemary',
  'basil',
  'sage',
  'clay',
  'cliff',
  'dale',
  'glen',
  'forest',
  'heath',
  'moss',
  'reed',
  'rock',
  'storm',
  'river',
  'lake',
  'bay',
  'skip',
  'chip',
  'buck',
  'bud',
  'butch',
  'chuck',
  'duke',
  'earl',
  'hunter',
  'miles',
  'nick',
  'pierce',
  'rex',
  'sonny',
  'tad',
  'ty',
  'van',
  'vance',
  'walker',
  'cash',
  'content',
  'noble',
  'royal',
  'precious',
  'trinity',
  'destiny',
  'harmony',
  'serenity',
  'unique',
  'constance',
  'charity',
  'prudence',
  'verity',
  'liberty',
  'justice',
  'honor',
  'baby',
  'sister',
  'brother',
  'son',
]);

/** Relation words: "son Will", "wife Hope" — the next capitalised word is a name even if also a word. */
const RELATIONS = new Set([...RELATION_WORDS, 'dr', 'doctor']);
const BY_VERBS = new Set([
  'seen',
  'signed',
  'cosigned',
  'dictated',
  'accompanied',
  'visited',
  'referred',
  'evaluated',
  'examined',
  'reviewed',
  'approved',
  'verified',
  'transcribed',
  'written',
  'entered',
  'performed',
  'interpreted',
  'read',
  'authored',
  'attended',
  'brought',
  'covered',
  'staffed',
  'assisted',
  'witnessed',
  'raised',
]);
const WITH_VERBS = new Set([
  'spoke',
  'spoken',
  'discussed',
  'met',
  'talked',
  'visited',
  'consulted',
  'conferred',
  'called',
  'updated',
  'chatted',
  'lives',
  'living',
  'resides',
  'staying',
  'stays',
  'home',
  'here',
  'present',
]);
const WEAK_CONTEXT = new Set([
  'per',
  'called',
  'paged',
  'notified',
  'informed',
  'updated',
  'to',
  'from',
  'and',
  'cc',
  'via',
  'for',
]);
const FILLER = new Set([
  'is',
  'was',
  'named',
  'name',
  'called',
  's',
  'the',
  'of',
  'first',
  'last',
  'full',
  'her',
  'his',
  'their',
]);
const CREDENTIALS = new Set([
  'RN',
  'SN',
  'MD',
  'DO',
  'NP',
  'PA',
  'LPN',
  'CNA',
  'PhD',
  'MSW',
  'LCSW',
  'LICSW',
  'RPh',
  'PharmD',
  'DDS',
  'CRNA',
  'APRN',
  'FNP',
  'BSN',
  'MSN',
  'DNP',
  'PA-C',
  'RT',
  'RRT',
  'OT',
  'OTR',
  'PT',
  'DPT',
  'SLP',
  'MBBS',
  'ANP',
  'CNM',
  'CNS',
  'LMSW',
  'RD',
  'LD',
  'MA',
  'EMT',
  'Paramedic',
  'NP-C',
  'FACP',
  'FACS',
  'CDE',
  'CCS',
  'LMHC',
  'AuD',
  'OCN',
  'CRNP',
  'PMHNP',
  'CNP',
  'CPNP',
  'CCRN',
  'PsyD',
  'MPH',
]);
/** Languages an interpreter is booked for: after "interpreter" they are no names. */
const LANGUAGES = new Set(
  'spanish portuguese french haitian creole kreyol mandarin cantonese chinese vietnamese russian arabic somali english italian polish korean japanese hindi german greek khmer tagalog swahili amharic farsi albanian asl'.split(
    ' ',
  ),
);
/** Verbs after a capitalised word that make it a person ("Mason called"). */
const PERSON_VERBS = new Set([
  'called',
  'phoned',
  'visited',
  'stated',
  'states',
  'asked',
  'requested',
  'brought',
  'reports',
  'reported',
  'came',
  'visits',
  'calls',
  'agrees',
  'agreed',
  'declined',
  'consented',
  'signed',
  'says',
  'said',
]);
/** Credentials that also stand before a name in nursing notes ("MD Walker aware"). */
const CRED_BEFORE = new Set(['MD', 'NP', 'RN', 'PA', 'LPN', 'RT', 'RRT', 'CNA', 'PCA']);
/** Family and social relations (not roles such as "dr" or "nurse"). */
const KIN = new Set(
  [...RELATIONS].filter((w) => !['dr', 'doctor', 'nurse', 'named', 'name', 'contact'].includes(w)),
);
/** Roles before a bare surname ("covering resident Smith", "attending Brown aware"). */
const ROLES = new Set([
  'resident',
  'attending',
  'intern',
  'fellow',
  'physician',
  'surgeon',
  'chaplain',
  'pcp',
]);
/** After a bare surname (behind a role or credential), a verb or preposition that says "person". */
const VERB_AFTER =
  /^[ \t]+(?:notified|aware|paged|called|informed|updated|here|at|in|to|from|of|and|will|was|is|has|said|stated|ordered|placed|saw|recommends?|wants|agrees?|re:?|@)\b/;
/** ... or punctuation, a line end or the end of the text closing it off. */
const CLOSE_AFTER = /^[ \t]*(?:[.;,)]|\n|$)/;
/** Lower-case context words after which an everyday-word given name still reads as a person. */
const SOFT_BEFORE = new Set(['per', 'paged', 'notified', 'informed', 'updated', 'called']);
/** What follows a visitor's first name: "in to visit", "at bedside", "here with pt". */
const VISIT_AFTER =
  /^ (?:in to visit|in to see (?:pt|patient|her|him)|here to visit|at (?:the )?bedside|to (?:the )?bedside|visiting (?:pt|patient|today|this)|here with (?:pt|patient)|stayed (?:overnight|the night)|spent the night)\b/;
/** First letters of VISIT_AFTER phrases (a cheap check before the regex). */
const VISIT_FIRST = new Set([105, 97, 116, 104, 118, 115]); // i a t h v s
/** Hospital services by their ending: "paged Pulmonology", "called Psychiatry", "Neurosurg". */
const SERVICE_ENDING = /(?:ology|ologist|ologists|surg|surgery|iatry|iatrics?|thesia|ics)$/;
/** Month names that are also given names: "per May 3" is a date. */
const MONTH_NAMES = new Set(['may', 'june', 'april', 'august', 'jan', 'march']);
/** A relation right after a name: "Will Wolf (friend)", "Ginger, pt's niece", "Don - son". */
const REL_AFTER =
  /^[ \t]*(?:[(,]|-{1,2}|is[ \t]+)[ \t]*(?:(?:the[ \t]+)?(?:pt|patient)(?:'s|’s|s)?[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?(?:son|daughter|dtr|dau|wife|husband|mother|father|mom|dad|brother|sister|spouse|partner|friend|neighbor|neighbour|niece|nephew|cousin|aunt|uncle|grandson|granddaughter|grandmother|grandfather|fiance|fiancee|boyfriend|girlfriend|hcp|proxy|caregiver|guardian|poa|nok|step[a-z]+|[a-z]+-in-law)\b/i;

const FIELD_END = /^(?:[ \t]*(?:$|[\r\n|;)])|[ \t]+[A-Z]\.?(?:[ \t]*(?:$|[\r\n|;,)])))/;
const LOWER_TITLE_NAME = /^\.?[ \t]{1,2}([a-z][a-z'’-]{1,20})\b/;
/** Lower-case titles that take a surname after them ("dr smith", "mr. alvarado"). */
const LOWER_TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms']);
/** "dr van der meer", "mrs de la cruz": a particle surname after a lower-case title. */
const LOWER_PARTICLES =
  /^\.?[ \t]{1,2}((?:(?:van|von|der|den|de|del|della|di|da|la|le|du|st\.?)[ \t]+){1,3}[a-z][a-z'’-]{1,20})\b/;
/** Words after a lower-case "dr" that are never its surname. */
const LOWER_TITLE_STOP = new Set(
  'will to at in on is was and re for aware notified here called paged ok said says saw sees see in rounds team note notes order orders office visit appt the a an of with by from'.split(
    ' ',
  ),
);

/** REL_AFTER at `at`, after a cheap look at the next non-blank character (hot path). */
function relationFollows(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  // ( , - or "is": "Will (son)", "Ginger, pt's niece", "Don is pt's brother"
  if (c !== 40 && c !== 44 && c !== 45 && !text.startsWith('is ', i)) return false;
  return REL_AFTER.test(text.slice(at, at + 40));
}

/** Dotted capital pairs that are not initials. */
const NOT_INITIALS = new Set([
  'AM',
  'PM',
  'US',
  'DC',
  'MD',
  'RN',
  'NP',
  'PA',
  'DO',
  'BP',
  'HR',
  'IV',
  'PO',
  'NG',
  'GI',
  'ER',
  'OR',
  'ID',
  'SL',
  'IM',
  'SQ',
  'PR',
  'OD',
  'OS',
  'OU',
  'AD',
  'AS',
  'AU',
  'BM',
  'UA',
  'DR',
  'MR',
  'MS',
  'ST',
  'UK',
  'EU',
  'UN',
  'IE',
  'EG',
  'AKA',
  'NB',
  'PS',
  'RE',
  'CC',
  'QD',
  'QID',
  'BID',
  'TID',
  'HS',
  'AC',
  'PC',
  'OT',
  'PT',
  'SOB',
  'NKA',
  'VS',
  'DNR',
  'DNI',
  'ED',
  'ICU',
  'AMA',
  'DOA',
  'DOB',
  'OK',
]);

/** Lower-case words any rule looks at. */
const LOWER_KEEP = new Set([
  ...TITLES,
  ...STRONG_CONTEXT,
  ...BY_VERBS,
  ...WITH_VERBS,
  ...WEAK_CONTEXT,
  ...FILLER,
  ...PERSON_VERBS,
  'by',
  'with',
]);

interface WordInfo {
  lessCommon: boolean;
  given: boolean;
  family: number;
  common: boolean;
  clinical: boolean;
  eponym: boolean;
}

/**
 * Countries, US states, nationalities and faiths that are also surnames (Portugal, Maine, German,
 * Muslim): places and peoples, never a person here. Words that are given names too (Georgia,
 * Jordan, Christian, Virginia) are left to context.
 */
const PLACES_AND_PEOPLES = new Set(
  `portugal scotland england ireland wales britain france germany italy spain mexico canada brazil china japan
  india vietnam haiti jamaica cuba russia ukraine poland greece egypt nigeria ghana kenya somalia ethiopia
  philippines korea cambodia guatemala honduras colombia peru chile argentina venezuela ecuador azores
  australia netherlands sweden norway denmark finland austria switzerland belgium iran iraq syria lebanon
  afghanistan pakistan bangladesh nepal thailand laos burma indonesia malaysia singapore taiwan
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada hampshire jersey york ohio oklahoma oregon pennsylvania rhode tennessee texas utah
  vermont wisconsin wyoming europe asia africa english european asian
  muslim catholic jewish hindu buddhist protestant german french irish italian spanish portuguese brazilian
  haitian verdean vietnamese chinese korean japanese mexican canadian american african russian polish greek
  somali ethiopian nigerian ghanaian jamaican dominican guatemalan salvadoran cuban cambodian laotian filipino
  indian pakistani arab arabic scottish welsh dutch swedish norwegian danish finnish ukrainian`.split(/\s+/),
);

/** Dictionary facts per lower-case word, cached (bounded) since notes repeat their words. */
const infoCache = new Map<string, WordInfo>();

function wordInfo(lower: string, lists: WordLists): WordInfo {
  const hit = infoCache.get(lower);
  if (hit) return hit;
  const info: WordInfo = {
    given: lists.given.has(lower),
    family: lists.family.get(lower) ?? 0,
    common: lists.common.has(lower),
    clinical: lists.clinical.has(lower),
    eponym: lists.eponyms.has(lower),
    lessCommon: lists.lessCommon.has(lower),
  };
  if (PLACES_AND_PEOPLES.has(lower) && !info.given) info.clinical = true;
  if (lower.includes('-')) {
    const parts = lower.split('-');
    // "Swan-Ganz", "Guillain-Barre": any clinical part makes the whole clinical
    if (parts.some((p) => lists.eponyms.has(p))) info.eponym = true;
    if (parts.some((p) => lists.clinical.has(p))) info.clinical = true;
    // Hyphenated names: each part is a name
    // (unless every part is an everyday word: "Teach-back", "Follow-up")
    if (
      !info.given &&
      info.family === 0 &&
      parts.every((p) => lists.family.has(p) || lists.given.has(p)) &&
      !parts.every((p) => lists.common.has(p))
    )
      info.family = 50000;
  }
  if (infoCache.size > 200_000) infoCache.clear();
  infoCache.set(lower, info);
  return info;
}

const MAX_KEEP = Math.max(...[...LOWER_KEEP].map((w) => w.length)) + 2;
const MAX_LOWER = Math.max(MAX_KEEP, 14);

let loneCache: { lists: WordLists; set: ReadonlySet<string> } | undefined;

/**
 * "spoke w/ dennis", "ellen asks": US given names of four letters or more that are no English
 * word, drug, eponym, place or people — a name even in lower case and without a context word.
 * (The other locales' lists hold too many short strings that are abbreviations in notes.)
 */
function loneLowerGiven(lists: WordLists): ReadonlySet<string> {
  if (loneCache?.lists === lists) return loneCache.set;
  const set = new Set<string>();
  for (const w of usGivenNames()) {
    if (w.length < 4 || w.length > 14 || LOWER_KEEP.has(w) || AMBIGUOUS_NAMES.has(w)) continue;
    if (lists.common.has(w) || lists.lessCommon.has(w) || lists.clinical.has(w) || lists.eponyms.has(w))
      continue;
    if (PLACES_AND_PEOPLES.has(w) || MONTH_NAMES.has(w)) continue;
    set.add(w);
  }
  loneCache = { lists, set };
  return set;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Words as `[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*`, scanned by hand (no match objects):
 * the name pass looks at every word of every note, so this loop is the detector's hot path.
 */
function tokenize(text: string, lists: WordLists, lowerGiven: number[]): Tok[] {
  const lone = loneLowerGiven(lists);
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    const upperFirst = c <= 90;
    let hasLower = false;
    i++;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isLetter(c)) {
        if (c >= 97) hasLower = true;
        i++;
      } else if (c === 39 || c === 0x2019) i++;
      else if (c === 45 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const end = i;
    if (!upperFirst) {
      // Lower-case words matter only as context; the rest are dropped (gaps are measured on
      // the text, so a dropped word still separates the tokens around it).
      if (end - start > MAX_LOWER) continue;
      let raw = text.slice(start, end);
      if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
      if (!LOWER_KEEP.has(raw)) {
        if (lone.has(raw)) lowerGiven.push(start, start + raw.length);
        continue;
      }
      toks.push({
        start,
        end,
        lower: raw,
        shape: 'lower',
        given: false,
        family: 0,
        common: false,
        clinical: false,
        eponym: false,
        lessCommon: false,
        cred: false,
      });
      continue;
    }
    const shape: Shape = end - start === 1 ? 'init' : hasLower ? 'cap' : 'upper';
    let lower = text.slice(start, end).toLowerCase();
    if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
    const info = wordInfo(lower, lists);
    // "SBSQ", "MDM", "PRBC": three letters or more without a vowel are an abbreviation
    const noVowel = end - start >= 3 && !/[aeiouy]/.test(lower);
    // "PaO2", "FiO2", "SpO2": a mixed-case word ending in a capital and glued to a number is a
    // symbol ("Grady119", digits after a name word, is a realistic-style surrogate and stays one)
    const glued =
      shape === 'cap' &&
      i < n &&
      text.charCodeAt(i) >= 48 &&
      text.charCodeAt(i) <= 57 &&
      text.charCodeAt(i - 1) <= 90;
    toks.push({
      start,
      end,
      lower,
      shape,
      ...info,
      clinical: info.clinical || glued || noVowel,
      cred: CREDENTIALS.has(text.slice(start, end)),
    });
  }
  return toks;
}

const LOWER_NAME = /^[ \t]*:?[ \t]*([a-z][a-z'’-]{1,20})(?:[ \t]+([a-z][a-z'’-]{1,20}))?/;

/** A lower-case given name (and surname) right after `at`: dictionary words only, never words. */
/** Lower-case words that follow "wife"/"son" in notes and are never read as names. */
const LOWER_STOP = new Set([
  'my',
  'our',
  'your',
  'ok',
  'okay',
  'at',
  'and',
  'is',
  'was',
  'in',
  'on',
  'to',
  'has',
  'had',
  'have',
  'here',
  'there',
  'present',
  'called',
  'calls',
  'states',
  'stated',
  'aware',
  'updated',
  'visited',
  'visiting',
  'also',
  'not',
  'who',
  'with',
  'of',
  'for',
  'by',
  'a',
  'an',
  'the',
  'reports',
  'reported',
  'requests',
  'asked',
  'brought',
  'came',
  'left',
  'arrived',
  'lives',
  'says',
  'said',
  'agrees',
  'wants',
  'would',
  'should',
  'could',
  'did',
  'does',
  'will',
  'may',
  'can',
  'in-law',
  'law',
  'inlaw',
  'she',
  'he',
  'they',
  'her',
  'his',
  'their',
  'phone',
]);

/** Verbs (not ending in -s/-ing/-ed) after a relative's name. */
const VERB_WORDS = new Set([
  'is',
  'was',
  'will',
  'has',
  'had',
  'can',
  'came',
  'went',
  'took',
  'left',
  'said',
]);

/** Words that close off a relative's lower-case name: "wife sue at bedside", "dtr sue and her husband". */
const AFTER_RELATIVE = new Set([
  'and',
  'in',
  'at',
  'here',
  'to',
  'on',
  'with',
  'present',
  'aware',
  'updated',
  'by',
]);

function lowerCaseName(
  text: string,
  at: number,
  lists: WordLists,
  relation: boolean,
): { start: number; end: number; two: boolean } | undefined {
  const m = LOWER_NAME.exec(text.slice(at, at + 48));
  if (!m?.[1]) return undefined;
  const w1 = m[1];
  const plain = (w: string) => !lists.common.has(w) && !lists.clinical.has(w) && !lists.eponyms.has(w);
  // after a relation word a given name may also be a word ("wife ebony"), but not a function word
  // "kerry-ann": a hyphenated given name counts by its first part
  const given = (w: string) =>
    lists.given.has(w) || (w.includes('-') && lists.given.has(w.split('-')[0] ?? ''));
  const usable = (w: string) =>
    given(w) &&
    !LOWER_STOP.has(w) &&
    !AMBIGUOUS_NAMES.has(w) &&
    !lists.clinical.has(w) &&
    !lists.eponyms.has(w);
  // "my wife june says", "son will gets back": after a relation, an everyday-word name followed
  // by a verb in the third person is the relative
  const verbAfter =
    relation &&
    m[2] !== undefined &&
    (/^[a-z]+(?:s|ing|ed)$/.test(m[2]) || VERB_WORDS.has(m[2])) &&
    !lists.clinical.has(w1) &&
    given(w1) &&
    !LOWER_STOP.has(w1);
  // "wife sue at bedside", "son bill in at 1400", "husband frank and adult son": after a relation,
  // an everyday-word name closed off by a preposition, a conjunction or punctuation
  const closedAfter =
    relation &&
    given(w1) &&
    !LOWER_STOP.has(w1) &&
    !RELATIONS.has(w1) &&
    w1 !== 'baby' &&
    !MONTH_NAMES.has(w1) &&
    !lists.clinical.has(w1) &&
    !lists.eponyms.has(w1) &&
    (m[2] === undefined
      ? /^[ \t]*(?:[,.;:)(]|-|\n|$)/.test(text.slice(at + m[0].length, at + m[0].length + 3))
      : AFTER_RELATIVE.has(m[2]));
  if (verbAfter || closedAfter) {
    const start = at + m[0].indexOf(w1);
    return { start, end: start + w1.length, two: false };
  }
  if (!usable(w1) || (!relation && !plain(w1))) return undefined;
  const start = at + m[0].indexOf(w1);
  const w2 = m[2];
  if (w2 && lists.family.has(w2) && plain(w2)) return { start, end: at + m[0].length, two: true };
  return { start, end: start + w1.length, two: false };
}

/** Text between two tokens. */
function gap(text: string, a: Tok, b: Tok): string {
  return text.slice(a.end, b.start);
}

/** Tokens that may continue a name: same line, separated by spaces (and a dot after an initial). */
function joins(text: string, a: Tok, b: Tok): boolean {
  // same as gap ∈ {' ', '  '} or, after an initial, {'.', '. ', '.  '} — without slicing
  const len = b.start - a.end;
  let i = a.end;
  if (a.shape === 'init' && text.charCodeAt(i) === 46) {
    i++;
    if (len === 1) return true;
  } else if (len < 1) return false;
  if (b.start - i > 2) return false;
  for (; i < b.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

function capLike(t: Tok): boolean {
  return t.shape === 'cap' || t.shape === 'upper';
}

/** Could this capitalised word be part of a name once context says "a name follows"? */
function nameish(t: Tok): boolean {
  if (t.shape === 'init') return true;
  if (!capLike(t) || t.clinical) return false;
  if (t.given || t.family > 0) return true;
  // an unknown capitalised word: a name only if it is no English word at all ("Pt Lethargic")
  return !t.common && !t.lessCommon;
}

/** A word that reads as a name with no context at all. */
function strongName(t: Tok): boolean {
  return t.shape === 'cap' && !t.common && !t.clinical && !t.eponym && (t.given || t.family > 0);
}

const EPONYM_USE =
  /^(?:['’]s)?[ \t-]+(?:disease|syndrome|sign|maneuver|manoeuvre|test|scale|score|catheter|reflex|palsy|phenomenon|criteria|classification|procedure|operation|tube|type|cyst|drain|fracture|node|nodes|lymphoma|ulcer|triad|retractor|space|exercises?|forceps|clamp|incision|pouch|shunt|stent|valve|method|formula|equation)\b/i;

/**
 * A surname that is also a clinical word, right after a given name ("Melissa Baker", "Rose Foley"):
 * still the person's surname unless what follows makes it the clinical thing ("Baker's cyst").
 */
function clinicalSurname(text: string, x: Tok): boolean {
  return capLike(x) && x.family > 0 && !EPONYM_USE.test(text.slice(x.end, x.end + 24));
}

export function findNames(text: string): Candidate[] {
  const lists = wordLists();
  const lowerGiven: number[] = [];
  const toks = tokenize(text, lists, lowerGiven);
  const mixedCase = text !== text.toUpperCase();
  const out: Candidate[] = [];
  const emit = (a: number, b: number, score: number, source: string) => {
    const first = toks[a];
    const last = toks[b];
    if (!first || !last) return;
    let end = last.end;
    // keep an initial's own dot inside the span
    if (last.shape === 'init' && text[end] === '.') end += 1;
    // "Parkinson disease", "Babinski sign": an eponym naming a clinical thing is never a person,
    // whatever context word came before it ("CC:" is the chief complaint far more often than a copy).
    // (any lone word, listed eponym or not: "Epley maneuver", "Hunter syndrome", "Nathanson retractor";
    // after a title or credential only a listed eponym: "Dr. Jones test results" names Dr. Jones)
    const titled = source === 'context:title' || source.startsWith('context:credential');
    if (a === b && (first.eponym || !titled) && EPONYM_USE.test(text.slice(end, end + 24))) return;
    const kind = a === b ? (first.given ? 'given-name' : 'family-name') : 'person-name';
    out.push({ start: first.start, end, kind, score, source });
  };

  /**
   * Extend a name that starts at i over following name-ish tokens (max 4 in all); a single
   * surname may continue as "Last, First" when a given name follows the comma.
   */
  const extend = (i: number, accept: (t: Tok) => boolean): number => {
    let j = i;
    while (j + 1 < toks.length && j - i < 3) {
      const cur = toks[j] as Tok;
      const next = toks[j + 1] as Tok;
      if (
        j === i &&
        /^, ?$/.test(gap(text, cur, next)) &&
        next.given &&
        // "Zandorf, Brady": a clinical-looking first name is fine after a plain surname
        (!next.clinical || (!cur.common && !cur.clinical && !cur.eponym)) &&
        next.shape === cur.shape
      ) {
        j++;
        continue;
      }
      // ("DR. HALLORAN TO FOLLOW": in capitals a function word is no second name, even if a surname)
      if (!joins(text, cur, next) || !accept(next) || TITLES.has(next.lower)) break;
      if (next.shape === 'upper' && LOWER_STOP.has(next.lower)) break;
      j++;
    }
    return j;
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const next = toks[i + 1];

    // A. title + name: "Dr. Foley", "Mrs. Hope Brown", "DR SMITH"
    // ("SR. BP 118/64" is sinus rhythm, then blood pressure: no title before a short acronym)
    const acronymNext =
      next !== undefined &&
      next.shape === 'upper' &&
      next.lower.length <= 3 &&
      mixedCase &&
      next.family === 0;
    if (
      TITLES.has(t.lower) &&
      t.shape !== 'lower' &&
      next &&
      !acronymNext &&
      // ("Rev. Dr. Willa Strong": the last title introduces the name)
      !TITLES.has(next.lower) &&
      (t.lower !== 'sr' || t.shape === 'cap')
    ) {
      const g = gap(text, t, next);
      if (/^\.?[ \t]{1,2}$|^\.$/.test(g) && (capLike(next) || next.shape === 'init')) {
        const j = extend(i + 1, (x) => x.shape === 'init' || (capLike(x) && (!x.clinical || x.family > 0)));
        emit(i + 1, j, 0.95, 'context:title');
        i = j;
        continue;
      }
    }

    // A'. lower-case title + surname: "dr. brown aware", "dr smith paged"
    if (LOWER_TITLES.has(t.lower) && t.shape === 'lower') {
      // "dr van der meer": particles belong to the surname
      const particles = LOWER_PARTICLES.exec(text.slice(t.end, t.end + 40));
      if (particles) {
        const start = t.end + particles[0].length - (particles[1] as string).length;
        out.push({
          start,
          end: t.end + particles[0].length,
          kind: 'family-name',
          score: 0.75,
          source: 'context:title',
        });
        continue;
      }
      const m = LOWER_TITLE_NAME.exec(text.slice(t.end, t.end + 28));
      const w = m?.[1];
      if (m && w) {
        const rank = lists.family.get(w) ?? 0;
        // an eponym is fine here ("dr smith" is no fracture); a drug or clinical word is not
        const plain = !lists.clinical.has(w) && !LOWER_TITLE_STOP.has(w);
        // "dr oduya", "dr. brennan-walsh": a word no list knows is the surname too
        const unknown =
          rank === 0 &&
          w.length >= 3 &&
          !lists.common.has(w) &&
          !lists.lessCommon.has(w) &&
          !lists.eponyms.has(w) &&
          !w.split('-').some((p) => lists.common.has(p) && !lists.family.has(p));
        if (plain && ((rank > 0 && (rank <= 3000 || !lists.common.has(w))) || unknown)) {
          const start = t.end + m[0].length - w.length;
          out.push({
            start,
            end: start + w.length,
            kind: 'family-name',
            score: 0.75,
            source: 'context:title',
          });
        }
      }
    }

    // B'. lower-case names after a relation word: "wife mary", "pt john smith"
    if (next === undefined || next.start > t.end + 3) {
      if (RELATIONS.has(t.lower) || t.lower === 'pt' || t.lower === 'patient') {
        const lowerName = lowerCaseName(text, t.end, lists, RELATIONS.has(t.lower));
        if (lowerName) {
          out.push({
            ...lowerName,
            kind: lowerName.two ? 'person-name' : 'given-name',
            score: 0.7,
            source: `context:${t.lower}`,
          });
        }
      }
    }

    // B. context word + name: "wife Mary", "pt John Smith", "seen by Jane Doe", "spoke with Tom"
    if (next) {
      let strength = 0;
      if (STRONG_CONTEXT.has(t.lower)) strength = 2;
      else if (t.lower === 'by' && BY_VERBS.has(toks[i - 1]?.lower ?? '')) strength = 2;
      else if (t.lower === 'with' && WITH_VERBS.has(toks[i - 1]?.lower ?? '')) strength = 2;
      else if (WEAK_CONTEXT.has(t.lower)) strength = 1;
      // "45-60cc q3-4h": cc glued to a number is a unit, not a copy line
      if (t.lower === 'cc' && /\d/.test(text[t.start - 1] ?? '')) strength = 0;
      if (strength > 0) {
        let k = i + 1;
        // skip fillers: "name is", "wife's name:", "named"
        while (
          k < toks.length &&
          k - i <= 3 &&
          FILLER.has((toks[k] as Tok).lower) &&
          (toks[k] as Tok).shape !== 'cap'
        )
          k++;
        const first = toks[k];
        const prev = toks[k - 1] as Tok;
        if (
          first &&
          /^[\s:,'’"(-]*$/.test(gap(text, prev, first)) &&
          !/\n\s*\n/.test(gap(text, prev, first))
        ) {
          const after = toks[k + 1];
          // "contact: Tia Miller", "Name: BRADY ZANDORF": a given name that is also a clinical
          // abbreviation still counts when a surname follows it
          const clinicalGiven =
            first.given &&
            first.clinical &&
            capLike(first) &&
            after !== undefined &&
            capLike(after) &&
            joins(text, first, after) &&
            (after.family > 0 || !after.common) &&
            nameish(after);
          // "Pt Will Need Rehab", "discussed with Case Management": outside relation words and
          // titles, a name that is also an English word needs a plain surname after it
          const wordNeedsSurname =
            (AMBIGUOUS_NAMES.has(first.lower) ||
              ((first.common || first.lessCommon) &&
                (!first.given || t.lower === 'pt' || t.lower === 'patient'))) &&
            !RELATIONS.has(t.lower) &&
            !(
              after !== undefined &&
              capLike(after) &&
              joins(text, first, after) &&
              (after.family > 0 || !after.common) &&
              !after.clinical &&
              !AMBIGUOUS_NAMES.has(after.lower)
            );
          // "Will Need PT Eval Prior": upper-case PT before title-case words is physical therapy
          const ptTherapy =
            t.lower === 'pt' && t.shape === 'upper' && first.shape === 'cap' && !strongName(first);
          // "Pt's IP logged", "Home with VNA": a short upper-case word after a context word (kin
          // words aside) in mixed-case text is an abbreviation, even when it is also a surname (Ip)
          const acronym =
            (mixedCase && !KIN.has(t.lower) && first.shape === 'upper' && first.lower.length <= 4) ||
            (first.shape === 'upper' && NOT_INITIALS.has(text.slice(first.start, first.end)));
          // "son Candida", "wife Ginger": after a kin word a capitalised given name is a name even
          // when it is also an organism or a drug
          const kinGiven =
            KIN.has(t.lower) &&
            first.shape === 'cap' &&
            first.given &&
            !first.eponym &&
            !MONTH_NAMES.has(first.lower);
          // "per Rusty in pharmacy", "called Hope at home": mid-sentence capital after a lower-case
          // context word, not followed by a number ("per May 3") or a non-name capital word
          const softGiven =
            (SOFT_BEFORE.has(t.lower) || (strength === 2 && t.lower !== 'pt' && t.lower !== 'patient')) &&
            t.shape === 'lower' &&
            first.shape === 'cap' &&
            first.given &&
            !first.clinical &&
            !first.eponym &&
            !MONTH_NAMES.has(first.lower) &&
            !/^[ \t]*\d/.test(text.slice(first.end, first.end + 4)) &&
            (after === undefined ||
              !joins(text, first, after) ||
              !capLike(after) ||
              (after.family > 0 && !after.common && !after.clinical));
          // "Paged Fenstead x2": an unknown capitalised word (no English word) after a contact verb
          const softUnknown =
            SOFT_BEFORE.has(t.lower) &&
            first.shape === 'cap' &&
            first.lower.length >= 3 &&
            nameish(first) &&
            !first.common &&
            !first.lessCommon &&
            !first.eponym &&
            !SERVICE_ENDING.test(first.lower);
          // "covering resident Smith, w/": a role, then a dictionary surname closed off by a verb,
          // a preposition or punctuation, even when the surname is also a word
          const roleSurname =
            ROLES.has(t.lower) &&
            first.shape === 'cap' &&
            first.family > 0 &&
            !first.clinical &&
            (VERB_AFTER.test(text.slice(first.end, first.end + 14)) ||
              CLOSE_AFTER.test(text.slice(first.end, first.end + 3)));
          const ok =
            strength === 2
              ? !ptTherapy &&
                (kinGiven ||
                  softGiven ||
                  (!wordNeedsSurname &&
                    (clinicalGiven || nameish(first)) &&
                    (first.shape !== 'init' ||
                      (toks[k + 1] !== undefined &&
                        joins(text, first, toks[k + 1] as Tok) &&
                        nameish(toks[k + 1] as Tok)))))
              : softGiven ||
                softUnknown ||
                strongName(first) ||
                clinicalGiven ||
                (capLike(first) && first.given && first.family > 0 && !first.clinical && !first.eponym);
          // "Interpreter (Spanish) present": the language, not the interpreter's name
          const language =
            (t.lower === 'interpreter' || t.lower === 'translator') && LANGUAGES.has(first.lower);
          // "Chaplain Fr. O'Rourke": the title introduces the name (rule A); "Niece is HCP": a role
          const notName = (TITLES.has(first.lower) && first.shape !== 'lower') || RELATIONS.has(first.lower);
          if ((ok || roleSurname) && !acronym && !language && !notName) {
            const j = extend(k, (x) => nameish(x) || (first.given && clinicalSurname(text, x)));
            emit(k, j, strength === 2 ? 0.85 : 0.75, `context:${t.lower}`);
            i = j;
            continue;
          }
        }
      }
    }

    // M. a credential before a surname: "MD Walker notified", "NP Kessler aware", "RN: Smith",
    // "RN: J. Smith", "RN Sue." (a given name that is a word, with the sentence ending on it)
    const credGap = next ? gap(text, t, next) : '';
    if (
      t.cred &&
      CRED_BEFORE.has(text.slice(t.start, t.end)) &&
      next &&
      (credGap === ' ' || credGap === ': ' || credGap === ':')
    ) {
      const after = toks[i + 2];
      if (
        next.shape === 'init' &&
        after !== undefined &&
        after.shape === 'cap' &&
        joins(text, next, after) &&
        nameish(after) &&
        !after.clinical
      ) {
        // an initial makes even an eponym a person here ("RN: J. Smith")
        const j = extend(i + 2, (x) => capLike(x) && nameish(x) && !x.common);
        emit(i + 1, j, 0.8, 'context:credential-before');
        i = j;
        continue;
      }
    }
    // "MD FITZGERALD NOTIFIED": in capitals, a dictionary name that is no English word
    const upperName =
      next !== undefined &&
      next.shape === 'upper' &&
      next.lower.length >= 3 &&
      (next.family > 0 || next.given) &&
      !next.common &&
      !next.lessCommon &&
      !next.clinical &&
      !next.eponym;
    if (
      t.cred &&
      CRED_BEFORE.has(text.slice(t.start, t.end)) &&
      next &&
      (next.shape === 'cap' || upperName) &&
      (credGap === ' ' || credGap === ': ' || credGap === ':')
    ) {
      const after = toks[i + 2];
      const verbAfter = VERB_AFTER.test(text.slice(next.end, next.end + 14));
      const plainSurname =
        (next.family > 0 || !next.common) && !next.lessCommon && !next.clinical && !next.eponym;
      const wordSurname = next.family > 0 && !next.clinical && verbAfter;
      const nextIsName =
        after !== undefined && joins(text, next, after) && capLike(after) && nameish(after) && !after.common;
      // "endorsed to RN Sue." / "RN Hope aware": a given name that is also a word, closed off
      const givenWord =
        next.given &&
        !next.clinical &&
        !next.eponym &&
        (verbAfter || CLOSE_AFTER.test(text.slice(next.end, next.end + 3)));
      if (!AMBIGUOUS_NAMES.has(next.lower) || nextIsName || wordSurname || givenWord) {
        if (plainSurname || wordSurname || givenWord || (next.given && nextIsName)) {
          const j = extend(i + 1, (x) => x.shape === 'init' || (capLike(x) && nameish(x) && !x.common));
          emit(i + 1, j, 0.8, 'context:credential-before');
          i = j;
          continue;
        }
      }
    }

    // R. a name followed by its relation: "Will Wolf (friend)", "Ginger, pt's niece"
    if (
      t.shape === 'cap' &&
      (t.given || nameish(t)) &&
      !t.eponym &&
      !MONTH_NAMES.has(t.lower) &&
      !RELATIONS.has(t.lower) &&
      // "Driver (boyfriend, …)": an everyday word that is no given name is the role, not a name
      (!t.common || t.given)
    ) {
      let j = i;
      while (
        j + 1 < toks.length &&
        j - i < 2 &&
        joins(text, toks[j] as Tok, toks[j + 1] as Tok) &&
        (toks[j + 1] as Tok).shape !== 'lower' &&
        nameish(toks[j + 1] as Tok)
      )
        j++;
      const last = toks[j] as Tok;
      if ((j > i || !t.clinical || t.given) && relationFollows(text, last.end)) {
        emit(i, j, 0.8, 'context:relation-after');
        i = j;
        continue;
      }
    }

    // F. "Last, First M." / "SMITH, JOHN"
    const plainLast = !t.common && !t.eponym && !t.clinical;
    if (
      next &&
      capLike(t) &&
      !NOT_INITIALS.has(text.slice(t.start, t.end)) &&
      !NOT_INITIALS.has(text.slice(next.start, next.end)) &&
      !t.clinical &&
      (t.family > 0 || plainLast) &&
      capLike(next) &&
      next.given &&
      !next.clinical &&
      (!next.eponym || plainLast)
    ) {
      const g = gap(text, t, next);
      if (
        (g === ', ' || g === ',') &&
        (!next.common ||
          (t.family > 0 && !t.common) ||
          // "Smith, Will" closing a field or line: a surname then a given name, not prose
          (t.family > 0 && t.family <= 5000 && FIELD_END.test(text.slice(next.end, next.end + 6)))) &&
        t.shape === next.shape
      ) {
        const j = extend(i + 1, (x) => x.shape === 'init' || (x.given && !x.clinical && capLike(x)));
        emit(i, j, 0.9, 'dictionary:last-first');
        i = j;
        continue;
      }
    }

    // C. given name + more: "John Smith", "Mary A. Jones", "Will Johnson" (needs a real surname)
    if (t.given && capLike(t) && next && joins(text, t, next)) {
      const ambiguous = t.common || t.clinical || t.eponym;
      const j = extend(
        i,
        (x) =>
          x.shape === 'init' ||
          (capLike(x) && !x.clinical && (x.family > 0 || x.given || !x.common)) ||
          (!ambiguous && x.family > 0 && x.family <= 5000 && clinicalSurname(text, x)),
      );
      if (j > i) {
        const last = toks[j] as Tok;
        const lastOk =
          last.family > 0 ? !ambiguous || (!last.common && !last.clinical) : !ambiguous && !last.common;
        // ALL-CAPS text: "JOHN SMITH" — a plain given name and a dictionary surname (even a word)
        // (a given name that is also shorthand, "MAE", needs a surname that is nothing else)
        const plainSurname =
          last.family > 0 && !last.common && !last.lessCommon && !last.clinical && !last.eponym;
        const upperOk =
          t.shape === 'cap' ||
          (t.given && last.family > 0 && !t.common && !t.clinical && !last.clinical) ||
          (t.given && !t.common && j === i + 1 && plainSurname);
        // "Hope Grimes called", "Sandy Walker (neighbor)": what follows says it is a person
        const personAfter =
          !lastOk &&
          last.family > 0 &&
          !last.clinical &&
          /^(?:[ \t]+(?:called|phoned|visited|states|stated|asked|aware|updated|notified|here|at|in|came|is|was|will)\b)/.test(
            text.slice(last.end, last.end + 12),
          );
        if ((lastOk || personAfter) && upperOk && last.shape !== 'init') {
          emit(i, j, ambiguous ? 0.8 : 0.9, 'dictionary:full-name');
          i = j;
          continue;
        }
      }
    }

    // H. name before a credential: "J. Smith, RN", "Mary Jones RN"
    if (capLike(t) || t.shape === 'init') {
      let j = i;
      while (j + 1 < toks.length && j - i < 3 && joins(text, toks[j] as Tok, toks[j + 1] as Tok)) {
        const nx = toks[j + 1] as Tok;
        if (nx.cred) break;
        j++;
      }
      const cred = toks[j + 1];
      // "Mary Jones RN", "J. Smith, RN", "Summer (RN)"
      // ("AS TOL, PT/OT CONSULT": a credential in a service pair is the service)
      if (
        cred?.cred &&
        text[cred.end] !== '/' &&
        /^(?:\s?,?\s{1,2}|\s?\()$/.test(gap(text, toks[j] as Tok, cred))
      ) {
        let a = i;
        const credName = (x: Tok) => nameish(x) || (x.given && x.shape === 'cap');
        while (a <= j && !credName(toks[a] as Tok)) a++;
        let ok = a <= j;
        for (let x = a; x <= j; x++) if (!credName(toks[x] as Tok)) ok = false;
        if (ok && (toks[j] as Tok).shape !== 'init') {
          emit(a, j, 0.85, 'context:credential');
          i = j;
          continue;
        }
      }
    }

    // G. initials: "J.D.", "J. Smith"
    if (t.shape === 'init' && text[t.end] === '.' && next) {
      const g = gap(text, t, next);
      if (next.shape === 'init' && (g === '.' || g === '. ') && text[next.end] === '.') {
        const pair = text.slice(t.start, t.end) + text.slice(next.start, next.end);
        // "A.M. is a 54-year-old", "O.S. (67 yo)": initials used as the patient's name
        const asSubject =
          /^\.?[ \t]+(?:is an?\b|was an?\b|\(\d|, an?\s+\d|presents|reports|states|denies)/.test(
            text.slice(next.end, next.end + 16),
          );
        if (!NOT_INITIALS.has(pair) || asSubject) {
          emit(i, i + 1, 0.6, 'pattern:initials');
          i += 1;
          continue;
        }
      } else if (
        g === '. ' &&
        text[t.start - 1] === '(' &&
        next.shape === 'cap' &&
        nameish(next) &&
        // an eponym takes no initial: "(Q. Harris)" is a person
        (next.family > 0 || (!next.common && !next.lessCommon))
      ) {
        // "Cardiology (J. Quiholt) in to see pt": an initial and a surname in brackets
        emit(i, i + 1, 0.75, 'context:initial-surname');
        i += 1;
        continue;
      } else if (g === '. ' && strongName(next) && next.family > 0) {
        emit(i, i + 1, 0.8, 'dictionary:initial-surname');
        i += 1;
        continue;
      }
    }

    // I. a given name that is also a word, right before a verb only people do: "Mason called"
    if (
      t.shape === 'cap' &&
      t.given &&
      !t.clinical &&
      next &&
      gap(text, t, next) === ' ' &&
      PERSON_VERBS.has(next.lower) &&
      // "Son says pt…": the relation word itself, capitalised at a sentence start
      !RELATIONS.has(t.lower)
    ) {
      emit(i, i, 0.65, 'context:verb');
      continue;
    }

    // I'. "Will in to visit", "Don at bedside": a given name before a visiting phrase
    if (
      t.shape === 'cap' &&
      t.given &&
      !t.clinical &&
      !MONTH_NAMES.has(t.lower) &&
      text.charCodeAt(t.end) === 32 &&
      VISIT_FIRST.has(text.charCodeAt(t.end + 1)) &&
      VISIT_AFTER.test(text.slice(t.end, t.end + 24))
    ) {
      emit(i, i, 0.65, 'context:visit');
      continue;
    }

    // D/E. a lone word that can only be a name (a capitalised "Neighbor" or "Caregiver" is the
    // relation that introduces one, not a surname)
    if (
      strongName(t) &&
      t.lower.length >= 3 &&
      !STRONG_CONTEXT.has(t.lower) &&
      !shopName(text, t) &&
      !t.cred &&
      text.charCodeAt(t.end) !== 58 // "Coder: …", "Driver: …": a label
    ) {
      if (t.given) emit(i, i, 0.7, 'dictionary:given-name');
      else if (t.family > 0 && t.family <= 60000 && !lists.lessCommon.has(t.lower))
        emit(i, i, 0.6, 'dictionary:family-name');
    }
  }
  infantNames(text, out);
  for (let k = 0; k < lowerGiven.length; k += 2) {
    const start = lowerGiven[k] as number;
    const end = lowerGiven[k + 1] as number;
    // "dr nancy": rules above found it already, with a better source
    if (!out.some((c) => c.start <= start && c.end >= end))
      out.push({ start, end, kind: 'given-name', score: 0.6, source: 'dictionary:lower-given' });
  }
  return withCoordinated(text, out, lists);
}

/** "Infant Girl Okonkwo", "Baby Boy Lund": a newborn is charted under the family name. */
const INFANT = /\b(?:Baby|Infant|BABY|INFANT)[ \t]+(?:Boy|Girl|BOY|GIRL)[ \t]+(?<v>[A-Z][A-Za-z'’-]{1,30})/dg;

function infantNames(text: string, out: Candidate[]): void {
  if (!text.includes('aby') && !text.includes('nfant') && !text.includes('ABY') && !text.includes('NFANT'))
    return;
  INFANT.lastIndex = 0;
  for (let m = INFANT.exec(text); m; m = INFANT.exec(text)) {
    const [start, end] = m.indices?.groups?.v ?? [0, 0];
    out.push({ start, end, kind: 'family-name', score: 0.85, source: 'context:infant' });
  }
}

/** "eating at Wendy's", "shopping at Macy's": a shop named after someone, not a person. */
function shopName(text: string, t: Tok): boolean {
  // the token keeps its "'s" in the text; only then look back for "at" / "from"
  if (text.charCodeAt(t.end - 1) !== 115 || !/['’]/.test(text[t.end - 2] ?? '')) return false;
  return /\b(?:at|from)[ \t]+$/.test(text.slice(Math.max(0, t.start - 6), t.start));
}

const AND_BEFORE = /([A-Z][a-z'’]{1,20})[ \t]+(?:and|&)[ \t]+$/;
const AND_AFTER = /^[ \t]+(?:and|&)[ \t]+([A-Z][a-z'’]{1,20})\b/;

/**
 * "Don and Ginger visited", "with Daisy and Will": a capitalised given name joined by "and" to a
 * name already found is a name too (even when it is also a word), unless it is clinical or a month.
 */
function withCoordinated(text: string, out: Candidate[], lists: WordLists): Candidate[] {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const c = out[k] as Candidate;
    if (c.kind !== 'given-name' && c.kind !== 'person-name') continue;
    const ok = (w: string) => {
      const l = w.toLowerCase();
      return lists.given.has(l) && !lists.clinical.has(l) && !lists.eponyms.has(l) && !MONTH_NAMES.has(l);
    };
    const b = AND_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (b?.[1] && ok(b[1])) {
      const start = c.start - b[0].length;
      out.push({ start, end: start + b[1].length, kind: 'given-name', score: 0.7, source: 'context:and' });
    }
    const a = AND_AFTER.exec(text.slice(c.end, c.end + 30));
    if (a?.[1] && ok(a[1])) {
      const start = c.end + a[0].length - a[1].length;
      out.push({ start, end: start + a[1].length, kind: 'given-name', score: 0.7, source: 'context:and' });
    }
  }
  return out;
}
