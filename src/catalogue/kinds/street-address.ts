/**
 * Street addresses. No street is reserved, so an address is 'unprovable' unless it carries the
 * ZZTEST marker or the never-assigned ZIP prefix 000 (`… , MA 00042`).
 */
import type { Rng } from '../../core/rng.js';
import { hasNameMarker } from '../names.js';
import { applyCase, caseOf } from '../shape.js';
import type { IdentifierKind } from '../types.js';
import { fake, siteVerdict, UNPROVABLE } from '../verdict.js';
import { wordLists } from '../word-lists.js';

const ABBREVIATIONS = [
  'st',
  'ave',
  'av',
  'rd',
  'blvd',
  'dr',
  'ln',
  'ct',
  'pl',
  'way',
  'cir',
  'pkwy',
  'hwy',
  'ter',
  'trl',
  'sq',
  'loop',
  'pike',
  'row',
  'run',
];
const UNIT_WORDS = new Set([
  'apt',
  'apartment',
  'suite',
  'ste',
  'unit',
  '#',
  'fl',
  'floor',
  'bldg',
  'building',
  'rm',
  'room',
  'lot',
  'spc',
  'space',
]);
const PO_BOX = /^p\.?\s?o\.?\s?box\s{1,3}\d{1,8}$/i;
const FAKE_ZIP = /\b000\d{2}(?:-\d{4})?$/;

let suffixes: Set<string> | undefined;
function streetSuffixes(): Set<string> {
  suffixes ??= new Set([...wordLists().streetSuffix.map((s) => s.toLowerCase()), ...ABBREVIATIONS]);
  return suffixes;
}

function makeStreet(rng: Rng): string {
  const lists = wordLists();
  const name = rng.chance(0.5) ? rng.pick(lists.family) : rng.pick(lists.given);
  const unit = rng.chance(0.2) ? `, ${rng.pick(['Apt.', 'Suite', 'Unit'])} ${rng.int(1, 999)}` : '';
  return `${rng.int(1, 9999)} ${name} ${rng.pick(lists.streetSuffix)}${unit}`;
}

export const streetAddress: IdentifierKind = {
  id: 'street-address',
  category: 2,
  label: 'Street address',
  headerHints: [
    'addr',
    'addr1',
    'addr2',
    'address',
    'address1',
    'address2',
    'addressline',
    'addressline1',
    'addressline2',
    'addresslines',
    'addrline',
    'addrline1',
    'addressstreet',
    'street',
    'streetaddress',
    'streetaddr',
    'street1',
    'street2',
    'homeaddress',
    'mailingaddress',
    'residence',
    'line1',
    'line2',
  ],
  provable: false,
  make: makeStreet,
  surrogate(original, rng) {
    const tokens = original.length > 200 ? [] : original.trim().split(/(\s+)/);
    const sfx = streetSuffixes();
    const suffixAt = tokens.findIndex((t, i) => i > 0 && sfx.has(t.toLowerCase().replace(/[.,]$/, '')));
    if (suffixAt < 0 || !/^\d/.test(tokens[0] ?? '')) return makeStreet(rng);
    const lists = wordLists();
    const style = caseOf(tokens.slice(2, suffixAt).join(''));
    const name = applyCase(rng.pick(lists.family), style === 'mixed' ? 'title' : style);
    const redraw = (t: string): string => t.replace(/\d/g, () => String(rng.int(0, 9)));
    const number = redraw(tokens[0] ?? '1').replace(/^0/, '1');
    // Keep the suffix and a unit designator with redrawn numbers; drop anything after them
    // (a trailing city, state or ZIP would carry identifiers of its own).
    const kept: string[] = [tokens[suffixAt] ?? ''];
    for (const t of tokens.slice(suffixAt + 1)) {
      const bare = t.toLowerCase().replace(/[.,:]/g, '');
      if (/^\s+$/.test(t) || UNIT_WORDS.has(bare) || /^#?\d{1,6}[a-z]?,?$/i.test(t)) kept.push(redraw(t));
      else break;
    }
    return `${number} ${name} ${kept.join('').replace(/[\s,]+$/, '')}`;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    if (hasNameMarker(value)) return fake('address carries the ZZTEST marker');
    if (FAKE_ZIP.test(value.trim())) return fake('address ends in ZIP prefix 000, never assigned by USPS');
    return UNPROVABLE;
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 120) return 0;
    if (PO_BOX.test(v)) return 0.7;
    const tokens = v.split(/\s+/);
    if (tokens.length < 3 || !/^\d{1,6}[A-Za-z]?$/.test(tokens[0] ?? '')) return 0;
    const sfx = streetSuffixes();
    return tokens.slice(2).some((t) => sfx.has(t.toLowerCase().replace(/[.,]$/, ''))) ? 0.8 : 0.3;
  },
};
