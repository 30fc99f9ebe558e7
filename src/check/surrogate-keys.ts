/**
 * Surrogate row keys: a field whose NAME says MRN or encounter number but whose values are the
 * data set's own row numbers (`1`, `2`, … or `E17-3`) identifies no one outside the data set.
 * Only fields classified by header alone qualify — values that fit the kind's own pattern are
 * tested as usual — and only when every sampled value is such a key.
 */
import type { FieldClass } from '../detect/types.js';

/** Kinds a foreign-key column is easily named after. */
export const KEY_KINDS: ReadonlySet<string> = new Set([
  'mrn',
  'encounter-number',
  'account-number',
  'unique-id',
  'order-number',
  'claim-number',
  'member-id',
]);

export const SURROGATE_WHY =
  'surrogate row keys: dense sequence numbers identify no one outside this data set';

const INTEGER = /^(?:0|[1-9]\d{0,14})$/;
/** Composite keys like the generator's: a letter prefix, an integer, optional `-integer` parts. */
const COMPOSITE = /^[A-Za-z]{1,3}((?:0|[1-9]\d{0,14})(?:-(?:0|[1-9]\d{0,14}))*)$/;

/** Row numbers may skip (not every patient has an allergy), but not by more than this factor. */
const SPREAD = 10;

/**
 * Whether the numbers look like row numbers of this data set: the largest is at most ten times the
 * count of distinct ones (patient_id of an allergy table skips the patients without allergies).
 * With at most a few hundred sampled values that keeps them below a few thousand, far from the
 * 6–10 digits of real record numbers, and a dense run of large numbers (sequentially issued MRNs
 * 100000, 100001…) does not qualify.
 */
export function denseRange(numbers: Iterable<number>): boolean {
  const distinct = new Set(numbers);
  let max = -1;
  for (const n of distinct) if (n > max) max = n;
  return distinct.size > 0 && max <= SPREAD * distinct.size;
}

/**
 * Every value is a surrogate row key: all plain integers forming a dense range, or all composite
 * keys of one shape (same number of parts) whose integer parts form dense ranges position by position.
 */
export function surrogateKeys(values: readonly string[]): boolean {
  if (values.length === 0) return false;
  if (values.every((v) => INTEGER.test(v))) return denseRange(values.map(Number));
  const columns: number[][] = [];
  for (const v of values) {
    const m = COMPOSITE.exec(v);
    if (!m) return false;
    const parts = (m[1] as string).split('-').map(Number);
    if (columns.length === 0) for (let i = 0; i < parts.length; i++) columns.push([]);
    if (parts.length !== columns.length) return false;
    for (const [i, p] of parts.entries()) columns[i]?.push(p);
  }
  return columns.every((c) => denseRange(c));
}

/** A header-only key-like field whose sampled values are all surrogate row keys. */
export function isSurrogateKeyField(cls: FieldClass, values: readonly string[] | undefined): boolean {
  return (
    cls.detectedBy === 'header' &&
    cls.kind !== null &&
    KEY_KINDS.has(cls.kind) &&
    values !== undefined &&
    surrogateKeys(values)
  );
}
