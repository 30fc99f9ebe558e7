/**
 * One identifier, written differently. Systems write the same record number as `0012345`,
 * `MRN-12345`, `mrn 12-345` or `12345`; joins between their extracts hold only if scrub gives all
 * of them one pseudonym. `identity` is what an identifier is under its writing (the key the
 * pseudonym store looks up), and `writeLike` writes a pseudonym in one occurrence's own shape:
 * its label prefix, zero padding, separators and letter case.
 *
 * Two forms, chosen per kind (`IdentifierKind.writtenForm`):
 * - `record-number` (MRN, account, encounter, claim, order, member, employee numbers): a leading
 *   label that is one of the kind's own header words (`MRN-`, `Acct #`), separators, letter case
 *   and leading zeros are writing, not identity;
 * - `code` (MBI): separators and letter case are writing; every character counts.
 */
import type { IdentifierKind } from './types.js';

export type WrittenFormRule = 'record-number' | 'code';

/** How one occurrence was written around its identity. */
export interface WrittenForm {
  /** The label as written, with its separator (`MRN-`, `acct # `), or ''. */
  prefix: string;
  /** The identifier after the label, as written. */
  body: string;
  /** The identity: upper case, no separators, no padding zeros (for record numbers). */
  identity: string;
}

/** Label words every record number may carry besides its kind's header words. */
const GENERIC_LABELS = new Set(['id', 'no', 'nr', 'num', 'number', 'ref']);
/**
 * A leading label: letters, then a separator run, the first digit or a test marker (`MRN-`,
 * `MRN0042`, `MRNTEST0042`, the last being a label glued to a pseudonym). Lazy, so a label glued
 * to a marker ends where the marker starts.
 */
const LABEL = /^([A-Za-z]{2,24}?)(?:[\s#:.\-_/]+|(?=\d)|(?=(?:zz)?test(?![a-z])))/i;
const SEPARATORS = /[\s\-_./:#]/g;
/** Zeros that pad the first digit run (after any letters), never its last digit. */
const PADDING = /^([A-Z]*)0+(?=\d)/;

function labelOf(kind: Pick<IdentifierKind, 'headerHints'>, value: string): string {
  const m = LABEL.exec(value);
  if (!m) return '';
  const word = (m[1] as string).toLowerCase();
  if (!GENERIC_LABELS.has(word) && !kind.headerHints.includes(word)) return '';
  // Something must be left after the label: a bare word is the identifier itself.
  return m[0].length < value.length ? m[0] : '';
}

/** The written form of `value` under `rule`; undefined when the kind has no rule. */
export function writtenForm(
  kind: Pick<IdentifierKind, 'headerHints' | 'writtenForm'>,
  value: string,
): WrittenForm | undefined {
  const rule = kind.writtenForm;
  if (!rule) return undefined;
  const v = value.trim();
  const prefix = rule === 'record-number' ? labelOf(kind, v) : '';
  const body = v.slice(prefix.length);
  let identity = body.replace(SEPARATORS, '').toUpperCase();
  if (rule === 'record-number') identity = identity.replace(PADDING, '$1');
  // Nothing but separators: the value is its own identity.
  return { prefix, body, identity: identity === '' ? v : identity };
}

/** The identity of `value` (its trimmed self for kinds without a written form). */
export function identityOf(kind: Pick<IdentifierKind, 'headerHints' | 'writtenForm'>, value: string): string {
  return writtenForm(kind, value)?.identity ?? value.trim();
}

/**
 * `token` written like `form`'s occurrence: its label as written; its padding zeros after the
 * token's leading letters (the marker stays first, so the value stays provably fake); its
 * separators at the same places counted from the end, except inside those leading letters; and
 * lower case when the occurrence's letters were all lower case.
 */
export function writeLike(token: string, form: WrittenForm): string {
  const body = form.body;
  const compact = body.replace(SEPARATORS, '');
  const zeros = /^[A-Za-z]*(0*)\d/.exec(compact)?.[1]?.length ?? 0;
  const letters = /^[A-Za-z]*/.exec(token)?.[0].length ?? 0;
  let out = zeros > 0 ? token.slice(0, letters) + '0'.repeat(zeros) + token.slice(letters) : token;
  // Separators of the occurrence, by their distance (in characters that are not separators) from the end.
  const marks: { fromEnd: number; text: string }[] = [];
  let seen = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const ch = body[i] as string;
    if (/[\s\-_./:#]/.test(ch)) {
      const last = marks[marks.length - 1];
      if (last && last.fromEnd === seen) last.text = ch + last.text;
      else marks.push({ fromEnd: seen, text: ch });
    } else seen++;
  }
  let added = 0;
  for (const mark of marks) {
    const at = out.length - added - mark.fromEnd;
    // Only between characters, and never inside the token's leading letters (its marker).
    if (mark.fromEnd === 0 || at <= letters) continue;
    out = out.slice(0, at) + mark.text + out.slice(at);
    added += mark.text.length;
  }
  const hasLetters = /[A-Za-z]/.test(compact);
  if (hasLetters && compact === compact.toLowerCase()) out = out.toLowerCase();
  return form.prefix + out;
}
