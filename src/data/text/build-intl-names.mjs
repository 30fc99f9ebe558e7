// One-off builder for given-names-intl.txt and family-names-intl.txt: the Latin-script first and
// last names of every @faker-js/faker locale (MIT, a dependency), so that names common outside the
// US Census lists (Priya, Agnieszka, Ngozi, Ximena) are known too. Run: node build-intl-names.mjs
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

const LATIN = /^[A-Za-zÀ-ÖØ-öø-ÿ'’-]{2,}$/;
const flat = (x) => (Array.isArray(x) ? x : x && typeof x === 'object' ? Object.values(x).flat() : []);
const given = new Set();
const family = new Set();
for (const locale of Object.values(allLocales)) {
  const p = locale.person;
  if (!p) continue;
  for (const n of flat(p.first_name)) if (typeof n === 'string' && LATIN.test(n)) given.add(n);
  for (const n of flat(p.last_name)) if (typeof n === 'string' && LATIN.test(n)) family.add(n);
}
const out = (file, set) => writeFileSync(new URL(file, import.meta.url), `${[...set].sort().join('\n')}\n`);
out('given-names-intl.txt', given);
out('family-names-intl.txt', family);
console.log({ given: given.size, family: family.size });
