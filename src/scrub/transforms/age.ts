/** Ages are identifiers only from 90 on; Safe Harbor folds those into one "90+" group. */
export const AGE_TOP = '90+';

/** A numeric age (`93`, `93.5`, `93 y`, `93 years`), or null when the value is not an age. */
export function parseAge(value: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.\d+)?\s*(?:y|yr|yrs|years?|yo)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return n <= 150 ? n : null;
}

/** `93` → `90+`; ages under 90 and non-ages are returned unchanged. */
export function topCodeAge(value: string): string {
  const age = parseAge(value);
  return age !== null && age >= 90 ? AGE_TOP : value;
}
