/**
 * Given names. Obvious style leaves them unmarked (the family name carries ZZTEST), so an unmarked
 * given name is 'unprovable' there; realistic style appends the 3-digit synthetic suffix.
 */
import { makeGiven, nameTokens, nameVerdict, nameWordScore, surrogateName } from '../names.js';
import type { IdentifierKind } from '../types.js';

export const givenName: IdentifierKind = {
  id: 'given-name',
  category: 1,
  label: 'Given name',
  headerHints: [
    'fname',
    'firstname',
    'givenname',

    'firstnm',
    'ptfname',
    'patfname',
    'ptfirstname',
    'forename',
    'middlename',
    'middleinit',
    'middleinitial',
    'middle',
    'mname',

    'middleinitial',
    'mi',
    'nickname',
    'preferredname',
    'first',
    'frstnm',
    'ptfirst',
    'patfirst',
  ],
  // Not provable in the default obvious style, where given names carry no marker by design.
  provable: false,
  make: (rng, opts) => makeGiven(rng, opts.style, opts.sex),
  surrogate: (original, rng, opts) => surrogateName(original, rng, opts, 'given'),
  isFake: (value, opts) => nameVerdict(value, opts, 'unprovable'),
  detect(value) {
    const v = value.trim();
    if (v.length > 40) return 0;
    const tokens = nameTokens(v);
    if (tokens.length !== 1) return 0;
    return nameWordScore(v, 'given');
  },
};
