/**
 * Name, street, city and company word lists, taken from faker-js's English locale data
 * (MIT licence). We use only the data arrays and draw from them with our own Rng, so output is
 * deterministic and does not depend on faker's generator or its version's algorithms.
 */
import { faker } from '@faker-js/faker/locale/en';
import { COMMON_SURNAMES } from '../data/catalogue/common-surnames.js';

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

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Only plain letters: keeps generated names free of apostrophes and spaces that complicate shapes. */
function clean(list: string[]): string[] {
  return [...new Set(list.filter((w) => /^[A-Z][a-z]{1,14}$/.test(w)))].sort();
}

export function wordLists(): Lists {
  if (cached) return cached;
  const d = faker.rawDefinitions;
  const given = clean(strings(d.person?.first_name));
  const family = clean(strings(d.person?.last_name));
  const byKey = (key: string) => {
    const lists = d.person?.first_name as Record<string, unknown> | undefined;
    const own = clean(strings(lists?.[key]));
    return own.length > 0 ? own : given;
  };
  cached = {
    given,
    givenFemale: byKey('female'),
    givenMale: byKey('male'),
    family,
    streetSuffix: clean(strings(d.location?.street_suffix)),
    cityName: strings(d.location?.city_name),
    cityPrefix: strings(d.location?.city_prefix),
    citySuffix: strings(d.location?.city_suffix),
    county: strings(d.location?.county).filter((c) => / (?:County|Parish|Borough)$/.test(c)),
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
