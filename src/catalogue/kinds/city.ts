/** Cities and towns: no reserved names exist, so cities are 'unprovable'; placebo makes invented ones. */
import type { IdentifierKind } from '../types.js';
import { siteVerdict, UNPROVABLE } from '../verdict.js';
import { wordLists } from '../word-lists.js';

const CITY = /^[A-Za-z][A-Za-z.'’-]{0,30}(?: [A-Za-z][A-Za-z.'’-]{0,30}){0,3}$/;

let known: { names: Set<string>; prefixes: Set<string>; suffixes: readonly string[] } | undefined;
function cityWords() {
  if (known) return known;
  const l = wordLists();
  known = {
    names: new Set(l.cityName.map((c) => c.toLowerCase())),
    prefixes: new Set(l.cityPrefix.map((c) => c.toLowerCase())),
    suffixes: l.citySuffix.map((c) => c.toLowerCase()),
  };
  return known;
}

export const city: IdentifierKind = {
  id: 'city',
  category: 2,
  label: 'City',
  headerHints: [
    'city',
    'town',
    'cityname',
    'ptcity',
    'patcity',
    'homecity',
    'mailingcity',
    'addrcity',
    'municipality',
    'locality',
    'birthplace',
    'placeofbirth',
    'cityofbirth',
    'cty',
    'ptcty',
    'patcty',
    'homecty',
  ],
  provable: false,
  make(rng) {
    const l = wordLists();
    const base = rng.chance(0.5) ? rng.pick(l.family) : rng.pick(l.given);
    if (rng.chance(0.4)) return `${rng.pick(l.cityPrefix)} ${base}`;
    return `${base}${rng.pick(l.citySuffix)}`;
  },
  surrogate(original, rng) {
    const made = this.make(rng, { style: 'obvious' });
    const v = original.trim();
    if (v.length > 1 && v === v.toUpperCase()) return made.toUpperCase();
    if (v === v.toLowerCase()) return made.toLowerCase();
    return made;
  },
  isFake: (value, opts) => siteVerdict(value, opts) ?? UNPROVABLE,
  detect(value) {
    const v = value.trim();
    if (v.length < 3 || v.length > 60 || !CITY.test(v)) return 0;
    const lower = v.toLowerCase();
    const w = cityWords();
    if (w.names.has(lower)) return 0.6;
    const first = lower.split(' ')[0] ?? '';
    if (w.prefixes.has(first) || w.suffixes.some((s) => lower.endsWith(s))) return 0.5;
    return 0.2;
  },
};
