/** Family names: `ZZTEST-` prefix (obvious) or the 3-digit synthetic suffix (realistic). */
import {
  hasNameMarker,
  makeFamily,
  nameTokens,
  nameVerdict,
  nameWordScore,
  surrogateName,
} from '../names.js';
import type { IdentifierKind } from '../types.js';

export const familyName: IdentifierKind = {
  id: 'family-name',
  category: 1,
  label: 'Family name',
  headerHints: [
    'lname',
    'lastname',
    'surname',
    'familyname',

    'lastnm',
    'ptlname',
    'patlname',
    'ptlastname',
    'maidenname',
    'mothersmaiden',
    'mothersmaidenname',
    'maiden',
    'mothersmaidenname',
    'birthname',
    'last',
    'ptlast',
    'patlast',
  ],
  provable: true,
  make: (rng, opts) => makeFamily(rng, opts.style),
  surrogate: (original, rng, opts) => surrogateName(original, rng, opts, 'family'),
  isFake: (value, opts) => nameVerdict(value, opts, 'real'),
  detect(value) {
    const v = value.trim();
    if (v.length > 40) return 0;
    if (/^zztest-[A-Za-z'’-]{1,30}$/i.test(v)) return 0.9;
    const tokens = nameTokens(v);
    if (tokens.length !== 1) return 0;
    return hasNameMarker(v) ? 0.9 : nameWordScore(v, 'family');
  },
};
