/**
 * North American Numbering Plan helpers. A NANP number is NPA (area code) + NXX (exchange) +
 * XXXX (line). NANPA reserves lines 555-0100…555-0199 in every area code for fiction.
 */
import { US_NPAS } from '../data/catalogue/us-npas.js';

export { US_NPAS };

/**
 * Whether an area code can exist under NANP numbering rules: first digit 2–9, not an N11
 * service code, not N9X (reserved for expansion), not 37X/96X (reserved), and not 555.
 */
export function isValidNpa(npa: string): boolean {
  if (!/^[2-9]\d\d$/.test(npa)) return false;
  if (npa[1] === '1' && npa[2] === '1') return false;
  if (npa[1] === '9') return false;
  if (npa.startsWith('37') || npa.startsWith('96')) return false;
  return npa !== '555';
}

/** Whether an exchange code (NXX) can be assigned: first digit 2–9 and not an N11 code. */
export function isValidExchange(nxx: string): boolean {
  return /^[2-9]\d\d$/.test(nxx) && !(nxx[1] === '1' && nxx[2] === '1');
}

/** Whether exchange + line fall in the fiction range 555-0100…0199. */
export function isFictionalLine(nxx: string, line: string): boolean {
  return nxx === '555' && /^01\d\d$/.test(line);
}

export interface NanpParts {
  /** '1' when the number carried a country code, else ''. */
  country: string;
  npa: string;
  nxx: string;
  line: string;
}

/** Split 7, 10 or 11 (leading 1) digits into NANP parts; undefined otherwise. */
export function splitNanp(digits: string): NanpParts | undefined {
  if (digits.length === 11 && digits.startsWith('1')) {
    return { country: '1', npa: digits.slice(1, 4), nxx: digits.slice(4, 7), line: digits.slice(7) };
  }
  if (digits.length === 10) {
    return { country: '', npa: digits.slice(0, 3), nxx: digits.slice(3, 6), line: digits.slice(6) };
  }
  if (digits.length === 7) return { country: '', npa: '', nxx: digits.slice(0, 3), line: digits.slice(3) };
  return undefined;
}
