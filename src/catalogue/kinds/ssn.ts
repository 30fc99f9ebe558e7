/**
 * Social Security numbers. Fake: area 666 or 000 (never issued by SSA), group 00 or serial 0000
 * (never issued), or area 9xx outside the ITIN group ranges. Real-looking: every issuable area,
 * the ITIN-shaped 9xx groups, and the two famous numbers that real people used.
 */
import type { Rng } from '../../core/rng.js';
import { digitsOf, placeDigits } from '../shape.js';
import type { FakeOptions, IdentifierKind, Verdict } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

/** ITIN group ranges (9xx-GG-…): 50–65, 70–88, 90–92, 94–99. */
function isItinGroup(group: number): boolean {
  return (
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    group >= 94
  );
}

/** Numbers printed on sample cards and then used by real people as their own. */
const MISUSED = new Set(['078051120', '219099999']);

function fakeDigits(rng: Rng): string {
  const group = String(rng.int(1, 99)).padStart(2, '0');
  const serial = String(rng.int(1, 9999)).padStart(4, '0');
  return `666${group}${serial}`;
}

const DASHED = /^\d{3}-\d{2}-\d{4}$/;
const SEPARATED = /^\d{3}([ .])\d{2}\1\d{4}$/;
const BARE = /^\d{9}$/;

export function ssnVerdict(digits: string): Verdict {
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (MISUSED.has(digits)) return real('number was printed as a sample and then used by real people');
  if (area === 666) return fake('SSN area 666 is never issued by SSA');
  if (area === 0) return fake('SSN area 000 is never issued by SSA');
  if (group === 0) return fake('SSN group 00 is never issued by SSA');
  if (serial === 0) return fake('SSN serial 0000 is never issued by SSA');
  if (area >= 900) {
    if (isItinGroup(group)) return real('number has the form of an IRS ITIN');
    return fake('SSN area 9xx is never issued and the group is outside the ITIN ranges');
  }
  return real('SSN area is in an issued range');
}

/** `4821`, `XXX-XX-4821`, `***-**-4821`, `xxx xx 4821`. */
const LAST_FOUR = /^(?:(?:[Xx*#]{3}[- ]?[Xx*#]{2}[- ]?))?\d{4}$/;

export const ssn: IdentifierKind = {
  id: 'ssn',
  category: 7,
  label: 'Social Security number',
  headerHints: [
    'ssn',
    'ssnum',
    'ssno',
    'socsec',
    'socsecno',
    'socsecnum',
    'socialsecurity',
    'socialsecuritynumber',
    'socialsecurityno',
    'ptssn',
    'patssn',
    'subscriberssn',
    'taxid',
    'ssnlast4',
    'ssnlastfour',
    'last4ssn',
    'lastfourssn',
    'ssn4',
  ],
  provable: true,
  make(rng) {
    const d = fakeDigits(rng);
    return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
  },
  surrogate(original, rng) {
    const n = digitsOf(original).length;
    if (n === 9) return placeDigits(original, fakeDigits(rng));
    // Last-four or odd-length fragments: keep the layout, fill with never-issued digits.
    if (n === 4) return placeDigits(original, '0000');
    return this.make(rng, { style: 'obvious' });
  },
  isFake(value: string, opts: FakeOptions): Verdict {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const v = value.trim();
    // A last-four fragment ("4821", "XXX-XX-4821"): only the never-issued serial 0000 is provably
    // fake — it is what scrub's surrogate writes for such fragments.
    if (LAST_FOUR.test(v)) {
      return digitsOf(v) === '0000'
        ? fake('SSN serial 0000 is never issued by SSA')
        : real('a last-four fragment may belong to an issued SSN');
    }
    if (!(DASHED.test(v) || SEPARATED.test(v) || BARE.test(v))) return real('value is not a complete SSN');
    return ssnVerdict(digitsOf(v));
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 11) return 0;
    if (DASHED.test(v)) return 0.95;
    if (SEPARATED.test(v)) return 0.85;
    if (BARE.test(v)) return 0.5;
    return 0;
  },
};
