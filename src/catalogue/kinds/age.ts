/**
 * Ages. Only ages over 89 are Safe Harbor identifiers (they collapse into "90 or older"), so an
 * age ≤ 89 or the aggregate "90+" is 'unprovable' and a stated age over 89 is reported.
 */
import type { IdentifierKind } from '../types.js';
import { real, siteVerdict, UNPROVABLE } from '../verdict.js';

const AGE = /^(\d{1,3})(\s{0,2}(?:y|yo|yr|yrs|years?(?: old)?|y\/o))?$/i;
const AGGREGATE = /^(?:90\s?\+|>\s?89|>=\s?90|90 (?:or|and) (?:older|over))$/i;

export const age: IdentifierKind = {
  id: 'age',
  category: 3,
  label: 'Age',
  headerHints: [
    'age',
    'ageyears',
    'ageyrs',
    'ptage',
    'patientage',
    'ageatvisit',
    'ageatadmit',
    'ageatdeath',
    'ageatdx',
    'currentage',
  ],
  provable: false,
  make: (rng) => String(rng.int(0, 89)),
  surrogate(original, rng) {
    const m = AGE.exec(original.trim());
    const n = String(rng.int(18, 89));
    return m ? n + (m[2] ?? '') : n;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const m = AGE.exec(value.trim());
    if (m && Number(m[1]) > 89)
      return real('ages over eighty-nine are themselves identifiers under Safe Harbor');
    return UNPROVABLE;
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 20) return 0;
    if (AGGREGATE.test(v)) return 0.7;
    const m = AGE.exec(v);
    if (!m || Number(m[1]) > 120) return 0;
    return m[2] ? 0.75 : 0.5;
  },
};
