/**
 * Name, street, city and company word lists, taken from faker-js's English locale data
 * (MIT licence) through a generated copy (src/data/catalogue/faker-en.ts), so scrub and check do
 * not load faker. We draw from them with our own Rng, so output is deterministic and does not
 * depend on faker's generator or its version's algorithms.
 */
import { COMMON_SURNAMES } from '../data/catalogue/common-surnames.js';
import { FAKER_EN } from '../data/catalogue/faker-en.js';

interface Lists {
  given: readonly string[];
  givenFemale: readonly string[];
  givenMale: readonly string[];
  family: readonly string[];
  streetSuffix: readonly string[];
  cityName: readonly string[];
  cityPrefix: readonly string[];
  citySuffix: readonly string[];
  county: readonly string[];
  companySuffix: readonly string[];
  givenSet: ReadonlySet<string>;
  familySet: ReadonlySet<string>;
}

let cached: Lists | undefined;

const strings = (key: string): string[] => [...(FAKER_EN[key] ?? [])];

/** Only plain letters: keeps generated names free of apostrophes and spaces that complicate shapes. */
function clean(list: string[]): string[] {
  return [...new Set(list.filter((w) => /^[A-Z][a-z]{1,14}$/.test(w)))].sort();
}

export function wordLists(): Lists {
  if (cached) return cached;
  const given = clean(strings('firstName'));
  const family = clean(strings('lastName'));
  const byKey = (key: string) => {
    const own = clean(strings(key));
    return own.length > 0 ? own : given;
  };
  cached = {
    given,
    givenFemale: byKey('firstNameFemale'),
    givenMale: byKey('firstNameMale'),
    family,
    streetSuffix: clean(strings('streetSuffix')),
    cityName: strings('cityName'),
    cityPrefix: strings('cityPrefix'),
    citySuffix: strings('citySuffix'),
    county: strings('county').filter((c) => / (?:County|Parish|Borough)$/.test(c)),
    companySuffix: ['Inc', 'LLC', 'Group', 'Corp', 'Co', 'Partners', 'Holdings', 'Services'],
    givenSet: new Set(given.map((w) => w.toLowerCase())),
    familySet: new Set([...family, ...COMMON_SURNAMES].map((w) => w.toLowerCase())),
  };
  return cached;
}

let byLength: Map<number, string[]> | undefined;

/** Given and family names of exactly `length` letters (empty when none), for shape-keeping text. */
export function namesOfLength(length: number): readonly string[] {
  if (!byLength) {
    byLength = new Map();
    const l = wordLists();
    for (const w of [...l.given, ...l.family]) {
      const list = byLength.get(w.length) ?? [];
      list.push(w);
      byLength.set(w.length, list);
    }
  }
  return byLength.get(length) ?? [];
}
