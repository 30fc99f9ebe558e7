/**
 * Narrow a record's context to the values that could occur in one text. The record-aware
 * recognizer searches the text once per known value; a value whose characters do not even
 * appear in the text cannot match, so it is dropped first (cheaply, before the text is copied). The tests are
 * supersets of what the recognizer can match, so spans are the same as with the full context.
 */
import type { RecordContext } from '../detect/text/types.js';

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
  'date',
  'birth-date',
  'age',
]);

/** The separator class of the recognizer: \s (all Unicode spaces), . - ( ) / */
const SEPARATOR = /^[\s.\-()/]$/;

/**
 * Does `needle` occur in `hay` with at most two separator characters (space . - ( ) /) between
 * consecutive characters? The shape the separated matcher accepts, without its word boundaries.
 */
function separatedIn(needle: string, hay: string): boolean {
  if (needle.length === 0) return true;
  const first = needle.charCodeAt(0);
  for (let start = hay.indexOf(needle[0]!); start >= 0; start = hay.indexOf(needle[0]!, start + 1)) {
    if (hay.charCodeAt(start) !== first) continue;
    let i = start + 1;
    let j = 1;
    while (j < needle.length && i < hay.length) {
      if (hay.charCodeAt(i) === needle.charCodeAt(j)) {
        i++;
        j++;
        continue;
      }
      let gap = 0;
      while (
        gap < 2 &&
        i < hay.length &&
        SEPARATOR.test(hay[i]!) &&
        hay.charCodeAt(i) !== needle.charCodeAt(j)
      ) {
        i++;
        gap++;
      }
      if (i < hay.length && hay.charCodeAt(i) === needle.charCodeAt(j)) continue;
      break;
    }
    if (j === needle.length) return true;
  }
  return false;
}

function couldOccur(kind: string, value: string, lower: string): boolean {
  const v = value.trim();
  if (v.length === 0) return false;
  // Case folding beyond ASCII is the recognizer's business: keep such values.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range test
  if (!/^[\x00-\x7f]*$/.test(v)) return true;
  const lv = v.toLowerCase();
  if (NAME_KINDS.has(kind)) {
    return lv.split(/[\s,]+/).some((p) => p.length > 0 && lower.includes(p));
  }
  if (LITERAL_KINDS.has(kind)) {
    const first = lv.split(/\s+/)[0] ?? '';
    return lower.includes(first);
  }
  // Separated matching (phones, SSNs, ids, ZIP): alphanumerics in order, a leading "1" optional.
  const chars = lv.replace(/[^a-z0-9]/g, '');
  return separatedIn(chars.slice(1), lower);
}

export function contextFor(text: string, ctx: RecordContext): RecordContext {
  if (ctx.known.length === 0) return ctx;
  const lower = text.toLowerCase();
  const known = ctx.known.filter((k) => couldOccur(k.kind, k.value, lower));
  return known.length === ctx.known.length ? ctx : { known };
}
