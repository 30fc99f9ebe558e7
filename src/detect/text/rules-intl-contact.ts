/**
 * International phone numbers and IBANs. The NANP and "+CC" patterns in patterns-contact.ts miss the
 * European and Oceanian notations ("0490 39 07 81", "+41 (0)96 471 07 95", "001-555-010-0199"),
 * so these take any digit-group run next to a phone label (before or after it), and an IBAN by
 * its shape and its ISO 13616 mod-97 check.
 */
import { type Candidate, type PatternRecognizer, valueRange } from './recognizer.js';

/** One digit group: "(0)157", "(898)666" or plain digits; groups are joined by one separator. */
const GROUP = String.raw`(?:\(\d{1,4}\)\d{0,4}|\d{1,12})`;
const BODY = String.raw`\+?${GROUP}(?:[ .\-]${GROUP}){0,6}(?: ?x\d{1,6})?`;

function digitCount(s: string): number {
  return s.replace(/x\d+$/, '').replace(/\D/g, '').length;
}

/** A number keeps one separator between its groups; "30.2 27.5 28.1" (mixed) is a row of values. */
function oneSeparator(s: string): boolean {
  return (
    new Set(
      s
        .replace(/ ?x\d+$/, '')
        .replace(/\(\d*\)/g, '')
        .match(/[ .-]/g) ?? [],
    ).size <= 1
  );
}

function phoneCand(m: RegExpExecArray, kind: 'phone' | 'fax'): Candidate | undefined {
  const [start, end] = valueRange(m);
  const v = m.groups?.v ?? '';
  const n = digitCount(v);
  if (n < 7 || n > 15 || !oneSeparator(v)) return undefined;
  return { start, end, kind, score: 0.85, source: 'pattern:phone-intl' };
}

/** "Mobile: 0490 39 07 81", "call me on 9472 7916", "Phone:\n467 3395". */
const labelledBefore: PatternRecognizer = {
  id: 'phone-intl-labelled',
  kinds: ['phone', 'fax'],
  re: new RegExp(
    String.raw`\b(?<l>phone|mobile|cell|desk|fax|tel|telephone|call me (?:at|on)|answering at|messages to)\b\.?[ \t]*:?[ \t]*\n?[ \t]*(?<v>${BODY})(?![\w.\-]|\.\d)`,
    'gid',
  ),
  accept(m) {
    return phoneCand(m, /fax/i.test(m.groups?.l ?? '') ? 'fax' : 'phone');
  },
};

/** "085 175 7641-Office", "28-64-66-98 office", "+447700677662 mobile". */
const labelledAfter: PatternRecognizer = {
  id: 'phone-intl-label-after',
  kinds: ['phone', 'fax'],
  gate: (t) => /office|fax|mobile|home|work|cell/i.test(t),
  // the lookbehind keeps a long digit run from being tried at every digit
  re: new RegExp(String.raw`(?<![\w+.\-])(?<v>${BODY})[ \-]?(?<l>office|fax|mobile|home|work|cell)\b`, 'gid'),
  accept(m) {
    return phoneCand(m, /fax/i.test(m.groups?.l ?? '') ? 'fax' : 'phone');
  },
};

/** "+447700 921 916", "001-253-555-0199": an international prefix makes the label unnecessary. */
const prefixed: PatternRecognizer = {
  id: 'phone-intl-prefixed',
  kinds: ['phone', 'fax'],
  re: new RegExp(
    String.raw`(?<![\w+.\-])(?<v>(?:\+[1-9]|00[1-9])\d{0,11}(?:[ .\-]${GROUP}){0,6}(?: ?x\d{1,6})?)(?![\w.\-]|\.\d)`,
    'gd',
  ),
  accept(m) {
    const n = digitCount(m.groups?.v ?? '');
    return n >= 10 ? phoneCand(m, 'phone') : undefined;
  },
};

/** ISO 13616: move the first four characters to the end, letters to 10..35, remainder mod 97 is 1. */
export function ibanChecks(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = Number.parseInt(ch, 36);
    if (Number.isNaN(v)) return false;
    rem = v < 10 ? (rem * 10 + v) % 97 : (rem * 100 + v) % 97;
  }
  return rem === 1;
}

/** "GB82 WEST 1234 5698 7654 32" or unspaced, either case, when the check digits hold. */
const iban: PatternRecognizer = {
  id: 'iban',
  kinds: ['account-number'],
  notAfter: /[\w]/,
  re: /[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)(?!\w)/g,
  accept(m) {
    if (!ibanChecks(m[0])) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'account-number',
      score: 0.9,
      source: 'pattern:iban',
    };
  },
};

export const INTL_CONTACT_RECOGNIZERS: readonly PatternRecognizer[] = [
  labelledBefore,
  labelledAfter,
  prefixed,
  iban,
];
