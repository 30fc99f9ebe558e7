/**
 * Shared rules for person names.
 *
 * Markers (documented in docs/catalogue.md):
 * - style `obvious`: the family name is prefixed `ZZTEST-` (sorts last in patient lists, filters out
 *   of reports); given names stay unmarked. A family or full name without it is not provably fake.
 * - style `realistic`: no visible ZZTEST; instead every given and family name carries a Synthea-style
 *   3-digit suffix (`Daffy604 Duck512`). Real names never end in digits, so a name word that ends in
 *   a letter followed by exactly 3 digits is the realistic-style proof. `ZZTEST` is accepted too.
 */
import type { Rng } from '../core/rng.js';
import { applyCase, caseOf } from './shape.js';
import type { FakeOptions, MakeOptions, Style, Verdict } from './types.js';
import { fake, real, siteVerdict, UNPROVABLE } from './verdict.js';
import { wordLists } from './word-lists.js';

export const NAME_MARKER = 'ZZTEST';
const MARKED_WORD = /^zztest/i;
const SUFFIXED_WORD = /[A-Za-z]\d{3}$/;
const WORDS = /[A-Za-z][A-Za-z0-9'’-]*|[^A-Za-z]+/g;
/** Lower-case particles of family names (de la Cruz, van der Berg): kept as written, never a name on their own. */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'der',
  'den',
  'la',
  'le',
  'van',
  'von',
  'du',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'sr']);

export type NameRole = 'given' | 'family';

/** A 3-digit synthetic suffix (100–999, so it is always exactly three digits). */
export function nameSuffix(rng: Rng): string {
  return String(rng.int(100, 999));
}

export function makeGiven(rng: Rng, style: Style, sex?: 'female' | 'male'): string {
  const lists = wordLists();
  const name = rng.pick(
    sex === 'female' ? lists.givenFemale : sex === 'male' ? lists.givenMale : lists.given,
  );
  return style === 'realistic' ? name + nameSuffix(rng) : name;
}

export function makeFamily(rng: Rng, style: Style): string {
  const name = rng.pick(wordLists().family);
  return style === 'realistic' ? name + nameSuffix(rng) : `${NAME_MARKER}-${name}`;
}

/** A name made only of initials: `M.Z.`, `M. Z.`, a lone `M` or `M.`. */
const INITIALS_ONLY = /^(?:\p{Lu}\.\s*){1,4}$|^\p{Lu}\.?$/u;

function words(value: string): string[] {
  return value.match(WORDS) ?? [];
}

function isWord(token: string): boolean {
  return /^[A-Za-z]/.test(token);
}

export function hasNameMarker(value: string): boolean {
  return words(value).some((w) => MARKED_WORD.test(w));
}

export function hasNameSuffix(value: string): boolean {
  return words(value).some((w) => isWord(w) && SUFFIXED_WORD.test(w));
}

/**
 * Fakeness of a name value. `unmarkedIs` says what an unmarked name is in style `obvious`:
 * 'real' for family / full / employer names, 'unprovable' for given names (left unmarked by design).
 */
export function nameVerdict(value: string, opts: FakeOptions, unmarkedIs: 'real' | 'unprovable'): Verdict {
  const site = siteVerdict(value, opts);
  if (site) return site;
  // "M.Z.": initials have no room for a marker, so nothing can prove them fake (or real).
  if (INITIALS_ONLY.test(value.trim())) return UNPROVABLE;
  if (hasNameMarker(value)) return fake('name carries the ZZTEST marker');
  if (opts.style === 'realistic') {
    if (hasNameSuffix(value)) return fake('name carries the 3-digit synthetic suffix');
    return real('name lacks the ZZTEST marker and the three-digit synthetic suffix');
  }
  return unmarkedIs === 'real' ? real('name lacks the ZZTEST marker') : UNPROVABLE;
}

/** Credentials after a clinician's name ("Ines Halloran, MD", "NAKAMURA, MARCUS PA-C"): kept as written. */
const CREDENTIALS = new Set(
  'MD RN NP LPN MSW LCSW LICSW LMSW PHD PHARMD DDS DMD CRNA APRN FNP DNP BSN MSN RRT CNM CNA EMT PA-C NP-C FACP FACS MPH DPT SLP OTR JR SR II III IV ESQ'.split(
    ' ',
  ),
);
/** Credentials that are also names or words (Do, Pa, Ma): only after a "Last, First" comma or another credential. */
const AMBIGUOUS_CREDENTIALS = new Set(['DO', 'PA', 'PT', 'OT', 'RD', 'MA', 'DC', 'OD']);

/** Word indexes of trailing credentials; never the first word (the name itself). */
function credentialIndexes(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  const wordsAt = tokens.map((t, i) => [t, i] as const).filter(([t]) => isWord(t));
  const commaAt = tokens.findIndex((t) => t.includes(','));
  for (let w = wordsAt.length - 1; w >= 1; w--) {
    const [tok, i] = wordsAt[w] as readonly [string, number];
    const upper = tok.toUpperCase();
    const written = tok === upper || tok === 'PhD' || tok === 'PharmD' || tok === 'Jr' || tok === 'Sr';
    const plain = CREDENTIALS.has(upper.replace(/\.$/, '')) && written;
    const ambiguous =
      AMBIGUOUS_CREDENTIALS.has(upper) && tok === upper && ((commaAt >= 0 && commaAt < i) || out.size > 0);
    if (!plain && !ambiguous) break;
    out.add(i);
  }
  return out;
}

/** Which word indexes of a full name are family names: before the comma, else the last real word. */
function familyIndexes(tokens: readonly string[], skip: ReadonlySet<number> = new Set()): Set<number> {
  const out = new Set<number>();
  const commaAt = tokens.findIndex((t) => t.includes(','));
  const nameIdx = tokens
    .map((t, i) => [t, i] as const)
    .filter(
      ([t, i]) =>
        isWord(t) && t.length > 1 && !TITLES.has(t.toLowerCase()) && !PARTICLES.has(t) && !skip.has(i),
    )
    .map(([, i]) => i);
  if (commaAt >= 0) {
    for (const i of nameIdx) if (i < commaAt) out.add(i);
    if (out.size > 0) return out;
  }
  const last = nameIdx[nameIdx.length - 1];
  // A lone name word in a full-name field is treated as the family name, so it gets the marker.
  if (last !== undefined) out.add(last);
  return out;
}

/**
 * Replace every name word of `original` by a drawn name of the same case, keeping separators,
 * titles and the order (`DOE, JOHN A` → `ZZTEST-DUCK, DAFFY Q`). `role` forces all words to one role.
 */
export function surrogateName(original: string, rng: Rng, opts: MakeOptions, role?: NameRole): string {
  // A name field past a few hundred characters is not a name: make a fresh one instead of mirroring it.
  const tokens = original.length > 256 ? [] : words(original.trim());
  if (!tokens.some(isWord)) {
    return role === 'given' ? makeGiven(rng, opts.style) : makeFamily(rng, opts.style);
  }
  const credentials = role ? new Set<number>() : credentialIndexes(tokens);
  const family =
    role === 'family'
      ? new Set(tokens.map((_, i) => i))
      : role === 'given'
        ? new Set<number>()
        : familyIndexes(tokens, credentials);
  let marked = false;
  const lists = wordLists();
  return tokens
    .map((tok, i) => {
      if (!isWord(tok) || credentials.has(i)) return tok;
      if (TITLES.has(tok.toLowerCase().replace(/\.$/, ''))) return tok;
      if (PARTICLES.has(tok) && i > 0) return tok;
      const style = caseOf(tok);
      if (tok.replace(/[^A-Za-z]/g, '').length === 1) {
        return (
          applyCase(String.fromCharCode(65 + rng.int(0, 25)), style === 'lower' ? 'lower' : 'upper') +
          tok.slice(1)
        );
      }
      const isFamily = family.has(i);
      const role: NameRole = isFamily ? 'family' : 'given';
      const given =
        opts.sex === 'female' ? lists.givenFemale : opts.sex === 'male' ? lists.givenMale : lists.given;
      let name = applyCase(
        opts.nameFor?.(role, tok, opts.sex) ?? rng.pick(isFamily ? lists.family : given),
        style === 'mixed' ? 'title' : style,
      );
      if (opts.style === 'realistic') name += nameSuffix(rng);
      else if (isFamily && !marked) {
        name = `${applyCase(NAME_MARKER, style === 'lower' ? 'lower' : 'upper')}-${name}`;
        marked = true;
      }
      return name;
    })
    .join('');
}

/** Strip an obvious-style marker and a realistic-style suffix from one name word. */
export function bareName(word: string): string {
  return word.replace(/^zztest-?/i, '').replace(/\d{3}$/, '');
}

/** Confidence that a single word (after stripping markers) is a name from the given / family list. */
export function nameWordScore(word: string, role: NameRole): number {
  const bare = bareName(word);
  if (!/^[A-Za-z][A-Za-z'’-]{0,30}$/.test(bare)) return 0;
  const set = role === 'given' ? wordLists().givenSet : wordLists().familySet;
  if (set.has(bare.toLowerCase())) return 0.75;
  const other = role === 'given' ? wordLists().familySet : wordLists().givenSet;
  if (other.has(bare.toLowerCase())) return 0.5;
  return caseOf(bare) === 'title' || caseOf(bare) === 'upper' ? 0.25 : 0.1;
}

export { isWord as isNameWord, words as nameTokens };
