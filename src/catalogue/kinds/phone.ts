/**
 * Telephone and fax numbers. Fake: NANP line 555-0100…0199 (reserved for fiction in every area
 * code), an area or exchange code that NANP never assigns, or the UK drama range 07700 900xxx.
 */
import type { Rng } from '../../core/rng.js';
import { isFictionalLine, isValidExchange, isValidNpa, splitNanp, US_NPAS } from '../nanp.js';
import { digitsOf, placeDigits } from '../shape.js';
import type { FakeOptions, IdentifierKind, Verdict } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

/** Characters a written phone number may hold; anything else means it is not a bare phone value. */
const PHONE_CHARS = /^[+(]?[\d][\d\s().\-/]*$/;
const EXTENSION = /\s*(?:x|ext\.?|extension|#)\s*\d{1,6}$/i;
const UK_DRAMA = /^(?:44|0)7700900\d{3}$/;
/** ACMA's fiction numbers: mobiles 0491 570 156–159 and 110, landlines (0X) 5550 xxxx. */
const AU_DRAMA = /^(?:61|0)(?:491570(?:15[6-9]|110)|[2378]5550\d{4})$/;

function fictionalDigits(rng: Rng): { npa: string; line: string } {
  return { npa: rng.pick(US_NPAS), line: `01${rng.digits(2)}` };
}

function stripExtension(value: string): string {
  const v = value.trim();
  // Longer text is no phone number; the length cap also bounds the unanchored extension pattern.
  return v.length > 48 ? v : v.replace(EXTENSION, '');
}

export function phoneVerdict(value: string, opts: FakeOptions): Verdict {
  const site = siteVerdict(value, opts);
  if (site) return site;
  const core = stripExtension(value);
  if (core.length > 48 || !PHONE_CHARS.test(core)) return real('value is not a phone number');
  const digits = digitsOf(core);
  if (UK_DRAMA.test(digits)) return fake('UK number is in the Ofcom drama range 07700 900xxx');
  if (core.startsWith('+61') || core.startsWith('0')) {
    if (AU_DRAMA.test(digits)) return fake('Australian number is in the ACMA range for fiction');
  }
  const parts = splitNanp(digits);
  if (!parts) return real('number is outside any range reserved for fiction');
  if (parts.npa !== '' && !isValidNpa(parts.npa))
    return fake('area code can never be assigned under NANP rules');
  if (!isValidExchange(parts.nxx)) return fake('exchange code can never be assigned under NANP rules');
  if (isFictionalLine(parts.nxx, parts.line)) return fake('line is in 555-0100..0199, reserved for fiction');
  return real('phone line is outside the range reserved for fiction');
}

/** 0..1: how much a whole value looks like a phone number. */
export function phoneScore(value: string): number {
  const v = value.trim();
  if (v.length > 32) return 0;
  const core = stripExtension(v);
  if (!PHONE_CHARS.test(core)) return 0;
  const digits = digitsOf(core);
  if (
    UK_DRAMA.test(digits) ||
    AU_DRAMA.test(digits) ||
    (core.startsWith('+') && digits.length >= 8 && digits.length <= 15)
  )
    return 0.8;
  const parts = splitNanp(digits);
  if (!parts) return 0;
  const separated = core.length > digits.length;
  if (parts.npa === '') return separated && /^\d{3}[-.\s]\d{4}$/.test(core) ? 0.5 : 0;
  // Structured notations: (617) 555-0142, 617-555-0142, 617.555.0142, +1 617 555 0142
  const structured = /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/.test(core);
  const plausible = isValidNpa(parts.npa) || parts.nxx === '555';
  if (structured) return plausible ? 0.9 : 0.7;
  if (!separated) return plausible && isValidExchange(parts.nxx) ? 0.55 : 0.2;
  return 0.6;
}

function makePhone(rng: Rng): string {
  const { npa, line } = fictionalDigits(rng);
  return `(${npa}) 555-${line}`;
}

function surrogatePhone(original: string, rng: Rng): string {
  const core = stripExtension(original);
  const ext = original.trim().slice(core.length);
  const digits = digitsOf(core);
  const { npa, line } = fictionalDigits(rng);
  if (UK_DRAMA.test(digits) || /^(?:44|0)7\d{9}$/.test(digits)) {
    const prefix = digits.startsWith('44') ? '44' : '0';
    return (
      placeDigits(core, `${prefix}7700900${rng.digits(3)}`) + ext.replace(/\d/g, () => String(rng.int(0, 9)))
    );
  }
  const parts = splitNanp(digits);
  let next: string;
  if (!parts) next = makePhone(rng);
  else if (parts.npa === '') next = placeDigits(core, `555${line}`);
  else next = placeDigits(core, `${parts.country}${npa}555${line}`);
  return next + ext.replace(/\d/g, () => String(rng.int(0, 9)));
}

function phoneKind(
  id: 'phone' | 'fax',
  category: 4 | 5,
  label: string,
  headerHints: readonly string[],
): IdentifierKind {
  return {
    id,
    category,
    label,
    headerHints,
    provable: true,
    make: (rng) => makePhone(rng),
    surrogate: (original, rng) => surrogatePhone(original, rng),
    isFake: phoneVerdict,
    detect: phoneScore,
  };
}

export const phone = phoneKind('phone', 4, 'Telephone number', [
  'phone',
  'phonenumber',
  'phoneno',
  'phonenum',
  'homephone',
  'workphone',
  'cellphone',
  'cell',
  'cellnumber',
  'mobile',
  'mobilephone',
  'mobilenumber',
  'tel',
  'telephone',
  'telno',
  'ph',
  'phn',
  'contactnumber',
  'daytimephone',
  'eveningphone',
  'primaryphone',
  'pager',
]);

export const fax = phoneKind('fax', 5, 'Fax number', ['fax', 'faxnumber', 'faxno', 'faxnum', 'facsimile']);
