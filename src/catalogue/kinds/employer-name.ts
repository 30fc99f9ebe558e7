/** Employer names (Safe Harbor counts employers of the individual): ZZTEST prefix or 3-digit suffix. */

import type { Rng } from '../../core/rng.js';
import { hasNameMarker, nameSuffix, nameVerdict } from '../names.js';
import { applyCase, caseOf } from '../shape.js';
import type { IdentifierKind, MakeOptions } from '../types.js';
import { wordLists } from '../word-lists.js';

const COMPANY =
  /\b(?:inc|llc|llp|ltd|corp|corporation|co|company|group|partners|holdings|services|hospital|clinic|health|university|college|school|district|bank|foundation|associates)\.?$/i;

function makeEmployer(rng: Rng, opts: MakeOptions): string {
  const lists = wordLists();
  const suffix = rng.pick(lists.companySuffix);
  const base = rng.pick(lists.family);
  if (opts.style === 'realistic') return `${base}${nameSuffix(rng)} ${suffix}`;
  return `ZZTEST ${base} ${suffix}`;
}

export const employerName: IdentifierKind = {
  id: 'employer-name',
  category: 1,
  label: 'Employer name',
  headerHints: [
    'employer',
    'employername',
    'employernm',
    'company',
    'companyname',
    'workplace',
    'occupationemployer',
    'ptemployer',
    'guarantoremployer',
    'emplname',
  ],
  provable: true,
  make: makeEmployer,
  surrogate(original, rng, opts) {
    const made = makeEmployer(rng, opts);
    const style = caseOf(original);
    return style === 'upper' || style === 'lower' ? applyCase(made, style) : made;
  },
  isFake: (value, opts) => nameVerdict(value, opts, 'real'),
  detect(value) {
    const v = value.trim();
    if (v.length > 100 || !/^[A-Za-z0-9&'’.,\- ]+$/.test(v)) return 0;
    if (COMPANY.test(v)) return hasNameMarker(v) ? 0.75 : 0.6;
    return hasNameMarker(v) ? 0.5 : 0;
  },
};
