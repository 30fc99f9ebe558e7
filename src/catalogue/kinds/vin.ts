/**
 * Vehicle identification numbers (17 characters). 49 CFR 565 forbids the letters I, O and Q and
 * requires the position-9 check digit; placebo makes VINs that break the check digit and carry a Q.
 * Caveat: VINs of vehicles never sold in North America may lack a check digit; check reports them fake.
 */
import type { Rng } from '../../core/rng.js';
import type { IdentifierKind, MakeOptions } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const VIN = /^[A-Za-z0-9]{17}$/;
const ALLOWED = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** The position-9 check character ('0'–'9' or 'X'); undefined if a character has no value. */
export function vinCheckChar(vin: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin.charAt(i).toUpperCase();
    const v = ch >= '0' && ch <= '9' ? Number(ch) : LETTER_VALUES[ch];
    if (v === undefined) return undefined;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/**
 * Default: a Q in the descriptor section (forbidden everywhere, ISO 3779 too). Validator-friendly:
 * only allowed letters, with a wrong position-9 check digit.
 */
function makeVin(rng: Rng, opts?: MakeOptions): string {
  // Realistic layout: North American WMI (1–5 + two letters), descriptor, check, year, plant, 6-digit serial.
  const letters = ALLOWED.slice(0, 23);
  const any = (): string => ALLOWED.charAt(rng.int(0, ALLOWED.length - 1));
  const letter = (): string => letters.charAt(rng.int(0, letters.length - 1));
  const chars = [
    String(rng.int(1, 5)),
    letter(),
    letter(),
    any(),
    any(),
    any(),
    any(),
    any(),
    '0',
    letter(),
    letter(),
  ];
  for (let i = 0; i < 6; i++) chars.push(String(rng.int(0, 9)));
  if (!opts?.validatorFriendly) chars[rng.int(3, 7)] = 'Q';
  chars[8] = '0';
  const right = vinCheckChar(chars.map((c) => (c === 'Q' ? '0' : c)).join('')) ?? '0';
  chars[8] = rng.pick('0123456789X'.split('').filter((c) => c !== right));
  return chars.join('');
}

export const vin: IdentifierKind = {
  id: 'vin',
  category: 12,
  label: 'Vehicle identification number',
  headerHints: [
    'vin',
    'vinno',
    'vinnumber',
    'vehicleid',
    'vehicleidentificationnumber',
    'chassisno',
    'chassisnumber',
  ],
  provable: true,
  make: makeVin,
  surrogate(original, rng, opts) {
    const made = makeVin(rng, opts);
    const v = original.trim();
    return v === v.toLowerCase() && /[a-z]/.test(v) ? made.toLowerCase() : made;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const v = value.trim().toUpperCase();
    if (!VIN.test(v)) return real('value is not a VIN');
    if (/[IOQ]/.test(v)) return fake('VIN holds I, O or Q, which 49 CFR 565 forbids');
    if (vinCheckChar(v) !== v[8]) return fake('VIN check digit (position nine) is wrong');
    return real('VIN has a valid check digit');
  },
  detect(value) {
    const v = value.trim();
    if (!VIN.test(v)) return 0;
    const u = v.toUpperCase();
    const digits = u.replace(/[^0-9]/g, '').length;
    if (digits < 4 || digits > 15) return 0.1;
    if (!/[IOQ]/.test(u) && vinCheckChar(u) === u[8]) return 0.95;
    return 0.6;
  },
};
