/**
 * Shape-preserving helpers for surrogates: keep separators, digit grouping, letter case and
 * length of an original while drawing every new character from the Rng.
 */
import type { Rng } from '../core/rng.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Replace each digit by a random digit and each letter by a random letter of the same case. */
export function fillShape(template: string, rng: Rng): string {
  let out = '';
  for (const ch of template) {
    if (ch >= '0' && ch <= '9') out += String(rng.int(0, 9));
    else if (ch >= 'A' && ch <= 'Z') out += UPPER.charAt(rng.int(0, 25));
    else if (ch >= 'a' && ch <= 'z') out += LOWER.charAt(rng.int(0, 25));
    else out += ch;
  }
  return out;
}

/** The decimal digits of a string, in order. */
export function digitsOf(value: string): string {
  let out = '';
  for (const ch of value) if (ch >= '0' && ch <= '9') out += ch;
  return out;
}

/**
 * Write `digits` into the digit positions of `original` (separators stay where they were).
 * If `digits` is longer than the original's digit count the rest is appended; if shorter,
 * surplus digit positions are dropped.
 */
export function placeDigits(original: string, digits: string): string {
  let i = 0;
  let out = '';
  for (const ch of original) {
    if (ch >= '0' && ch <= '9') {
      if (i < digits.length) out += digits[i];
      i++;
    } else out += ch;
  }
  if (i < digits.length) out += digits.slice(i);
  return out;
}

export type CaseStyle = 'upper' | 'lower' | 'title' | 'mixed';

export function caseOf(word: string): CaseStyle {
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return 'mixed';
  if (letters === letters.toUpperCase() && letters.length > 1) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  const first = letters[0] ?? '';
  if (first === first.toUpperCase() && letters.slice(1) === letters.slice(1).toLowerCase()) return 'title';
  return 'mixed';
}

export function applyCase(word: string, style: CaseStyle): string {
  if (style === 'upper') return word.toUpperCase();
  if (style === 'lower') return word.toLowerCase();
  if (style === 'title') return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return word;
}

export function randomUpper(rng: Rng, n: number, alphabet = UPPER): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return s;
}
