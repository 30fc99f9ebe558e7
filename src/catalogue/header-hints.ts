/**
 * Column / field name → identifier kind candidates. Real exports spell the same column a hundred
 * ways (`PT_SSN`, `SocSecNo`, `patientSSN`, `SSN#`), so names are normalised (lower case, letters
 * and digits only) and also split into tokens (camelCase, snake_case, spaces, digits). Scores:
 *   1.0  the whole normalised name is a hint               `SSN#`, `Date of Birth`
 *   0.9  a hint after dropping owner prefixes / noise suffixes, or with a suffix spelled out
 *        (`pt_ssn`, `guar_nm`, `ec_phone`, `claim_num` → `claimno`)
 *   0.75 a run of several tokens is a hint                 `home_zip_code` → `zipcode`
 *   0.7  the head (last meaningful) token is a hint         `home_phone_number` → `phone`
 *   0.4  another single token is a hint                     `phone_type`
 *   0.35 a hint of 5+ letters occurs inside the name        `xsocialsecuritynumberx`
 * A name like `F07` gives no hint at all; value detection decides then.
 */
import { KINDS } from './index.js';

/** Who a field belongs to (patient, member, guarantor, emergency contact…): not part of the kind. */
const OWNER_PREFIXES = new Set([
  'pt',
  'pat',
  'patient',
  'mbr',
  'member',
  'sub',
  'subscriber',
  'ins',
  'insured',
  'guar',
  'guarantor',
  'ec',
  'emerg',
  'emergency',
  'contact',
  'nok',
  'next',
  'of',
  'kin',
  'rel',
  'relative',
  'spouse',
  'mother',
  'father',
  'parent',
  'home',
  'work',
  'primary',
  'secondary',
  'alt',
  'alternate',
  'current',
  'cur',
  'prev',
  'previous',
  'pers',
  'personal',
  'the',
  'my',
  'x',
]);

/** Trailing tokens that add nothing about the kind. */
const NOISE_SUFFIXES = new Set([
  'value',
  'val',
  'txt',
  'text',
  'str',
  'raw',
  'field',
  'col',
  'fld',
  // a masked, partial or hashed identifier is still that identifier (or derived from it)
  'masked',
  'mask',
  'partial',
  'hash',
  'hashed',
  'enc',
  'encrypted',
  'fmt',
  'formatted',
  'display',
  'orig',
  'original',
]);

/** Abbreviated suffixes spelled out, to reach hints like `patientname`, `admitdate`, `claimno`. */
const SUFFIX_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  nm: ['name'],
  name: ['nm'],
  dt: ['date'],
  date: ['dt'],
  dttm: ['date', 'dt'],
  ts: ['date', 'dt'],
  timestamp: ['date', 'dt'],
  datetime: ['date', 'dt'],
  no: ['number', 'num', 'id'],
  num: ['no', 'number'],
  nbr: ['no', 'number'],
  number: ['no', 'num'],
  id: ['no'],
  addr: ['address'],
  address: ['addr'],
};

let index: Map<string, string[]> | undefined;

function hintIndex(): Map<string, string[]> {
  if (index) return index;
  const map = new Map<string, string[]>();
  for (const kind of KINDS) {
    for (const hint of kind.headerHints) {
      const list = map.get(hint) ?? [];
      if (!list.includes(kind.id)) list.push(kind.id);
      map.set(hint, list);
    }
  }
  index = map;
  return map;
}

export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `patientSSN_no` → [patient, ssn, no]; `ADDR1` → [addr1]; `F07` → [f07]. */
export function headerTokens(name: string): string[] {
  const spaced = name
    .slice(0, 200)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

export interface HeaderMatch {
  kind: string;
  score: number;
}

export function matchHeader(name: string): HeaderMatch[] {
  const hints = hintIndex();
  const scores = new Map<string, number>();
  const keep = (kind: string, score: number): void => {
    if ((scores.get(kind) ?? 0) < score) scores.set(kind, score);
  };
  const add = (hint: string, score: number): void => {
    for (const kind of hints.get(hint) ?? []) keep(kind, score);
  };
  // `Med Rec #`, `Visit #`: a number sign reads as "no" too (`medrecno`, `visitno`); `SSN#` still
  // matches as `ssn` through the name without it.
  if (name.includes('#')) {
    for (const m of matchHeader(name.replace(/#/g, ' no '))) keep(m.kind, m.score);
  }

  const norm = normaliseHeader(name);
  if (norm.length === 0) return [];
  add(norm, 1);

  let tokens = headerTokens(name);
  while (tokens.length > 1 && NOISE_SUFFIXES.has(tokens[tokens.length - 1] ?? ''))
    tokens = tokens.slice(0, -1);
  // Digits at the end (`addr1`, `phone2`) number repeated columns.
  const stripDigits = (t: string): string => (/^[a-z]+\d$/.test(t) ? t.replace(/\d$/, '') : t);

  let core = tokens;
  while (core.length > 1 && OWNER_PREFIXES.has(core[0] ?? '')) core = core.slice(1);
  for (const variant of variants(core)) {
    add(variant, 0.9);
    add(stripDigits(variant), 0.9);
  }
  if (core !== tokens) for (const variant of variants(tokens)) add(variant, 0.9);

  // Runs of two or more tokens.
  for (let i = 0; i < core.length; i++) {
    for (let j = i + 2; j <= Math.min(core.length, i + 4); j++) add(core.slice(i, j).join(''), 0.75);
  }
  // Single tokens: the head noun (last, after dropping id-ish suffixes) counts more.
  const headAt = headIndex(core);
  core.forEach((t, i) => {
    if (t.length < 2 || /^\d+$/.test(t)) return;
    add(t, i === headAt ? 0.7 : 0.4);
    add(stripDigits(t), i === headAt ? 0.7 : 0.4);
  });
  for (const [hint] of hints) {
    if (hint.length >= 5 && hint !== norm && norm.includes(hint)) add(hint, 0.35);
  }

  const order = new Map(KINDS.map((k, i) => [k.id, i]));
  return [...scores]
    .map(([kind, score]) => ({ kind, score }))
    .sort((a, b) => b.score - a.score || (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0));
}

/** The joined tokens, and the same with the last token's abbreviation spelled out or dropped. */
function variants(tokens: readonly string[]): string[] {
  if (tokens.length === 0) return [];
  const out = [tokens.join('')];
  const last = tokens[tokens.length - 1] ?? '';
  const head = tokens.slice(0, -1).join('');
  for (const alt of SUFFIX_SPELLINGS[last] ?? []) out.push(head + alt);
  return out;
}

const ID_SUFFIXES = new Set(['no', 'num', 'nbr', 'number', 'id', 'code', 'cd', 'key']);

function headIndex(tokens: readonly string[]): number {
  let i = tokens.length - 1;
  while (i > 0 && ID_SUFFIXES.has(tokens[i] ?? '')) i--;
  return i;
}
