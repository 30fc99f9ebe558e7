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

/** Whole-word search for a literal; returns match ranges. Linear: fixed-string regex. */
function findLiteral(text: string, value: string, flags: string): [number, number][] {
  const parts = value.trim().split(/\s+/).map(escapeRe);
  if (parts.length === 0 || parts[0] === '') return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s,]{1,3}')}(?![\\p{L}\\p{N}])`, `gu${flags}`);
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Alphanumerics of the value, any of ` .-()/` allowed between them in the text. */
function findSeparated(text: string, value: string, optionalPrefix?: string): [number, number][] {
  const chars = value.replace(/[^A-Za-z0-9]/g, '');
  if (chars.length < 4) return [];
  const body = [...chars].map(escapeRe).join('[\\s.\\-()/]{0,2}');
  const prefix = optionalPrefix ? `(?:${optionalPrefix}[\\s.\\-]?)?` : '';
  const re = new RegExp(`(?<![A-Za-z0-9])${prefix}\\(?${body}(?![A-Za-z0-9])`, 'gi');
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
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
        push(findLiteral(text, cap, ''), k.kind, 0.9);
        push(findLiteral(text, value.toUpperCase(), ''), k.kind, 0.9);
        continue;
      }
      push(findLiteral(text, value, 'i'), k.kind, 0.99);
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
            push(findLiteral(text, cap, ''), kind, 0.9);
            push(findLiteral(text, p.toUpperCase(), ''), kind, 0.9);
          } else push(findLiteral(text, p, 'i'), kind, 0.95);
        }
      }
      continue;
    }
    if (LITERAL_KINDS.has(k.kind)) {
      push(findLiteral(text, value, 'i'), k.kind, 0.99);
      if (k.kind === 'street-address') {
        const first = value.split(',')[0] ?? '';
        if (first !== value && first.length >= 6) push(findLiteral(text, first, 'i'), k.kind, 0.95);
      }
      continue;
    }
    if (k.kind === 'date' || k.kind === 'birth-date' || k.kind === 'age') {
      // Dates and ages are found by their patterns; an exact literal is still removed.
      if (/\d/.test(value) && value.length >= 6) push(findLiteral(text, value, 'i'), k.kind, 0.99);
      continue;
    }
    if (k.kind === 'zip') {
      push(findSeparated(text, value), k.kind, 0.9);
      continue;
    }
    const digits = value.replace(/\D/g, '');
    const prefix = (k.kind === 'phone' || k.kind === 'fax') && digits.length === 10 ? '\\+?1' : undefined;
    push(findSeparated(text, value, prefix), k.kind, 0.99);
    if (prefix && digits.length === 11 && digits.startsWith('1'))
      push(findSeparated(text, digits.slice(1)), k.kind, 0.99);
  }
  return out;
}
