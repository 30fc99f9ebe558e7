/**
 * ZIP codes. Fake: prefix 000, which USPS never assigns (the lowest ZIP in use is 00501). It is
 * also the prefix Safe Harbor substitutes for small ZIP3 areas, so scrubbed and fake data agree.
 */
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const ZIP5 = /^\d{5}$/;
const ZIP9 = /^\d{5}-\d{4}$/;
const ZIP9_BARE = /^\d{9}$/;
const ZIP3 = /^\d{3}$/;

export const zip: IdentifierKind = {
  id: 'zip',
  category: 2,
  label: 'ZIP code',
  headerHints: [
    'zip',
    'zipcode',
    'zip5',
    'zip9',
    'zip4',
    'zip3',
    'postalcode',
    'postcode',
    'postal',
    'ptzip',
    'patzip',
    'homezip',
    'mailingzip',
    'addrzip',
  ],
  provable: true,
  make(rng) {
    return `000${String(rng.int(1, 99)).padStart(2, '0')}`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    const nn = String(rng.int(1, 99)).padStart(2, '0');
    if (ZIP3.test(v)) return '000';
    if (ZIP9.test(v)) return `000${nn}-${rng.digits(4)}`;
    if (ZIP9_BARE.test(v)) return `000${nn}${rng.digits(4)}`;
    return `000${nn}`;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const v = value.trim();
    if (!(ZIP5.test(v) || ZIP9.test(v) || ZIP9_BARE.test(v) || ZIP3.test(v)))
      return real('value is not a ZIP code');
    if (v.startsWith('000')) return fake('ZIP prefix 000 is never assigned by USPS');
    // A bare three-digit prefix is what Safe Harbor lets a data set keep: not an identifier alone.
    if (ZIP3.test(v)) return { status: 'unprovable' };
    return real('ZIP prefix is in use by USPS');
  },
  detect(value) {
    const v = value.trim();
    if (ZIP9.test(v)) return 0.85;
    if (ZIP5.test(v)) return 0.6;
    return 0;
  },
};
