/**
 * Kinds with no national reserved range (MRN, member id, accounts, licences, encounter ids…):
 * placebo proves them fake by an explicit marker — `TEST` or `ZZTEST` at the start — or a site's
 * own test prefix. Values keep realistic lengths: the marker takes the place of leading characters.
 */
import type { Rng } from '../core/rng.js';
import { DIGITS, HEX, MixedRadix, UPPER } from './mixed-radix.js';
import { fillShape } from './shape.js';
import type { Category, IdentifierKind, IdentifierSpace } from './types.js';
import { fake, hasTestMarker, real, siteVerdict } from './verdict.js';
import { writtenForm } from './written-form.js';

export interface MarkerKindSpec {
  id: string;
  category: Category;
  label: string;
  headerHints: readonly string[];
  /** `TEST` or `ZZTEST`. */
  marker: string;
  /** Shape of a made value after the marker: `#` digit, `A` upper letter, `X` upper hex, others literal. */
  tail: string;
  /** Whole-value patterns and their confidence, for values without a marker. Keep them linear. */
  patterns: readonly (readonly [RegExp, number])[];
  /** Confidence for marked values; marked ids are ids of some kind, the header decides which. */
  markedScore?: number;
  lowerCase?: boolean;
  /** Issued to one person (MRN, member id…): generated root columns never repeat (IdentifierSpace). */
  perPerson?: boolean;
  /** Differently written values that are one identifier (see written-form.ts). */
  writtenForm?: 'record-number';
  /** Extra fake rules beyond the marker (e.g. negative claim ids). */
  extraFake?: (value: string) => string | undefined;
}

export function fillTail(tail: string, rng: Rng): string {
  let out = '';
  for (const ch of tail) {
    if (ch === '#') out += String(rng.int(0, 9));
    else if (ch === 'A') out += String.fromCharCode(65 + rng.int(0, 25));
    else if (ch === 'X') out += HEX.charAt(rng.int(0, 15));
    else out += ch;
  }
  return out;
}

/**
 * Marker + the original's shape after the marker's length, so `00123456` → `TEST3456`.
 * The character after the marker is never a letter, so the marker stays a marker (`TEST7…`, not `TESTA…`).
 */
export function markSurrogate(original: string, marker: string, rng: Rng): string {
  const v = original.trim();
  const lower = /[a-z]/.test(v) && !/[A-Z]/.test(v);
  const m = lower ? marker.toLowerCase() : marker;
  let rest = v.length > m.length + 1 ? v.slice(m.length) : v;
  rest = fillShape(rest, rng);
  if (/^[A-Za-z]/.test(rest)) rest = String(rng.int(0, 9)) + rest.slice(1);
  if (rest.length === 0) rest = String(rng.int(0, 9));
  return m + rest;
}

/** Every value `make` can write, numbered: the marker, then the tail's positions (mixed radix). */
export function markerSpace(spec: MarkerKindSpec): IdentifierSpace {
  const alphabet = (ch: string): string => (ch === '#' ? DIGITS : ch === 'A' ? UPPER : ch === 'X' ? HEX : ch);
  const cased = (s: string): string => (spec.lowerCase ? s.toLowerCase() : s);
  const layout = new MixedRadix(
    [...spec.marker, ...spec.tail].map((ch, i) => cased(i < spec.marker.length ? ch : alphabet(ch))),
  );
  return {
    tiers: [layout.size],
    perPerson: spec.perPerson ?? false,
    encode: (n) => layout.encode(n),
    decode: (value) => layout.decode(value),
  };
}

const MARKED_SHAPE = /^\s*(?:zztest|test)[\w.\-/ ]{0,40}$/i;

export function markerKind(spec: MarkerKindSpec): IdentifierKind {
  return {
    id: spec.id,
    category: spec.category,
    label: spec.label,
    headerHints: spec.headerHints,
    provable: true,
    space: markerSpace(spec),
    ...(spec.writtenForm ? { writtenForm: spec.writtenForm } : {}),
    make(rng) {
      const value = spec.marker + fillTail(spec.tail, rng);
      return spec.lowerCase ? value.toLowerCase() : value;
    },
    surrogate(original, rng) {
      // Empty or longer than any real id (then it is text, not an id): a fresh value.
      const length = original.trim().length;
      if (length === 0 || length > 64) return this.make(rng, { style: 'obvious' });
      return markSurrogate(original, spec.marker, rng);
    },
    isFake(value, opts) {
      const site = siteVerdict(value, opts);
      if (site) return site;
      if (hasTestMarker(value)) return fake('value carries the TEST/ZZTEST marker');
      // A label of the kind's own words before the marker (`MRN-TEST…`) is writing, not the id.
      const form = writtenForm(this, value);
      if (form?.prefix && hasTestMarker(form.body)) return fake('value carries the TEST/ZZTEST marker');
      const extra = spec.extraFake?.(value.trim());
      if (extra) return fake(extra);
      return real('identifier carries no test marker');
    },
    detect(value) {
      const v = value.trim();
      if (v.length === 0 || v.length > 64) return 0;
      if (MARKED_SHAPE.test(v) && hasTestMarker(v)) return spec.markedScore ?? 0.55;
      let best = 0;
      for (const [re, score] of spec.patterns) if (score > best && re.test(v)) best = score;
      return best;
    },
  };
}
