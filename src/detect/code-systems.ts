/**
 * Check digits of clinical code systems, so that code columns are not taken for identifiers:
 * a 9-digit SNOMED CT concept id looks like an SSN, but it carries a Verhoeff check digit and a
 * partition identifier that a random 9-digit number matches only once in a thousand.
 */

// Verhoeff dihedral-group multiplication and position permutation tables.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Whether a digit string ends in a valid Verhoeff check digit. */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = (D[c] as number[])[(P[i % 8] as number[])[d] as number] as number;
  }
  return c === 0;
}

/**
 * A SNOMED CT concept id: 6–18 digits, Verhoeff check digit last, partition identifier (the 2nd and
 * 3rd digits from the right) 00 for a core concept or 10 for an extension concept — the latter has
 * a 7-digit namespace before the partition, so at least 11 digits.
 */
export function isSnomedConceptId(id: string): boolean {
  if (!/^[1-9]\d{5,17}$/.test(id)) return false;
  const partition = id.slice(-3, -1);
  if (partition !== '00' && !(partition === '10' && id.length >= 11)) return false;
  return verhoeffValid(id);
}

/** A LOINC code: up to 7 digits, a hyphen, a mod-10 (Luhn) check digit over the digits before it. */
export function isLoincCode(code: string): boolean {
  const m = /^(\d{1,7})-(\d)$/.exec(code);
  if (!m) return false;
  const body = m[1] as string;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(m[2]);
}

/**
 * Whether ≥ 90% of the sampled 9-digit values are SNOMED CT concept ids: then the field is a code
 * column, and its 9-digit values are not SSNs. False when there are no 9-digit values.
 */
export function snomedColumn(values: readonly string[]): boolean {
  let nine = 0;
  let snomed = 0;
  for (const v of values) {
    const t = v.trim();
    if (t.length !== 9 || !/^\d{9}$/.test(t)) continue;
    nine++;
    if (isSnomedConceptId(t)) snomed++;
  }
  return nine > 0 && snomed >= 0.9 * nine;
}

/** Kinds that value patterns alone would find in a code column (digit and letter runs). */
export const CODE_SHAPED_KINDS: ReadonlySet<string> = new Set([
  'ssn',
  'phone',
  'card-number',
  'mbi',
  'vin',
  'date',
]);

/**
 * Whether a field name says "code": `code` / `cd` as its last token (`type_code`, `dx_cd`,
 * `typeCode`), but not a postal code (`zip_code`, `postal_code`; `zipcd` is one token anyway).
 */
export function codeNamed(key: string): boolean {
  const tokens = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
  const last = tokens[tokens.length - 1];
  if (last !== 'code' && last !== 'cd') return false;
  const before = tokens[tokens.length - 2];
  return before !== 'zip' && before !== 'postal' && before !== 'post';
}
