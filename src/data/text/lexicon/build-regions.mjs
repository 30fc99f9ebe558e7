// One-off builder for regions.txt: US state names and country names from @faker-js/faker's en
// locale (MIT, a dependency). Safe Harbor keeps states and countries, so a cue-led town rule must
// not take them. Run: node src/data/text/lexicon/build-regions.mjs
import { writeFileSync } from 'node:fs';
import { en } from '@faker-js/faker';

const names = new Set([...en.location.state, ...en.location.country].map((n) => n.trim()));
writeFileSync(new URL('regions.txt', import.meta.url), `${[...names].sort().join('\n')}\n`);
console.log({ regions: names.size });
