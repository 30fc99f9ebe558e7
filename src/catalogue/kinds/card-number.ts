/**
 * Payment card numbers. Fake: a published processor test PAN, or any PAN whose Luhn check digit
 * is wrong (never issued). placebo makes test PANs, so strict validators still accept them.
 */
import type { Rng } from '../../core/rng.js';
import { luhnCheckDigit, luhnValid } from '../luhn.js';
import { digitsOf, placeDigits } from '../shape.js';
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

/** Processor test card numbers published for integration testing (Stripe's test-card list and others). */
export const TEST_PANS: readonly string[] = [
  '4242424242424242',
  '4000056655665556',
  '4111111111111111',
  '4012888888881881',
  '5555555555554444',
  '2223003122003222',
  '5200828282828210',
  '5105105105105100',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3056930009020004',
  '36227206271667',
  '3566002020360505',
  '6200000000000005',
];
const TEST_SET = new Set(TEST_PANS);

const CARD = /^\d{4}([ -]?)\d{4,6}\1\d{4,5}(?:\1?\d{1,4})?$/;

function wrongLuhn(rng: Rng, length: number, first: string): string {
  const payload = first + rng.digits(length - 2);
  return payload + String((luhnCheckDigit(payload) + rng.int(1, 9)) % 10);
}

function grouped(pan: string): string {
  if (pan.length === 15) return `${pan.slice(0, 4)} ${pan.slice(4, 10)} ${pan.slice(10)}`;
  return pan.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export const cardNumber: IdentifierKind = {
  id: 'card-number',
  category: 10,
  label: 'Payment card number',
  headerHints: [
    'card',
    'cardno',
    'cardnumber',
    'cardnum',
    'creditcard',
    'creditcardnumber',
    'ccnum',
    'ccno',
    'ccnumber',
    'cc',
    'pan',
    'debitcard',
    'paymentcard',
  ],
  provable: true,
  make(rng) {
    const pan = rng.pick(TEST_PANS);
    return rng.chance(0.5) ? pan : grouped(pan);
  },
  surrogate(original, rng) {
    const digits = digitsOf(original);
    if (digits.length < 12 || digits.length > 19) return this.make(rng, { style: 'obvious' });
    const same = TEST_PANS.filter((p) => p.length === digits.length && p[0] === digits[0]);
    const sameLength = same.length > 0 ? same : TEST_PANS.filter((p) => p.length === digits.length);
    const pan =
      sameLength.length > 0 ? rng.pick(sameLength) : wrongLuhn(rng, digits.length, digits[0] ?? '4');
    return placeDigits(original.trim(), pan);
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const v = value.trim();
    const digits = digitsOf(v);
    if (!CARD.test(v) || digits.length < 12 || digits.length > 19) return real('value is not a card number');
    if (TEST_SET.has(digits)) return fake('card number is a published processor test number');
    if (!luhnValid(digits)) return fake('card number fails the Luhn check, so it is never issued');
    return real('card number passes the Luhn check and is not a published test number');
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 23 || !CARD.test(v)) return 0;
    const digits = digitsOf(v);
    if (digits.length < 13 || digits.length > 19) return 0;
    if (!luhnValid(digits)) return 0.2;
    return /^[3-6]|^2[2-7]/.test(digits) ? 0.9 : 0.6;
  },
};
