/**
 * National Provider Identifiers: 10 digits, Luhn over `80840` + the first 9. The NPI Final Rule
 * issues NPIs only with a leading 1 or 2, so a valid-checksum NPI starting 3–9 is never issued.
 * Validator-friendly mode keeps the leading 1/2 and breaks the check digit instead.
 */
import type { Rng } from '../../core/rng.js';
import { luhnCheckDigit, luhnValid } from '../luhn.js';
import { digitsOf, placeDigits } from '../shape.js';
import type { IdentifierKind, MakeOptions } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const NPI = /^\d{10}$/;

function makeNpi(rng: Rng, opts: MakeOptions): string {
  if (opts.validatorFriendly) {
    const body = String(rng.int(1, 2)) + rng.digits(8);
    return body + String((luhnCheckDigit(`80840${body}`) + rng.int(1, 9)) % 10);
  }
  const body = String(rng.int(3, 9)) + rng.digits(8);
  return body + String(luhnCheckDigit(`80840${body}`));
}

export const npi: IdentifierKind = {
  id: 'npi',
  category: 18,
  label: 'National Provider Identifier',
  headerHints: [
    'npi',
    'npino',
    'npinumber',
    'npinum',
    'providernpi',
    'attendingnpi',
    'renderingnpi',
    'billingnpi',
    'referringnpi',
    'orderingnpi',
    'prescribernpi',
    'pcpnpi',
  ],
  provable: true,
  make: makeNpi,
  surrogate(original, rng, opts) {
    if (digitsOf(original).length !== 10) return makeNpi(rng, opts);
    return placeDigits(original.trim(), makeNpi(rng, opts));
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const d = value.trim();
    if (!NPI.test(d)) return real('value is not an NPI');
    if (d[0] !== '1' && d[0] !== '2') return fake('NPIs are issued only with a leading 1 or 2');
    if (!luhnValid(`80840${d}`)) return fake('NPI check digit is wrong, so it is never issued');
    return real('NPI has the issued form and a valid check digit');
  },
  detect(value) {
    const d = value.trim();
    if (!NPI.test(d)) return 0;
    if (!luhnValid(`80840${d}`)) return 0.15;
    return d[0] === '1' || d[0] === '2' ? 0.8 : 0.6;
  },
};
