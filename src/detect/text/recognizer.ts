/** What every free-text recognizer produces before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  kind: string;
  score: number;
  source: string;
}

/**
 * A regex recognizer. `re` must carry the `g` flag (and `d` when `accept` reads group indices)
 * and must run in linear time: tests feed every pattern long adversarial input.
 */
export interface PatternRecognizer {
  readonly id: string;
  /** Kinds this recognizer can emit; used to skip it when the caller asks for other kinds. */
  readonly kinds: readonly string[];
  readonly re: RegExp;
  /**
   * Rescan from the character after a rejected match's start (for label patterns where a rejected
   * label can hide a real one inside it). Only for patterns whose matches are short and bounded.
   */
  readonly retryOnReject?: boolean;
  /**
   * The character right before a match must not be one of these. Checked in code instead of a
   * leading lookbehind, which stops V8 from scanning fast for the pattern's first character.
   */
  readonly notAfter?: RegExp;
  /** Cheap test on the whole text; when false the pattern cannot match and is skipped. */
  readonly gate?: (text: string) => boolean;
  /** Turns one match into candidates; return nothing to reject it. */
  accept(m: RegExpExecArray, text: string): Candidate | Candidate[] | undefined;
}

/** The span of named group `v` when present (needs the `d` flag), else the whole match. */
export function valueRange(m: RegExpExecArray): [number, number] {
  const v = m.indices?.groups?.v;
  if (v) return [v[0], v[1]];
  return [m.index, m.index + m[0].length];
}

export function cand(m: RegExpExecArray, kind: string, score: number, source: string): Candidate {
  const [start, end] = valueRange(m);
  return { start, end, kind, score, source };
}

/** Lower-case text in the `n` characters before `index`. */
export function before(text: string, index: number, n: number): string {
  return text.slice(Math.max(0, index - n), index).toLowerCase();
}

/** Lower-case text in the `n` characters after `index`. */
export function after(text: string, index: number, n: number): string {
  return text.slice(index, index + n).toLowerCase();
}

/** Units and words that, right after a number, say it is a dose or measurement. */
export const UNIT_AFTER =
  /^[ \t]*(?:mg|mcg|µg|ug|g|gm|grams?|kg|lbs?|ml|mls|l|cc|units?|u|iu|meq|mmol|mmhg|%|mm|cm|inch|tabs?|tablets?|caps?|capsules?|puffs?|drops?|doses?|times|x|strength|motor|power|pulses?|reflexes?|ns|scale|bpm|breaths|hours?|hrs?|mins?|minutes?|days?|weeks?|months?)\b/;
