/** Phone/fax, e-mail, URL, IP and MAC addresses. */
import { isIPv6 } from 'node:net';
import { before, type Candidate, cand, type PatternRecognizer } from './recognizer.js';

const FAX_WORD = /fax|facsimile|\bfx\b/g;
const PHONE_WORD =
  /phone|\bph\b|\btel\b|telephone|cell|mobile|\bhome\b|\bwork\b|\bcall|pager|beeper|\bpgr\b|contact|\bnumber\b|\bno\b|#/g;

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

/** `fax` when the nearest label before the number says fax. */
function phoneKind(text: string, index: number): 'phone' | 'fax' {
  const pre = before(text, index, 40);
  const fax = lastIndex(FAX_WORD, pre);
  if (fax < 0) return 'phone';
  return fax >= lastIndex(PHONE_WORD, pre) ? 'fax' : 'phone';
}

const PHONE_CONTEXT =
  /(?:phone|\bph|\btel|cell|mobile|home|work|call(?:ed)?|pager|beeper|pgr|contact|fax|\bfx|number|\bno|#|\bat|\bx|ext|\([hcwm]\)|\b[hcwm]:)\.?\s*[:#=]?\s*$/;

/** NANP numbers in every common notation, with an optional extension. */
const nanp: PatternRecognizer = {
  id: 'phone-nanp',
  kinds: ['phone', 'fax'],
  re: /(?<![\w+\-/.])(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d\d\s*\)\s*|[2-9]\d\d(?:[ \t]?[./-][ \t]?|\s)?)[2-9]\d\d(?:[ \t]?[.-][ \t]?|\s)?\d{4}(?:\/\d{4})?(?!(?!x\d|ext)[\w-]|\.\d|\/\d)(?:,?\s*(?:x|ext\.?|extension)\s*\d{1,6}\b)?/g,
  accept(m, text) {
    const digits = m[0].replace(/\D/g, '');
    const plain = /^\d+$/.test(m[0]);
    let score = 0.9;
    if (plain) {
      // ten bare digits: a phone only with a phone label before it
      if (!PHONE_CONTEXT.test(before(text, m.index, 20))) score = 0.45;
    }
    if (digits.length < 10) return undefined;
    return cand(m, phoneKind(text, m.index), score, 'pattern:phone');
  },
};

/** "+44 20 7946 0958", "+33 1 23 45 67 89": an international number, told by its "+" and length. */
const international: PatternRecognizer = {
  id: 'phone-international',
  kinds: ['phone', 'fax'],
  gate: (t) => t.includes('+'),
  // one separator between groups, so a run of digits splits one way only (linear)
  re: /(?<![\w+])\+[2-9]\d{0,2}(?:[ .-]\(?\d{1,4}\)?){2,6}(?![\w-]|\.\d)/g,
  accept(m, text) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) return undefined;
    return cand(m, phoneKind(text, m.index), 0.85, 'pattern:phone');
  },
};

/** 7-digit local numbers and bare extensions, only next to a phone word. */
const local: PatternRecognizer = {
  id: 'phone-local',
  kinds: ['phone', 'fax'],
  notAfter: /[-/.]/,
  re: /\b[2-9]\d\d[-.]\d{4}(?![\w-]|\.\d)/g,
  accept(m, text) {
    const ctx = PHONE_CONTEXT.test(before(text, m.index, 20));
    // "SVR 880-1300", "TV 250-1000", "voiding 575-1000": a range of a measure, not a number to call
    if (!ctx && (MEASURE_BEFORE.test(before(text, m.index, 16)) || /-\d000$/.test(m[0]))) return undefined;
    return cand(m, phoneKind(text, m.index), ctx ? 0.85 : 0.5, 'pattern:phone');
  },
};

/** Measures whose values notes write as ranges of three and four digits. */
const MEASURE_BEFORE =
  /\b(?:svr|pvr|sv|tv'?s?|vt|vols?|volumes?|voiding|voided|uo|u\/o|urine|plt|platelets?|wbc|range|ranging|between|approx|~)[ \t:=]*(?:of[ \t]+)?$/;

const COUNTED =
  /^\s*(?:days?|d|weeks?|wks?|months?|mos?|years?|yrs?|doses?|tabs?|tablets?|capsules?|caps?|times|hours?|hrs?|refills?)\b/i;

const extension: PatternRecognizer = {
  id: 'phone-extension',
  kinds: ['phone', 'fax'],
  // "pgr #4-5678", "x5-1234": hospital pagers and extensions are often written with a dash
  re: /\b(?:ext\.?|extension|pager|pgr|pg|beeper|bpr|x)\s*[#:]?\s*(?<v>\d{3,10}|\d{1,2}-\d{4})(?![\w-])/dgi,
  // "x 30 days", "x 174 doses": a count in a prescription, not an extension
  accept(m, text) {
    if (COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return undefined;
    // "A/C 10 x 700", "14 x 600 40%": a bare "x" after a number is a product (ventilator rate x
    // volume); as an extension it follows a phone number or stands glued to its digits ("x4587")
    // ("a/c x 550 x 14": a spaced "x" is an extension only after a phone number)
    if (
      /^x/i.test(m[0]) &&
      (/\d[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) || /^x\s/i.test(m[0]))
    ) {
      if (!/\d{3}[ \t.-]?\d{4}[ \t,]*$/.test(text.slice(Math.max(0, m.index - 16), m.index)))
        return undefined;
    }
    return cand(m, phoneKind(text, m.index), 0.75, 'pattern:phone');
  },
};

/** "PAGED @ 3-4471", "paged to 55123": the number a clinician was paged at (a time is no pager). */
const pagedAt: PatternRecognizer = {
  id: 'phone-paged-at',
  kinds: ['phone'],
  gate: (t) => /pag/i.test(t),
  re: /\b(?:paged?|paging|re-?paged)[ \t]*(?:@|at|to)?[ \t]*#?[ \t]*(?<v>\d{1,2}-\d{4}|\d{5,7})(?![\w-])/dgi,
  accept: (m) => cand(m, 'phone', 0.75, 'pattern:phone'),
};

const email: PatternRecognizer = {
  id: 'email',
  gate: (t) => t.includes('@'),
  kinds: ['email'],
  re: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  accept: (m) => cand(m, 'email', 0.98, 'pattern:email'),
};

const TRAILING = /[.,;:!?)\]}'"]+$/;

function urlCandidate(m: RegExpExecArray, score: number): Candidate | undefined {
  const trimmed = m[0].replace(TRAILING, '');
  if (trimmed.length < 4) return undefined;
  return { start: m.index, end: m.index + trimmed.length, kind: 'url', score, source: 'pattern:url' };
}

const url: PatternRecognizer = {
  id: 'url',
  gate: (t) => t.includes('://') || t.includes('www.') || t.includes('WWW.'),
  kinds: ['url'],
  re: /(?<![\w@./-])(?:(?:https?|ftp|sftp):\/\/|www\.)[^\s<>"'`]+/gi,
  accept: (m) => urlCandidate(m, 0.95),
};

const bareDomain: PatternRecognizer = {
  id: 'url-bare',
  gate: (t) => /\.(?:com|org|net|edu|gov|io|us|info|biz|health|care|me|co)\b/i.test(t),
  kinds: ['url'],
  // the lookbehind stays: without it every dot-separated segment is a start (quadratic)
  re: /(?<![\w@./-])(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|io|us|info|biz|health|care|me|co)(?![\w-])(?:\/[^\s<>"'`]*)?/g,
  accept: (m) => urlCandidate(m, 0.85),
};

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4: PatternRecognizer = {
  id: 'ipv4',
  kinds: ['ip-address'],
  notAfter: /\./,
  re: new RegExp(`\\b(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'g'),
  accept: (m) => cand(m, 'ip-address', 0.9, 'pattern:ip'),
};

const ipv6: PatternRecognizer = {
  id: 'ipv6',
  gate: (t) => t.includes('::') || /:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/.test(t),
  kinds: ['ip-address'],
  re: /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g,
  accept(m) {
    const v = m[0];
    if (!isIPv6(v)) return undefined;
    if (v.replace(/[^0-9A-Fa-f]/g, '').length < 3) return undefined;
    return cand(m, 'ip-address', 0.9, 'pattern:ip');
  },
};

const mac: PatternRecognizer = {
  id: 'mac',
  kinds: ['mac-address'],
  notAfter: /[:-]/,
  gate: (t) =>
    /:[0-9A-Fa-f]{2}:/.test(t) || /-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-/.test(t) || /\.[0-9A-Fa-f]{4}\./.test(t),
  re: /\b(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/g,
  accept: (m) => cand(m, 'mac-address', 0.9, 'pattern:mac'),
};

/**
 * Three-three-four with dashes ("888-130-8121"): a phone in notes whatever the exchange — invented
 * and mistyped numbers reach notes too, and nothing else is written that way.
 */
const dashedTen: PatternRecognizer = {
  id: 'phone-dashed-ten',
  kinds: ['phone', 'fax'],
  re: /(?<![\w+\-/.])\d{3}-\d{3}-\d{4}(?![\w-]|\.\d)/g,
  accept: (m, text) => cand(m, phoneKind(text, m.index), 0.7, 'pattern:phone'),
};

export const CONTACT_RECOGNIZERS: readonly PatternRecognizer[] = [
  dashedTen,
  nanp,
  international,
  local,
  extension,
  pagedAt,
  email,
  url,
  bareDomain,
  ipv4,
  ipv6,
  mac,
];
