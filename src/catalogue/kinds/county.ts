/** Counties, parishes and boroughs: 'unprovable' (no reserved names); placebo picks from a word list. */
import type { IdentifierKind } from '../types.js';
import { siteVerdict, UNPROVABLE } from '../verdict.js';
import { wordLists } from '../word-lists.js';

const COUNTY = /^[A-Za-z][A-Za-z.'’ -]{0,40} (?:county|parish|borough|census area|municipality)$/i;

export const county: IdentifierKind = {
  id: 'county',
  category: 2,
  label: 'County',
  headerHints: [
    'county',
    'cnty',
    'countyname',
    'countyname',
    'parish',
    'borough',
    'ptcounty',
    'countyofresidence',
    'countyfips',
    'fipscounty',
  ],
  provable: false,
  make(rng) {
    return rng.pick(wordLists().county);
  },
  surrogate(original, rng) {
    const made = this.make(rng, { style: 'obvious' });
    const v = original.trim();
    return v.length > 1 && v === v.toUpperCase() ? made.toUpperCase() : made;
  },
  isFake: (value, opts) => siteVerdict(value, opts) ?? UNPROVABLE,
  detect(value) {
    const v = value.trim();
    if (v.length > 60) return 0;
    return COUNTY.test(v) ? 0.85 : 0;
  },
};
