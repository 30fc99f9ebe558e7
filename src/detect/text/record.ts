/**
 * Record-aware detection: every structured identifier value of the record (ctx.known) is found
 * wherever it appears in the text. Names match case-insensitively (a name part that is also a
 * common English word only when capitalised); phone/SSN/id values match on their digits and
 * letters whatever the separators ("(212) 555-0142" finds "212.555.0142").
 */
import { wordLists } from '../../data/text/lists.js';
import type { Candidate } from './recognizer.js';
import type { RecordContext } from './types.js';

const MAX_VALUE = 200;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reference (regex) form of the whole-word literal search; the fast path below must agree with it. */
export function findLiteralRegex(text: string, value: string, flags: string): [number, number][] {
  const parts = value.trim().split(/\s+/).map(escapeRe);
  if (parts.length === 0 || parts[0] === '') return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s,]{1,3}')}(?![\\p{L}\\p{N}])`, `gu${flags}`);
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Reference (regex) form of the separated search; the fast path below must agree with it. */
export function findSeparatedRegex(text: string, value: string, optionalPrefix?: string): [number, number][] {
  const chars = value.replace(/[^A-Za-z0-9]/g, '');
  if (chars.length < 4) return [];
  const body = [...chars].map(escapeRe).join('[\\s.\\-()/]{0,2}');
  const prefix = optionalPrefix ? `(?:${optionalPrefix}[\\s.\\-]?)?` : '';
  const re = new RegExp(`(?<![A-Za-z0-9])${prefix}\\(?${body}(?![A-Za-z0-9])`, 'gi');
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/*
 * Compile-free matching. Building a RegExp per known value per note dominated scrubbing, so the
 * searches below walk the text directly with the same semantics as the regexes above: the same
 * word boundaries (previous/next code point not a letter or number), the same separator classes
 * and the same backtracking order, hence the same ranges. ASCII case folding is done on one
 * lower-cased copy of the text. Where Unicode case folding could differ from ASCII folding — a
 * non-ASCII value, or a text holding U+017F or U+212A (which fold to "s" and "k" under /iu) —
 * the regex form is used instead.
 */

const LN = /[\p{L}\p{N}]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range test
const ASCII = /^[\x00-\x7f]*$/;

/** The \s class of JS regexes (WhiteSpace + LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return isAsciiAlnum(cp);
  return LN.test(String.fromCodePoint(cp));
}

/** One note, prepared once for every known value of its record. */
class TextView {
  private lowered: string | undefined;
  /** Does the text hold a character that folds to ASCII only under Unicode case folding? */
  readonly foldRisk: boolean;

  constructor(readonly text: string) {
    this.foldRisk = text.includes('\u017f') || text.includes('\u212a');
  }

  /** The text with ASCII letters lower-cased only (same length, same offsets). */
  get lower(): string {
    if (this.lowered === undefined) {
      const t = this.text;
      this.lowered = ASCII.test(t) ? t.toLowerCase() : t.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    }
    return this.lowered;
  }

  /** Unicode-mode lookbehind: is the code point ending just before `i` a letter or number? */
  lnBefore(i: number): boolean {
    if (i <= 0) return false;
    const t = this.text;
    const c = t.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = t.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) return isLetterOrNumber(t.codePointAt(i - 2)!);
    }
    return isLetterOrNumber(c);
  }

  /** Unicode-mode lookahead: is the code point starting at `i` a letter or number? */
  lnAt(i: number): boolean {
    if (i >= this.text.length) return false;
    return isLetterOrNumber(this.text.codePointAt(i)!);
  }
}

/** Whole-word search for a literal (parts joined by 1–3 of [\s,]); returns match ranges. */
function findLiteral(view: TextView, value: string, flags: string): [number, number][] {
  const ci = flags === 'i';
  if (!ASCII.test(value) || (ci && view.foldRisk)) return findLiteralRegex(view.text, value, flags);
  let parts = value.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === '') return [];
  const hay = ci ? view.lower : view.text;
  if (ci) parts = parts.map((p) => p.toLowerCase());
  const n = hay.length;
  // Parts from `idx` on, starting at `pos` (just after a part): greedy separators, backtracking.
  const rest = (idx: number, pos: number): number => {
    if (idx === parts.length) return view.lnAt(pos) ? -1 : pos;
    let max = 0;
    while (max < 3 && pos + max < n) {
      const c = hay.charCodeAt(pos + max);
      if (c !== 44 && !isSpace(c)) break;
      max++;
    }
    const part = parts[idx]!;
    for (let k = max; k >= 1; k--) {
      if (hay.startsWith(part, pos + k)) {
        const end = rest(idx + 1, pos + k + part.length);
        if (end >= 0) return end;
      }
    }
    return -1;
  };
  const first = parts[0]!;
  const out: [number, number][] = [];
  for (let i = hay.indexOf(first); i >= 0; ) {
    const end = view.lnBefore(i) ? -1 : rest(1, i + first.length);
    if (end >= 0) {
      out.push([i, end]);
      i = hay.indexOf(first, end);
    } else i = hay.indexOf(first, i + 1);
  }
  return out;
}

const SEP_CHARS = new Set([46, 45, 40, 41, 47]); // . - ( ) /

/** Alphanumerics of the value, any of ` .-()/` allowed between them in the text. */
function findSeparated(view: TextView, value: string, phonePrefix = false): [number, number][] {
  const chars = value.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  if (chars.length < 4) return [];
  const hay = view.lower;
  const n = hay.length;
  const c0 = chars.charCodeAt(0);
  // The body from `pos`: each next character after at most two separators; then a boundary.
  const body = (pos: number): number => {
    if (pos >= n || hay.charCodeAt(pos) !== c0) return -1;
    let p = pos + 1;
    for (let j = 1; j < chars.length; j++) {
      let gap = 0;
      while (gap < 2 && p < n) {
        const c = hay.charCodeAt(p);
        if (!SEP_CHARS.has(c) && !isSpace(c)) break;
        p++;
        gap++;
      }
      if (p >= n || hay.charCodeAt(p) !== chars.charCodeAt(j)) return -1;
      p++;
    }
    return p < n && isAsciiAlnum(hay.charCodeAt(p)) ? -1 : p;
  };
  // `\(?` then the body, the parenthesis tried first.
  const paren = (pos: number): number => {
    if (pos < n && hay.charCodeAt(pos) === 40) {
      const e = body(pos + 1);
      if (e >= 0) return e;
    }
    return body(pos);
  };
  // `(?:\+?1[\s.\-]?)?` before it: every optional part tried present first, as the regex does.
  const at = (i: number): number => {
    if (phonePrefix) {
      for (const plus of [1, 0]) {
        let p = i;
        if (plus) {
          if (p >= n || hay.charCodeAt(p) !== 43) continue;
          p++;
        }
        if (p >= n || hay.charCodeAt(p) !== 49) continue;
        p++;
        if (p < n) {
          const c = hay.charCodeAt(p);
          if (c === 46 || c === 45 || isSpace(c)) {
            const e = paren(p + 1);
            if (e >= 0) return e;
          }
        }
        const e = paren(p);
        if (e >= 0) return e;
      }
    }
    return paren(i);
  };
  // A match starts with the first character, "(", or (phones) "+" / "1": jump between those.
  const starts = phonePrefix ? [chars[0]!, '(', '+', '1'] : [chars[0]!, '('];
  const nextAt = starts.map((c) => hay.indexOf(c));
  const out: [number, number][] = [];
  for (let i = 0; i < n; ) {
    let from = n;
    for (let s = 0; s < starts.length; s++) {
      if (nextAt[s]! >= 0 && nextAt[s]! < i) nextAt[s] = hay.indexOf(starts[s]!, i);
      if (nextAt[s]! >= 0 && nextAt[s]! < from) from = nextAt[s]!;
    }
    if (from >= n) break;
    i = from;
    const end = i > 0 && isAsciiAlnum(hay.charCodeAt(i - 1)) ? -1 : at(i);
    if (end >= 0) {
      out.push([i, end]);
      i = end;
    } else i++;
  }
  return out;
}

const PLACEHOLDERS = new Set([
  'n/a',
  'na',
  'none',
  'null',
  'nil',
  'unknown',
  'unk',
  'not applicable',
  'declined',
  'refused',
  'pending',
  'test',
  'tbd',
  'other',
  'self',
  'same',
  'see above',
  'not available',
  'no',
  'yes',
]);

const NAME_KINDS = new Set(['given-name', 'family-name', 'person-name', 'employer-name']);
const LITERAL_KINDS = new Set([
  'email',
  'url',
  'street-address',
  'city',
  'county',
  'username',
  'ip-address',
  'mac-address',
]);

export function findKnown(text: string, ctx: RecordContext | undefined): Candidate[] {
  if (!ctx || ctx.known.length === 0) return [];
  const view = new TextView(text);
  const lists = wordLists();
  const out: Candidate[] = [];
  const push = (ranges: [number, number][], kind: string, score: number) => {
    for (const [start, end] of ranges) out.push({ start, end, kind, score, source: `record:${kind}` });
  };
  for (const k of ctx.known) {
    const value = k.value.trim();
    if (value.length === 0 || value.length > MAX_VALUE) continue;
    // "N/A", "unknown", "-": placeholders, not identifiers (they would flag every "unknown")
    if (value.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || PLACEHOLDERS.has(value.toLowerCase())) continue;
    if (NAME_KINDS.has(k.kind)) {
      const single = !/[\s,]/.test(value);
      const lowerValue = value.toLowerCase();
      if (
        single &&
        (lists.common.has(lowerValue) || lists.clinical.has(lowerValue) || lists.eponyms.has(lowerValue))
      ) {
        // one-word name that is also a word: only where capitalised
        const cap = value.charAt(0).toUpperCase() + value.slice(1).toLowerCase();
        push(findLiteral(view, cap, ''), k.kind, 0.9);
        push(findLiteral(view, value.toUpperCase(), ''), k.kind, 0.9);
        continue;
      }
      push(findLiteral(view, value, 'i'), k.kind, 0.99);
      // Each part of a name on its own ("Smith" from "John Smith", "Smith, John")
      const parts = value.split(/[\s,]+/).filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 2);
      // an employer's single words ("Murphy" of "Murphy Logistics") are not the employer
      if (k.kind !== 'employer-name') {
        for (const p of parts) {
          const lower = p.toLowerCase();
          const ambiguous = lists.common.has(lower) || lists.clinical.has(lower) || lists.eponyms.has(lower);
          const kind =
            k.kind === 'employer-name' ? 'employer-name' : parts.length > 1 ? 'person-name' : k.kind;
          if (ambiguous) {
            // only where capitalised: "Will" the name, not "will" the verb
            const cap = p.charAt(0).toUpperCase() + p.slice(1).toLowerCase();
            push(findLiteral(view, cap, ''), kind, 0.9);
            push(findLiteral(view, p.toUpperCase(), ''), kind, 0.9);
          } else push(findLiteral(view, p, 'i'), kind, 0.95);
        }
      }
      continue;
    }
    if (LITERAL_KINDS.has(k.kind)) {
      push(findLiteral(view, value, 'i'), k.kind, 0.99);
      if (k.kind === 'street-address') {
        const first = value.split(',')[0] ?? '';
        if (first !== value && first.length >= 6) push(findLiteral(view, first, 'i'), k.kind, 0.95);
      }
      continue;
    }
    if (k.kind === 'date' || k.kind === 'birth-date' || k.kind === 'age') {
      // Dates and ages are found by their patterns; an exact literal is still removed.
      if (/\d/.test(value) && value.length >= 6) push(findLiteral(view, value, 'i'), k.kind, 0.99);
      continue;
    }
    if (k.kind === 'zip') {
      push(findSeparated(view, value), k.kind, 0.9);
      continue;
    }
    const digits = value.replace(/\D/g, '');
    const prefix = (k.kind === 'phone' || k.kind === 'fax') && digits.length === 10 ? '+1' : undefined;
    push(findSeparated(view, value, prefix !== undefined), k.kind, 0.99);
    if (prefix && digits.length === 11 && digits.startsWith('1'))
      push(findSeparated(view, digits.slice(1)), k.kind, 0.99);
  }
  return out;
}

/** The compile-free searches on their own, for tests that hold them to the regex forms. */
export const fastMatchers = {
  literal: (text: string, value: string, flags: '' | 'i'): [number, number][] =>
    findLiteral(new TextView(text), value, flags),
  separated: (text: string, value: string, phonePrefix = false): [number, number][] =>
    findSeparated(new TextView(text), value, phonePrefix),
};
