/**
 * DEA registration numbers: two letters, six digits and a check digit equal to the last digit of
 * (d1+d3+d5) + 2·(d2+d4+d6). No test range is published, so placebo breaks the check digit.
 */
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const DEA = /^[A-Za-z][A-Za-z9]\d{7}$/;
/** Registrant-type letters used for practitioners and mid-levels. */
const TYPES = 'ABFGM';

export function deaCheckDigit(six: string): number {
  const d = [...six].map((c) => c.charCodeAt(0) - 48);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0);
  return (odd + 2 * even) % 10;
}

export const dea: IdentifierKind = {
  id: 'dea',
  category: 11,
  label: 'DEA registration number',
  headerHints: [
    'dea',
    'deano',
    'deanumber',
    'deanum',
    'dearegistration',
    'deaid',
    'prescriberdea',
    'providerdea',
  ],
  provable: true,
  make(rng) {
    const six = rng.digits(6);
    const check = (deaCheckDigit(six) + rng.int(1, 9)) % 10;
    return `${TYPES.charAt(rng.int(0, TYPES.length - 1))}${String.fromCharCode(65 + rng.int(0, 25))}${six}${check}`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    const made = this.make(rng, { style: 'obvious' });
    return v === v.toLowerCase() && /[a-z]/.test(v) ? made.toLowerCase() : made;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const v = value.trim();
    if (!DEA.test(v)) return real('value is not a DEA number');
    if (deaCheckDigit(v.slice(2, 8)) !== Number(v[8]))
      return fake('DEA check digit is wrong, so it is never issued');
    return real('DEA number has a valid check digit');
  },
  detect(value) {
    const v = value.trim();
    if (!DEA.test(v) || !/^[A-Z]/.test(v)) return 0;
    return deaCheckDigit(v.slice(2, 8)) === Number(v[8]) ? 0.9 : 0.65;
  },
};
