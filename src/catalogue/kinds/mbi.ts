/**
 * Medicare Beneficiary Identifiers (11 characters: C A AN N A AN N A A N N). CMS never uses the
 * letters S, L, O, I, B, Z, so an MBI-shaped value holding one is never issued; placebo puts S in
 * position 2, as CMS's own synthetic data does (`1S00A00AA00`).
 */
import type { Rng } from '../../core/rng.js';
import { MixedRadix } from '../mixed-radix.js';
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const VALID_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const VALID_ALNUM = `0123456789${VALID_LETTERS}`;
const EXCLUDED = /[SLOIBZ]/;
/** Positions: C=1-9, A=letter, N=digit, X=letter or digit. */
const LAYOUT = 'CAXNAXNAANN';
const SHAPE = /^[0-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}$/;
const PRINTED = /^[0-9A-Za-z]{4}-[0-9A-Za-z]{3}-[0-9A-Za-z]{4}$/;

function compact(value: string): string | undefined {
  const v = value.trim();
  if (v.length === 11 || (v.length === 13 && PRINTED.test(v))) {
    const c = v.replace(/-/g, '').toUpperCase();
    return SHAPE.test(c) ? c : undefined;
  }
  return undefined;
}

function makeCompact(rng: Rng): string {
  let out = '';
  for (let i = 0; i < LAYOUT.length; i++) {
    const slot = LAYOUT[i];
    if (i === 1) out += 'S';
    else if (slot === 'C') out += String(rng.int(1, 9));
    else if (slot === 'N') out += String(rng.int(0, 9));
    else if (slot === 'A') out += VALID_LETTERS.charAt(rng.int(0, VALID_LETTERS.length - 1));
    else out += VALID_ALNUM.charAt(rng.int(0, VALID_ALNUM.length - 1));
  }
  return out;
}

/** Every MBI `make` can write (S in position 2), numbered: 648,000,000,000 of them. */
const LAYOUT_ALPHABETS = new MixedRadix(
  [...LAYOUT].map((slot, i) =>
    i === 1
      ? 'S'
      : slot === 'C'
        ? '123456789'
        : slot === 'N'
          ? '0123456789'
          : slot === 'A'
            ? VALID_LETTERS
            : VALID_ALNUM,
  ),
);

export const mbi: IdentifierKind = {
  id: 'mbi',
  category: 9,
  label: 'Medicare Beneficiary Identifier',
  writtenForm: 'code',
  headerHints: [
    'mbi',
    'medicarebeneficiaryid',
    'medicarebeneficiaryidentifier',
    'mbinumber',
    'mbino',
    'medicarembi',
    'medicareno',
    'medicarenumber',
  ],
  provable: true,
  space: {
    tiers: [LAYOUT_ALPHABETS.size],
    perPerson: true,
    encode: (n) => LAYOUT_ALPHABETS.encode(n),
    decode: (value) => LAYOUT_ALPHABETS.decode(value),
  },
  make(rng) {
    return makeCompact(rng);
  },
  surrogate(original, rng) {
    const v = original.trim();
    let c = makeCompact(rng);
    if (v === v.toLowerCase() && /[a-z]/.test(v)) c = c.toLowerCase();
    if (PRINTED.test(v)) return `${c.slice(0, 4)}-${c.slice(4, 7)}-${c.slice(7)}`;
    return c;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const c = compact(value);
    if (!c) return real('value is not an MBI');
    if (EXCLUDED.test(c)) return fake('MBI holds a letter CMS never uses (S, L, O, I, B or Z)');
    if (c.startsWith('0')) return fake('MBI position one is never zero');
    return real('MBI has the form CMS issues');
  },
  detect(value) {
    const c = compact(value);
    if (!c) return 0;
    return EXCLUDED.test(c) || c.startsWith('0') ? 0.75 : 0.9;
  },
};
