/**
 * Social Security numbers. Fake: area 666 or 000 (never issued by SSA), group 00 or serial 0000
 * (never issued), or area 9xx outside the ITIN and ATIN group ranges. Real-looking: every
 * issuable area, the ITIN- and ATIN-shaped 9xx groups, and the two famous numbers that real
 * people used.
 */
import type { Rng } from '../../core/rng.js';
import { digitsOf, placeDigits } from '../shape.js';
import type { FakeOptions, IdentifierKind, IdentifierSpace, Verdict } from '../types.js';
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

/** The IRS issues adoption taxpayer numbers (ATINs) as 9xx-93-xxxx. */
const ATIN_GROUP = 93;

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
    if (group === ATIN_GROUP) return real('number has the form of an IRS ATIN');
    return fake('SSN area 9xx is never issued and the group is outside the ITIN ranges');
  }
  return real('SSN area is in an issued range');
}

/**
 * The fake SSNs, numbered in the order generate uses them: area 666, then area 000 (the visibly
 * fake forms), then never-issued forms in other areas: group 00, serial 0000, and last area 9xx
 * with a group outside the ITIN and ATIN ranges. 66,073,402 numbers in all.
 */
const OTHER_AREAS = 998; // 001–999 without 666
const T4_GROUPS = Array.from({ length: 99 }, (_, i) => i + 1).filter(
  (g) => !isItinGroup(g) && g !== ATIN_GROUP,
);
const TIERS = [1e6, 1e6, OTHER_AREAS * 1e4, OTHER_AREAS * 99, 100 * T4_GROUPS.length * 9999] as const;

const areaAt = (i: number): number => i + 1 + (i + 1 >= 666 ? 1 : 0);
const areaIndex = (area: number): number => area - 1 - (area > 666 ? 1 : 0);
const dashed = (area: number, group: number, serial: number): string =>
  `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;

function encodeSsn(n: number): string {
  let k = n;
  if (k < TIERS[0]) return dashed(666, Math.floor(k / 1e4), k % 1e4);
  k -= TIERS[0];
  if (k < TIERS[1]) return dashed(0, Math.floor(k / 1e4), k % 1e4);
  k -= TIERS[1];
  if (k < TIERS[2]) return dashed(areaAt(Math.floor(k / 1e4)), 0, k % 1e4);
  k -= TIERS[2];
  if (k < TIERS[3]) return dashed(areaAt(Math.floor(k / 99)), (k % 99) + 1, 0);
  k -= TIERS[3];
  const serial = (k % 9999) + 1;
  const rest = Math.floor(k / 9999);
  return dashed(900 + Math.floor(rest / T4_GROUPS.length), T4_GROUPS[rest % T4_GROUPS.length]!, serial);
}

function decodeSsn(value: string): number | undefined {
  if (!DASHED.test(value)) return undefined;
  const area = Number(value.slice(0, 3));
  const group = Number(value.slice(4, 6));
  const serial = Number(value.slice(7));
  if (area === 666) return group * 1e4 + serial;
  if (area === 0) return TIERS[0] + group * 1e4 + serial;
  let base = TIERS[0] + TIERS[1];
  if (group === 0) return base + areaIndex(area) * 1e4 + serial;
  base += TIERS[2];
  if (serial === 0) return base + areaIndex(area) * 99 + group - 1;
  base += TIERS[3];
  const g = T4_GROUPS.indexOf(group);
  if (area < 900 || g < 0) return undefined;
  return base + ((area - 900) * T4_GROUPS.length + g) * 9999 + serial - 1;
}

const ssnSpace: IdentifierSpace = { tiers: TIERS, perPerson: true, encode: encodeSsn, decode: decodeSsn };

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
  space: ssnSpace,
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
