/** SSNs, labelled record/account/plan/claim numbers, and self-identifying ids (VIN, MBI, cards). */
import { vinCheckChar } from '../../catalogue/kinds/vin.js';
import { wordLists } from '../../data/text/lists.js';
import { before, cand, type PatternRecognizer, UNIT_AFTER } from './recognizer.js';

const ssnDashed: PatternRecognizer = {
  id: 'ssn-dashed',
  kinds: ['ssn'],
  notAfter: /-/,
  re: /\b\d{3}-\d{2}-\d{4}(?![\w-])/g,
  accept: (m) => cand(m, 'ssn', 0.9, 'pattern:ssn'),
};

const SSN_LABEL =
  '(?:ssn|ss#|ss\\s*no\\.?|soc(?:ial)?\\.?\\s*sec(?:urity)?\\.?(?:\\s*(?:no\\.?|number|num|#))?)';

const ssnLabelled: PatternRecognizer = {
  id: 'ssn-labelled',
  kinds: ['ssn'],
  re: new RegExp(
    `\\b${SSN_LABEL}\\s*[:#=]?\\s*(?:is\\s+|of\\s+)?(?<v>\\d{9}|\\d{3}[\\s.]\\d{2}[\\s.]\\d{4}|\\d{3}-\\d{2}-\\d{4})(?!\\d)`,
    'dgi',
  ),
  accept: (m) => cand(m, 'ssn', 0.97, 'pattern:ssn'),
};

/** "last 4 of SSN 1234", "SSN ending in 1234", "SSN xxx-xx-1234": the last four still count. */
const ssnLast4: PatternRecognizer = {
  id: 'ssn-last4',
  kinds: ['ssn'],
  re: new RegExp(
    `(?:\\blast\\s*(?:4|four)(?:\\s*digits)?(?:\\s*of)?(?:\\s*(?:the|her|his|their|pt'?s?|patient'?s?))?\\s*${SSN_LABEL}|\\b${SSN_LABEL}(?:\\s+on\\s+(?:file|record))?\\s*(?:ending|ends|last\\s*(?:4|four))\\s*(?:in|with|=|:|is)?|\\b${SSN_LABEL}\\s*[:#]?\\s*(?:x{3}|\\*{3}|#{3})[-\\s]?(?:x{2}|\\*{2}|#{2})[-\\s]?)\\s*[:#=]?\\s*(?:is\\s+)?(?<v>\\d{4})(?!\\d)`,
    'dgi',
  ),
  accept: (m) => cand(m, 'ssn', 0.95, 'pattern:ssn'),
};

const ssnMasked: PatternRecognizer = {
  id: 'ssn-masked',
  kinds: ['ssn'],
  re: /(?<![\w-])(?:XXX|xxx|\*\*\*)-(?:XX|xx|\*\*)-(?<v>\d{4})(?![\w-])/dg,
  accept: (m) => cand(m, 'ssn', 0.9, 'pattern:ssn'),
};

interface Label {
  re: string;
  kind: string;
  /** Strong labels need no "#"/"no."/":" marker before the value. */
  strong: boolean;
}

const LABELS: Label[] = [
  {
    re: 'mrn|mr\\s?#|mr\\s?no|medical\\s+record(?:\\s+(?:number|no|num))?|med\\.?\\s*rec(?:ord)?',
    kind: 'mrn',
    strong: true,
  },
  {
    re: 'unit\\s+(?:no|number)|hospital\\s+(?:no|number)|chart|patient\\s+id|pt\\.?\\s+id|pid',
    kind: 'mrn',
    strong: false,
  },
  { re: 'mbi|medicare\\s+beneficiary\\s+identifier|hicn|hic', kind: 'mbi', strong: true },
  {
    re: 'member|subscriber|beneficiary|policy|insurance|ins|medicaid|medicare|plan|group|health\\s+plan',
    kind: 'member-id',
    strong: false,
  },
  { re: 'acct|account|guarantor|billing|bank\\s+account|routing', kind: 'account-number', strong: true },
  { re: 'credit\\s+card|card', kind: 'card-number', strong: false },
  { re: 'csn|fin|har', kind: 'encounter-number', strong: true },
  { re: 'encounter|enc|visit|episode|admission|adm|case', kind: 'encounter-number', strong: false },
  {
    re: 'claim|(?:prior\\s+)?auth(?:orization)?|pre-?cert(?:ification)?',
    kind: 'claim-number',
    strong: false,
  },
  { re: 'order|accession|specimen|requisition|req|lab\\s+id', kind: 'order-number', strong: false },
  {
    re: "dl|driver'?s?\\s+licen[sc]e|drivers?\\s+lic|driving\\s+licen[sc]e",
    kind: 'drivers-license',
    strong: true,
  },
  { re: 'passport', kind: 'passport', strong: true },
  { re: 'dea', kind: 'dea', strong: true },
  { re: 'npi', kind: 'npi', strong: true },
  { re: '(?:license|licence)\\s+plate|plate|tag', kind: 'license-plate', strong: false },
  {
    re: '(?:medical|nursing|rn|md|state|professional)\\s+licen[sc]e|licen[sc]e|lic',
    kind: 'medical-license',
    strong: false,
  },
  { re: 'vin|vehicle\\s+id(?:entification)?', kind: 'vin', strong: true },
  { re: 'udi|device\\s+identifier', kind: 'device-udi', strong: true },
  { re: 'serials?|s\\/n|sn|device\\s+id|implant|lot', kind: 'device-serial', strong: false },
  { re: 'employee|emp|badge|staff', kind: 'employee-id', strong: false },
  {
    re: 'fingerprint|voiceprint|voice\\s+print|retina|iris\\s+scan|biometric|palm\\s*print',
    kind: 'biometric-id',
    strong: false,
  },
  {
    re: 'study|subject|participant|reference|ref|record|identifier|id|tracking|unos|registry|confirmation|job|ticket|application|referral|donor',
    kind: 'unique-id',
    strong: false,
  },
];

/** 20240314: a date written without separators ("Specimen 20240314 received"). */
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/** A number glued to its unit: a dose or measure, not an id. */
const DOSE =
  /^\d+(?:\.\d+)?(?:mg|mcg|ug|g|gm|kg|ml|l|cc|units?|iu|meq|mmol|mm|cm|hrs?|h|min|x|am|pm|st|nd|rd|th|s)$/i;

const LABEL_RES = LABELS.map((l) => ({ ...l, exact: new RegExp(`^(?:${l.re})$`, 'i') }));
const MARKER = '(?:\\s*(?:#|no\\.?|num(?:ber)?\\.?|nbr|id|identifier|code))?';

const labelled: PatternRecognizer = {
  id: 'id-labelled',
  retryOnReject: true,
  kinds: [...new Set(LABELS.map((l) => l.kind))],
  re: new RegExp(
    `\\b(?<label>${LABELS.map((l) => l.re).join('|')})(?<marker>${MARKER})(?![A-Za-z])(?<colon>\\s*[:#=]|\\s+(?:is|of))?\\s*(?<v>[A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])){2,30})(?![\\w])`,
    'dgi',
  ),
  accept(m, text) {
    const g = m.groups ?? {};
    const label = (g.label ?? '').trim();
    const entry = LABEL_RES.find((l) => l.exact.test(label));
    if (!entry) return undefined;
    const v = g.v ?? '';
    const marked = (g.marker ?? '').trim().length > 0 || (g.colon ?? '').trim().length > 0;
    // a weak label without "#"/"no."/":" still takes a value shaped like an id: letters with digits
    // ("lot K7H22", "plate 4TRK82"), digits around a hyphen ("policy 0092213-77") or five digits
    // or more ("lot 4032991") — never a dose glued to its unit ("order 500mg")
    const idShaped =
      (/[A-Za-z]/.test(v) && /\d/.test(v)) ||
      /\d-\d/.test(v) ||
      (/^\d{5,}$/.test(v) && !COMPACT_DATE.test(v));
    if (!entry.strong && !marked && (!idShaped || DOSE.test(v))) return undefined;
    if (!/\d/.test(v)) return undefined;
    const digits = v.replace(/\D/g, '').length;
    if (digits < 3 || v.length < 4) return undefined;
    const end = (m.indices?.groups?.v?.[1] ?? 0) as number;
    if (UNIT_AFTER.test(text.slice(end, end + 12).toLowerCase())) return undefined;
    // "id 2024" / "record 2019": a bare year is not an id
    if (/^(?:19|20)\d\d$/.test(v)) return undefined;
    return cand(m, entry.kind, marked ? 0.95 : 0.9, `context:${entry.kind}`);
  },
};

/** Usernames: any token after a login label (letters only allowed). */
const username: PatternRecognizer = {
  id: 'username',
  kinds: ['username'],
  retryOnReject: true,
  re: /\b(?:user\s*name|user\s*id|userid|login(?:\s+id)?|log-in|screen\s*name|handle|logged\s+in\s+as|username)\s*[:=]?\s*(?:is\s+)?(?<v>[A-Za-z0-9][A-Za-z0-9._@-]{1,39}[A-Za-z0-9])/dgi,
  accept(m) {
    const v = m.groups?.v ?? '';
    if (/^(?:is|was|failed|attempt|attempts|screen|page|and|the|to|for|with|not|issues?)$/i.test(v))
      return undefined;
    // "login from 203.0.113.7", "username reset": an English word with no digit is not a handle
    const lower = v.toLowerCase();
    const lists = wordLists();
    if (
      !/\d/.test(v) &&
      (lists.common.has(lower) || lists.lessCommon.has(lower) || lists.clinical.has(lower))
    )
      return undefined;
    return cand(m, 'username', 0.85, 'context:username');
  },
};

const HANDLE_NOT =
  /^(?:covid|hba|spo|fio|etco|pao|paco|sao|cd|ca|vit|vitamin|b|d|q|x|t|o|h|ch|dm|hiv|hpv|ckd|copd|stage|grade|type|gravida|para|level|day|pod|hd|room|rm|bed|unit|floor|ward)$/;

/** Handle-shaped words ("dedric64", "j.smith07"): a username when the letters read as a name. */
const handle: PatternRecognizer = {
  id: 'handle',
  kinds: ['username'],
  re: /\b[a-z][a-z._]{2,24}\d{1,4}\b/g,
  accept(m, text) {
    const letters = m[0].replace(/\d+$/, '');
    const word = letters.replace(/[._]/g, '');
    if (HANDLE_NOT.test(word)) return undefined;
    const lists = wordLists();
    const nameLike = lists.given.has(word) || lists.family.has(word);
    const ctx =
      /(?:portal|account|user|login|message\s+sent\s+to|sent\s+to|handle|@)\W*(?:\w+\W+){0,2}$/.test(
        before(text, m.index, 40),
      );
    if (!nameLike && !ctx) return undefined;
    if (!ctx && (lists.common.has(word) || lists.clinical.has(word))) return undefined;
    return cand(m, 'username', ctx ? 0.8 : 0.6, 'pattern:username');
  },
};

/** 49 CFR 565 position-9 check digit (the catalogue's rule). */
function vinCheck(v: string): boolean {
  return v[8] === vinCheckChar(v);
}

const vin: PatternRecognizer = {
  id: 'vin',
  kinds: ['vin'],
  notAfter: /-/,
  re: /\b[A-Z0-9]{17}(?![A-Za-z0-9-])/g,
  accept(m) {
    const v = m[0];
    const letters = v.replace(/[^A-Z]/g, '').length;
    if (letters < 2 || 17 - letters < 4) return undefined;
    return cand(m, 'vin', vinCheck(v) ? 0.9 : 0.6, 'pattern:vin');
  },
};

const mbi: PatternRecognizer = {
  id: 'mbi',
  kinds: ['mbi'],
  notAfter: /-/,
  re: /\b[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}(?![A-Za-z0-9-])/g,
  accept: (m) => cand(m, 'mbi', 0.8, 'pattern:mbi'),
};

function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

const card: PatternRecognizer = {
  id: 'card',
  kinds: ['card-number'],
  notAfter: /-/,
  re: /\b(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\d-])/g,
  accept(m) {
    const d = m[0].replace(/\D/g, '');
    if (d.length < 13 || d.length > 19) return undefined;
    return cand(m, luhn(d) ? 'card-number' : 'unique-id', luhn(d) ? 0.85 : 0.6, 'pattern:card');
  },
};

const npi: PatternRecognizer = {
  id: 'npi',
  kinds: ['npi'],
  notAfter: /-/,
  re: /\b[1-9]\d{9}(?![\w-])/g,
  accept(m) {
    if (!luhn(`80840${m[0]}`)) return undefined;
    return cand(m, 'npi', 0.55, 'pattern:npi');
  },
};

const dea: PatternRecognizer = {
  id: 'dea',
  kinds: ['dea'],
  notAfter: /-/,
  re: /\b[A-Z][A-Z9]\d{7}(?![\w-])/g,
  accept(m) {
    const d = m[0].slice(2);
    const n = (i: number) => d.charCodeAt(i) - 48;
    const sum = n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5));
    return cand(m, 'dea', sum % 10 === n(6) ? 0.85 : 0.6, 'pattern:dea');
  },
};

const udi: PatternRecognizer = {
  id: 'udi',
  gate: (t) => t.includes('(01)'),
  kinds: ['device-udi'],
  re: /(?<![\w)])\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9\-./]{1,20})*/g,
  accept: (m) => cand(m, 'device-udi', 0.95, 'pattern:udi'),
};

const CODE_BEFORE =
  /(?:rxnorm|rxcui|snomed|sct|loinc|ndc|cpt|icd|hcpcs|code|cas|drg|lot|batch|ref|cat|catalog|model|phone|fax|tel)\s*[:#=]?\s*(?:code\s*)?[:#=]?\s*$/;

/** Long digit runs and letter-prefixed numbers with no label: most likely an identifier. */
const longNumber: PatternRecognizer = {
  id: 'long-number',
  kinds: ['unique-id'],
  notAfter: /[.,/:-]/,
  re: /\b(?:[A-Z]{1,4}-?\d{6,}|\d{7,})(?![\w/-]|[.,]\d)/g,
  accept(m, text) {
    if (CODE_BEFORE.test(before(text, m.index, 20))) return undefined;
    return cand(m, 'unique-id', 0.5, 'pattern:number');
  },
};

/** "#12345", "# 1234567": a number after a hash sign. */
const hashNumber: PatternRecognizer = {
  id: 'hash-number',
  kinds: ['unique-id'],
  gate: (t) => t.includes('#'),
  re: /#\s?(?<v>\d{4,})(?![\w/-]|[.,]\d)/dg,
  accept(m, text) {
    if (CODE_BEFORE.test(before(text, m.index, 20))) return undefined;
    return cand(m, 'unique-id', 0.5, 'pattern:number');
  },
};

export const ID_RECOGNIZERS: readonly PatternRecognizer[] = [
  ssnDashed,
  ssnLabelled,
  ssnLast4,
  ssnMasked,
  labelled,
  username,
  handle,
  vin,
  mbi,
  card,
  npi,
  dea,
  udi,
  longNumber,
  hashNumber,
];
