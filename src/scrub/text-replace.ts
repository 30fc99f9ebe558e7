/**
 * Rewriting free text from spans: overlapping spans are resolved (longest, then highest score),
 * then each span is replaced per the profile. Defaults keep output checkable: a tag such as
 * `[NAME]`, a date's year, "90+" for an old age, or the pseudonym a record key already got.
 */
import type { Category } from '../catalogue/types.js';
import type { Span } from '../detect/text/types.js';
import { actionFor, type Profile } from '../schema/profile.js';
import { parseAge } from './transforms/age.js';
import { keptYear, shiftDate, yearIn } from './transforms/dates.js';

const TAGS: Readonly<Record<string, string>> = {
  'given-name': 'NAME',
  'family-name': 'NAME',
  'person-name': 'NAME',
  'employer-name': 'EMPLOYER',
  'street-address': 'ADDRESS',
  'geo-coordinates': 'LOCATION',
  'birth-date': 'DATE',
};

export function tagFor(kind: string): string {
  return `[${TAGS[kind] ?? kind.toUpperCase().replace(/-/g, '_')}]`;
}

/** Non-overlapping spans in text order: on overlap the longer (then higher-scoring) span wins. */
export function resolveSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start);
  const taken: Span[] = [];
  for (const s of sorted) {
    if (taken.every((t) => s.end <= t.start || s.start >= t.end)) taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface TextReplaceContext {
  profile: Profile;
  /** The record's structured identifier values (to give a key in a note the same pseudonym). */
  known: readonly { kind: string; value: string }[];
  over89: boolean;
  shiftDays: number;
  refYear: number;
  pseudonym(kind: string, value: string): string;
  surrogate(kind: string, value: string, n: number): string | undefined;
}

/** The replacement for one span's text. */
export function replacementFor(span: Span, original: string, ctx: TextReplaceContext, n: number): string {
  const action = actionFor(ctx.profile, span.kind, span.category as Category);
  if (action === 'keep') return original;
  if (span.category === 3) {
    if (span.kind === 'age') {
      const age = parseAge(
        original
          .replace(/[^\d.]/g, ' ')
          .trim()
          .split(/\s+/)[0] ?? '',
      );
      if (age !== null && age < 90) return original;
      return age !== null ? original.replace(/\d{2,3}(?:\.\d+)?/, '90+') : '[AGE]';
    }
    if (action === 'shift') return shiftDate(original, ctx.shiftDays, ctx.refYear) ?? '[DATE]';
    if (span.kind === 'birth-date' && ctx.over89) return '[DATE]';
    if (ctx.profile.freeText.dates === 'year') return keptYear(yearIn(original), ctx.refYear) ?? '[DATE]';
    return '[DATE]';
  }
  if (action === 'pseudonymise') return pseudonymInText(span, original, ctx);
  switch (ctx.profile.freeText.action) {
    case 'remove':
      return '';
    case 'surrogate':
      return ctx.surrogate(span.kind, original, n) ?? tagFor(span.kind);
    default:
      return tagFor(span.kind);
  }
}

const alnum = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * A key inside text gets the token its structured field got, so joins survive in notes. The span
 * may carry punctuation around the key (`(MRN123`): that stays, and the key itself is looked up.
 */
function pseudonymInText(span: Span, original: string, ctx: TextReplaceContext): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(original);
  const [lead, core, trail] = m ? [m[1]!, m[2]!, m[3]!] : ['', original, ''];
  const key = alnum(core);
  const known = ctx.known.find((k) => alnum(k.value) === key);
  return lead + ctx.pseudonym(span.kind, known ? known.value : core) + trail;
}

const NAME_KINDS = new Set(['given-name', 'family-name', 'person-name']);
const nameWords = (v: string): string[] => v.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];

/**
 * The record knows better than a text pattern: a span read as a place (a town called Chester)
 * whose words all belong to a name recorded for this record is that name, and its tag says so.
 */
export function kindFromRecord(span: Span, original: string, known: TextReplaceContext['known']): Span {
  if (span.category !== 2) return span;
  const words = nameWords(original);
  if (words.length === 0) return span;
  const names = new Set(known.filter((k) => NAME_KINDS.has(k.kind)).flatMap((k) => nameWords(k.value)));
  return words.every((w) => names.has(w)) ? { ...span, kind: 'person-name', category: 1 } : span;
}

/** Apply resolved spans to text; returns the new text. */
export function rewriteText(text: string, spans: readonly Span[], ctx: TextReplaceContext): string {
  let out = '';
  let at = 0;
  spans.forEach((s, n) => {
    out += text.slice(at, s.start) + replacementFor(s, text.slice(s.start, s.end), ctx, n);
    at = s.end;
  });
  return out + text.slice(at);
}
