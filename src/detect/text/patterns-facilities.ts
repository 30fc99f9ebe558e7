/**
 * Hospital, clinic, rehab and nursing-home names ("Lakeview Medical Center", "St. Ann's Rehab",
 * "transferred from Brookside"). The PhysioNet deid gold standard scores them as locations; the
 * kind is the text-only `facility-name` (Safe Harbor category 2, see kinds.ts).
 *
 * The regex finds only the facility word ("Hospital", "Nursing Home"); the name words before it
 * are read by walking back in code, so the pattern starts on a literal and stays linear.
 */
import { wordLists } from '../../data/text/lists.js';
import { type Candidate, cand, type PatternRecognizer } from './recognizer.js';

const SUFFIX_WORDS = [
  'General Hospital',
  'Gen Hosp',
  'Community Hospital',
  'Memorial Hospital',
  "Children's Hospital",
  'Hospital',
  'Hosp',
  'Medical Center',
  'Medical Centre',
  'Med Ctr',
  'Med Center',
  'Health Center',
  'Health Centre',
  'Health System',
  'Healthcare',
  'Health Care',
  'Care Center',
  'Cancer Center',
  'Surgery Center',
  'Surgical Center',
  'Nursing and Rehabilitation Center',
  'Nursing and Rehabilitation',
  'Nursing and Rehab',
  'Nursing & Rehab',
  'Health and Rehabilitation',
  'Health and Rehab',
  'Nursing Home',
  'Nursing Center',
  'Nursing Facility',
  'Skilled Nursing Facility',
  'Skilled Nursing',
  'Rehabilitation Center',
  'Rehabilitation Hospital',
  'Rehab Center',
  'Rehab Hospital',
  'Rehabilitation',
  'Rehab',
  'Memorial',
  'Clinic',
  'Infirmary',
  'Hospice',
  'Manor',
  'Convalescent Home',
  'Convalescent Center',
  'Assisted Living',
  'Senior Living',
  'Extended Care',
  'Long Term Care',
  'Sanatorium',
  'Home for the Aged',
  'Retirement Home',
  'Retirement Community',
  'Rest Home',
  'Senior Center',
  'Adult Day Health',
  'House',
  'Village',
  'Dialysis',
  'Dialysis Center',
  'Dialysis Unit',
  'Medical Associates',
  'Medical Group',
  'Physicians Group',
  'Family Practice',
  'Funeral Home',
  'Inn',
  'Shelter',
  'Center',
  'Centre',
  'Associates',
  'Medical Practice',
  'Practice',
  'Pediatrics',
  'Internal Medicine',
  'Family Medicine',
  'Primary Care',
  'Imaging',
  'Diagnostics',
  'Physical Therapy',
  'Health',
  'Church',
  'College',
  'University',
  'High School',
  'Academy',
  'Apartments',
  'Residence',
  'Restaurant',
  'Pub',
  'Lounge',
  'Pavilion',
  'Urgent Care',
  'Institute',
  'Elementary',
  'Elementary School',
  'Middle School',
  'High School',
  'Daycare',
  'Day Care',
  'Mission',
];
/** Facility words that are everyday nouns too: the name before them must be no English word. */
const WEAK_SUFFIX = new Set(['house', 'rest home']);

function alternation(words: readonly string[]): string {
  const all = new Set<string>();
  for (const w of words) {
    all.add(w);
    all.add(w.toUpperCase());
  }
  // longest first so "General Hospital" wins over "Hospital" at the same place
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+'))
    .join('|');
}

/**
 * Words before a facility word that are not part of a name: department and service words
 * ("Cardiology Clinic"), generic facility words ("Community Hospital"), verbs and function words
 * of title-case text ("Will Need Rehab", "Transferred From"). A name needs one word outside this.
 */
const GENERIC = new Set(
  `a an the of and at to in on for from by with via per into back home go going went sent send
  will need needs needed may might can could should would plan plans planned planning pending
  await awaiting awaits screen screening screened accepted accept refer referred referral bed beds
  transfer transferred transfered xfer xferred tx txd admit admitted admission discharge discharged
  dc dcd return returned returning arrived arrival came come coming from f/u follow followup seen
  see visit visits appt appointment outside osh local nearby area another other new old prior
  previous same this that our your his her their its pt pts patient patients family md rn np
  acute subacute sub short long term inpatient outpatient in-patient out-patient skilled intermediate
  general community memorial regional state county city university univ academic teaching veterans
  va v.a. federal national private public children's childrens women's womens men's
  medical med surgical surgery psychiatric psych mental behavioral health care healthcare urgent
  emergency primary specialty specialist family walk-in walk day night free
  cardiology cardiac heart failure chf pain wound diabetes diabetic endocrine anticoagulation
  coumadin inr lipid dialysis renal kidney transplant cancer oncology hematology infusion
  pulmonary lung sleep asthma copd neurology neuro stroke memory geriatric geriatrics ortho
  orthopedic orthopaedic spine sports eye ophthalmology ent dental gi liver hepatology
  ob gyn obgyn prenatal pediatric peds fertility travel vaccine flu covid methadone suboxone
  addiction detox smoking cessation weight nutrition hiv id infectious pre-op preop post-op
  physical occupational speech therapy pt/ot respiratory cardiopulmonary vascular vein
  nursing rehab rehabilitation home homes hospital hospitals clinic clinics center centre
  subacute-rehab ltac ltach snf icu micu sicu ccu csru picu nicu ed er or pacu floor unit
  step stepdown tele telemetry dr mr mrs ms miss doctor nurse hand bone falls fall burn
  senior adult child children women men baby babies joint north south east west main central upper lower
  inner outer`.split(/\s+/),
);

/** Words of religious and charitable founders' names that head many hospital names. */
export const FOUNDER_WORDS = new Set(
  'sacred holy providence mercy samaritan deaconess presbyterian baptist methodist lutheran adventist episcopal jewish hebrew israel sinai shriners kindred'.split(
    ' ',
  ),
);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

interface Word {
  raw: string;
  start: number;
}

const CONNECTORS = new Set(['of', 'and', '&', 'the']);
/** Generic alone ("North Pavilion"), part of the name before a distinctive word ("North Shore …"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'central', 'main']);

/** Name words right before `at` (same line, capitalised or connectors), in text order; at most 4. */
function wordsBefore(text: string, at: number): Word[] {
  const words: Word[] = [];
  let i = at;
  while (words.length < 4) {
    // one or two spaces or tabs between words
    let j = i;
    while (j > 0 && j > i - 2 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    if (j === i) break;
    let k = j;
    while (k > 0 && j - k < 24 && /[A-Za-z'’.&-]/.test(text[k - 1] as string)) k--;
    if (k === j) break;
    const raw = text.slice(k, j);
    const connector = CONNECTORS.has(raw.toLowerCase());
    if (!connector && !isUpper(raw.charCodeAt(0))) break;
    // a dotted word ends a sentence ("Pt. Hospital") unless it is St./Mt.
    if (!connector && raw !== 'St.' && raw !== 'Mt.' && raw.includes('.')) break;
    words.unshift({ raw, start: k });
    i = k;
  }
  return words;
}

/** A name word: not generic, not a clinical word; an upper-case word only in upper-case text. */
function distinctive(word: string, upperText: boolean): boolean {
  const lists = wordLists();
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w === 'st.' || w === 'st' || w === 'saint' || w === 'mt.' || w === 'mount') return false;
  if (GENERIC.has(w) || lists.clinical.has(w)) return false;
  // "SBSQ HOSP": a word of three letters or more without a vowel is an abbreviation, not a name
  if (w.length >= 3 && !/[aeiouy]/.test(w)) return false;
  // "MICU", "OSH": an all-caps short word in mixed-case text is an abbreviation
  if (!upperText && word.length <= 4 && word === word.toUpperCase()) return false;
  if (FOUNDER_WORDS.has(w)) return true;
  // "Breast Clinic", "Trauma Center": an everyday word that is no name and no town names no place
  // (a town's name counts even when it is a word: "Mystic Valley Dialysis"; compass and building
  // words such as "North" or "Main" are in GENERIC above)
  if (lists.common.has(w) && !lists.given.has(w) && !lists.family.has(w) && !lists.cities.has(w))
    return false;
  return true;
}

const suffixFacility: PatternRecognizer = {
  id: 'facility-suffix',
  kinds: ['facility-name'],
  re: new RegExp(`\\b(?:${alternation(SUFFIX_WORDS)})(?![A-Za-z])`, 'g'),
  accept(m, text): Candidate | undefined {
    const upperText = m[0] === m[0].toUpperCase();
    const words = wordsBefore(text, m.index);
    // drop leading connectors and generic words ("Transferred From Lakeview Hospital")
    let n = 0;
    while (n < words.length) {
      const w = (words[n] as Word).raw;
      if (w === 'St.' || w === 'Mt.' || w === 'Saint' || w === 'Mount') break;
      if (!CONNECTORS.has(w.toLowerCase()) && distinctive(w, upperText)) break;
      n++;
    }
    // "North Shore Medical Center": a compass word heading a distinctive name belongs to it
    while (n > 0 && n < words.length && COMPASS.has((words[n - 1] as Word).raw.toLowerCase())) n--;
    const kept = words.slice(n);
    if (!kept.some((w) => distinctive(w.raw, upperText))) return undefined;
    if (WEAK_SUFFIX.has(m[0].toLowerCase().replace(/[ \t]+/g, ' '))) {
      const lists = wordLists();
      if (kept.every((w) => lists.common.has(w.raw.toLowerCase()) || lists.given.has(w.raw.toLowerCase())))
        return undefined;
    }
    // upper-case facility words take upper-case names only ("LAKEVIEW HOSPITAL")
    if (upperText && kept.some((w) => w.raw !== w.raw.toUpperCase())) return undefined;
    const start = (kept[0] as Word).start;
    return {
      start,
      end: m.index + m[0].length,
      kind: 'facility-name',
      score: 0.95,
      source: 'pattern:facility',
    };
  },
};

/** "transferred from Brookside", "sent to Oakmont": a place name after a transfer verb. */
const transferFacility: PatternRecognizer = {
  id: 'facility-transfer',
  kinds: ['facility-name'],
  re: /\b(?:[Tt]ransferr?ed|[Tt]ransfer|[Xx]ferr?e?d?|[Tt]xd?|[Ss]ent|[Aa]dmitted|[Aa]rrived|[Cc]ame|[Rr]eturn(?:ed|ing|s)?|[Rr]eceived|[Dd]ischarged|[Dd]\/?[Cc]'?d?|[Bb]ack|[Dd]ialy[sz]e[sd]?|OSH)[ \t]+(?:from|to|at)[ \t]+(?:the[ \t]+)?(?<v>(?:St\.?[ \t]|Saint[ \t]|Mt\.?[ \t])?[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})/dg,
  accept(m, text): Candidate | undefined {
    const v = m.indices?.groups?.v;
    const words = (m.groups?.v ?? '').split(/[ \t]/);
    const lists = wordLists();
    // "from St. Anselm", "to Mt. Auburn": a saint's or mountain's name is a place after a transfer
    if (v && /^(?:St\.?|Saint|Mt\.?)$/.test(words[0] ?? '') && words.length > 1) {
      const name = words[1] as string;
      if (!distinctive(name, false) && !lists.given.has(name.toLowerCase())) return undefined;
      const end = v[0] + (words[0] as string).length + 1 + name.length;
      return { start: v[0], end, kind: 'facility-name', score: 0.8, source: 'context:transfer' };
    }
    // "came from Mass General", "sent to Beverly Memorial": the second word names the place kind
    if (
      v &&
      words.length > 1 &&
      /^(?:General|Memorial|Regional|Presbyterian|Methodist|Baptist)$/.test(words[1] as string)
    ) {
      const first = words[0] as string;
      if (!lists.clinical.has(first.toLowerCase()) && !GENERIC.has(first.toLowerCase())) {
        const end = v[0] + first.length + 1 + (words[1] as string).length;
        return { start: v[0], end, kind: 'facility-name', score: 0.8, source: 'context:transfer' };
      }
    }
    // "received from Good Samaritan ED": the name of the hospital whose ED sent the patient
    if (v && /^[ \t]+(?:ED|ER|EW|E\.D\.)\b/.test(text.slice(v[1], v[1] + 6))) {
      const lead = (words[0] ?? '').toLowerCase();
      if (!lists.clinical.has(lead) && !GENERIC.has(lead))
        return { start: v[0], end: v[1], kind: 'facility-name', score: 0.8, source: 'context:transfer' };
    }
    // "admitted from Good Samaritan", "sent to Sacred Heart": a founder's word makes the name
    if (v && words.some((w) => FOUNDER_WORDS.has(w.toLowerCase())))
      return { start: v[0], end: v[1], kind: 'facility-name', score: 0.8, source: 'context:transfer' };
    const first = (words[0] ?? '').toLowerCase();
    if (
      !v ||
      !distinctive(words[0] ?? '', false) ||
      lists.common.has(first) ||
      (lists.given.has(first) && !lists.family.has(first))
    )
      return undefined;
    // "transferred to Brockton": a known town is the town (a location all the same)
    if (lists.cities.has(first))
      return { start: v[0], end: v[0] + first.length, kind: 'city', score: 0.8, source: 'context:transfer' };
    // keep the name words up to the first generic one
    let end = v[0] + (words[0] as string).length;
    let at = end;
    for (const w of words.slice(1)) {
      at += 1;
      if (!distinctive(w, false) && !/^(?:Hospital|Clinic|Rehab|Manor|Hospice)$/.test(w)) break;
      at += w.length;
      end = at;
    }
    // above a lone-name reading of the same word ("from Fenwick": a place after a transfer verb)
    return { start: v[0], end, kind: 'facility-name', score: 0.8, source: 'context:transfer' };
  },
};

/** Hospital units and services written as acronyms: never a facility's name after a transfer verb. */
const UNIT_ACRONYMS = new Set(
  `ICU MICU SICU CCU CSRU CVICU NICU PICU TSICU NSICU PACU OR ED ER EW CT MRI IR EP OSH PCU SDU ACU CDU
  PT OT SNF LTAC LTACH NH ALF ECF HD CMED GI ENT VNA EMS EMT CVU CCL CATH ICN NSY L&D LDR OB GYN
  PEDS MED SURG ONC BMT TELE RRT MD RN NP PA ASAP AMA PS AC CPAP BIPAP SIMV PRVC APRV RA NC NRB HFNC
  TPN NPO BID TID PRN`.split(/\s+/),
);

/** "admitted from MGH", "transferred to BWH": a hospital's acronym after a transfer verb. */
const transferAcronym: PatternRecognizer = {
  id: 'facility-transfer-acronym',
  kinds: ['facility-name'],
  re: /\b(?:[Tt]ransferr?ed|[Tt]ransfer|[Xx]ferr?e?d?|[Ss]ent|[Aa]dmitted|[Aa]rrived|[Cc]ame|[Rr]eturn(?:ed|ing|s)?|[Rr]eceived|[Dd]ischarged|[Bb]ack|[Ff]ollows?|[Ss]een)[ \t]+(?:from|to|at)[ \t]+(?:the[ \t]+)?(?<v>[A-Z]{2,6})(?![A-Za-z&])/dg,
  accept(m): Candidate | undefined {
    if (UNIT_ACRONYMS.has(m.groups?.v ?? '')) return undefined;
    return cand(m, 'facility-name', 0.75, 'context:transfer');
  },
};

/** "all care at the VA", "from the VAMC": the Veterans Affairs hospital a patient uses. */
const veterans: PatternRecognizer = {
  id: 'facility-va',
  kinds: ['facility-name'],
  re: /\b(?:at|to|from|by|with)[ \t]+the[ \t]+(?<v>VA(?:MC)?|V\.A\.)(?![A-Za-z])/dg,
  accept: (m) => cand(m, 'facility-name', 0.75, 'context:va'),
};

/**
 * "Dr Rutherford at Plymouth", "Dr. Lindqvist of Brookfield": where a named doctor practises;
 * "PCP is Dr Arnold Price, Woburn": a known town right after the doctor's name.
 */
const doctorPlace: PatternRecognizer = {
  id: 'facility-doctor-place',
  kinds: ['facility-name', 'city'],
  re: /\b(?:Dr\.?|Doctor)[ \t]+[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?(?:[ \t]+(?:at|of|from)[ \t]+(?:the[ \t]+)?(?<v>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})|,[ \t]*(?<t>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[ \t]*(?:[.;)\n]|$)))/dg,
  accept(m): Candidate | undefined {
    const lists = wordLists();
    const t = m.indices?.groups?.t;
    if (t) {
      const town = (m.groups?.t ?? '').toLowerCase();
      return lists.cities.has(town)
        ? { start: t[0], end: t[1], kind: 'city', score: 0.7, source: 'context:doctor-town' }
        : undefined;
    }
    const v = m.indices?.groups?.v;
    const words = (m.groups?.v ?? '').split(/[ \t]/);
    const first = (words[0] ?? '').toLowerCase();
    if (!v || CALENDAR.test(first) || lists.clinical.has(first)) return undefined;
    if (lists.cities.has(first) && words.length === 1)
      return { start: v[0], end: v[1], kind: 'city', score: 0.7, source: 'context:doctor-place' };
    if (!distinctive(words[0] ?? '', false)) return undefined;
    return { start: v[0], end: v[1], kind: 'facility-name', score: 0.7, source: 'context:doctor-place' };
  },
};
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|noon|midnight|bedside)$/;

/**
 * Pharmacies, shops and big employers named after a place word ("pick up at Walgreens in Brockton",
 * "works at Home Depot"): de-identification gold standards count them as locations. A cue before is
 * required ("CVS" is also the cardiovascular system in nursing notes).
 */
const CHAINS =
  "CVS|Walgreens|Rite Aid|Stop & Shop|Stop and Shop|Home Depot|Walmart|Wal-Mart|Costco|Hannaford|Market Basket|Shaw's|Star Market|Whole Foods|Trader Joe's|Dunkin(?:'|’)?(?: Donuts)?|Starbucks|McDonald's|Burger King|Quest Diagnostics|Quest|LabCorp|Express Scripts|OptumRx|Caremark|MinuteClinic|YMCA|YWCA|Planet Fitness|Lowe's|Kohl's|Macy's|Best Buy|Staples|Amazon|FedEx|UPS|Raytheon|Fidelity Investments|Legal Sea Foods";
const chain: PatternRecognizer = {
  id: 'facility-chain',
  kinds: ['facility-name'],
  re: new RegExp(
    `\\b(?:at|from|to|in|via|@|for|with)[ \\t]+(?:the[ \\t]+)?(?<v>(?:${CHAINS})(?:[ \\t]+(?:Pharmacy|MinuteClinic))?)(?![A-Za-z])`,
    'dg',
  ),
  accept: (m) => cand(m, 'facility-name', 0.75, 'context:chain'),
};

/** "VNA of Greater Newton", "Hospice of the Good Shepherd": a facility word, then "of" and its name. */
const facilityOf: PatternRecognizer = {
  id: 'facility-of',
  kinds: ['facility-name'],
  re: /\b(?:VNA|Visiting[ \t]+Nurse[ \t]+Association|Hospice|Hospital|Home[ \t]+Care|Sisters|Brothers|University|College|Institute)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2}/g,
  accept: (m) => cand(m, 'facility-name', 0.75, 'pattern:facility'),
};

/**
 * Lower-case notes: "d/c to whitestone rehab", "codman square health center". The name words are
 * read back from the facility word; the first kept must be no everyday or clinical word, so
 * "cardiac rehab" and "inpatient hospice" stay.
 */
const lowerSuffix: PatternRecognizer = {
  id: 'facility-lower-suffix',
  kinds: ['facility-name'],
  re: /\b(?:rehab|rehabilitation|hospital|health center|medical center|nursing home|nursing and rehab|manor|hospice|healthcare)\b/g,
  accept(m, text): Candidate | undefined {
    const lists = wordLists();
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    const w = /(?<![A-Za-z'’.])((?:[a-z][a-z'’]+[ \t]){1,3})$/.exec(head);
    if (!w?.[1]) return undefined;
    const words = w[1].trim().split(/[ \t]+/);
    let n = 0;
    const plainWord = (x: string) => {
      const b = x.replace(/['’]s$/, '');
      return (
        CONNECTORS.has(b) ||
        GENERIC.has(b) ||
        lists.clinical.has(b) ||
        ((lists.common.has(b) || lists.lessCommon.has(b)) && !lists.cities.has(b)) ||
        b.length < 4
      );
    };
    while (n < words.length && plainWord(words[n] as string)) n++;
    if (n === words.length) return undefined;
    // "PT recs acute rehab": a short first name word is more likely an abbreviation
    const lead = (words[n] as string).replace(/['’]s$/, '');
    if (lead.length < 5 && !lists.cities.has(lead) && !lists.family.has(lead)) return undefined;
    const kept = words.slice(n);
    const start = m.index - w[1].length + words.slice(0, n).reduce((a, x) => a + x.length + 1, 0);
    // the whole run must sit on the facility word (one space between words)
    if (text.slice(start, m.index) !== `${kept.join(' ')} `) return undefined;
    return {
      start,
      end: m.index + m[0].length,
      kind: 'facility-name',
      score: 0.7,
      source: 'pattern:facility',
    };
  },
};

/** "st. mary's", "St Elizabeths": a saint's name with its possessive is a hospital in notes. */
const saintPossessive: PatternRecognizer = {
  id: 'facility-saint',
  kinds: ['facility-name'],
  re: /\b(?:[Ss]t\.?|ST\.?|[Ss]aint)[ \t]+(?<n>[A-Za-z][a-z]+|[A-Z]+)(?:'s|’s|'S|s|S)(?![A-Za-z])/dg,
  accept(m): Candidate | undefined {
    const name = (m.groups?.n ?? '').toLowerCase();
    if (!wordLists().given.has(name) && !wordLists().given.has(name.replace(/s$/, ''))) return undefined;
    return cand(m, 'facility-name', 0.75, 'pattern:facility');
  },
};

export const FACILITY_RECOGNIZERS: readonly PatternRecognizer[] = [
  lowerSuffix,
  saintPossessive,
  chain,
  facilityOf,
  suffixFacility,
  transferFacility,
  transferAcronym,
  veterans,
  doctorPlace,
];
