/**
 * The identifier catalogue's contract. Each identifier kind (SSN, phone, MRN...) is one module
 * that knows four things: where it hides (header hints), what its values look like (detector),
 * how to make a provably fake one (maker) and how to tell whether a value is provably fake
 * (fakeness test). generate, scrub and check all read the same catalogue.
 */
import type { Rng } from '../core/rng.js';

/** HIPAA Safe Harbor identifier number, 45 CFR 164.514(b)(2)(i)(A)–(R) as 1–18. */
export type Category = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;

/** `obvious` marks names visibly as test data (ZZTEST-…); `realistic` drops the name marker only. */
export type Style = 'obvious' | 'realistic';

export interface MakeOptions {
  style: Style;
  /** Prefer forms that pass strict issuer validators, keeping an explicit TEST marker instead. */
  validatorFriendly?: boolean;
  /** For given names: draw from the names usually given to this sex (a patient's recorded sex). */
  sex?: 'female' | 'male';
  /**
   * Surrogates only: the fake name for one name word of an original, when the caller keeps the
   * same fake for the same word (scrub's name book). Returns a bare name; case is applied after.
   */
  nameFor?: (role: 'given' | 'family', word: string, sex?: 'female' | 'male') => string;
}

/** Site conventions that make more values provably fake (from a check/scrub profile). */
export interface SiteConventions {
  /** Prefixes that mark test MRNs / accounts / member ids at this site, e.g. ["TST"]. */
  testPrefixes?: readonly string[];
  /** Exact values known to be test fixtures (e.g. a shared QA login). */
  allow?: readonly string[];
}

/** A site's own words for free text (profile `site.places` / `people` / `safeWords`; see detect/text/site-words.ts). */
export interface SiteWords {
  places?: readonly string[];
  people?: readonly string[];
  safeWords?: readonly string[];
}

export interface FakeOptions {
  style: Style;
  site?: SiteConventions;
}

/**
 * Result of a fakeness test. `reason` and `rule` describe the rule, never the value
 * ("SSN area is issued by SSA", not "SSN 412-…").
 */
export type Verdict =
  | { status: 'fake'; rule: string }
  | { status: 'real'; reason: string }
  /** No reserved range exists for this kind (dates, cities): cannot be proven either way. */
  | { status: 'unprovable' };

/**
 * Every value of a kind's reserved range, numbered: what generate draws unique identifiers from
 * (a seeded permutation of the row index, src/generate/unique-ids.ts). Values are counted tier by
 * tier, the most visibly fake forms first (SSN area 666, then area 000, then never-issued forms).
 */
export interface IdentifierSpace {
  /** Sizes of the tiers, in the order they are used; the capacity is their sum. */
  readonly tiers: readonly number[];
  /**
   * Identifiers issued to one person (SSN, MRN, member id…): a generated root-table column of this
   * kind never repeats a value. Other kinds with a space do so only when the column says `unique`.
   */
  readonly perPerson: boolean;
  /** The n-th value (0 ≤ n < capacity), counting through the tiers in order. */
  encode(n: number): string;
  /** The inverse of encode; undefined for a value outside the space. */
  decode(value: string): number | undefined;
}

export interface IdentifierKind {
  /** Stable kebab-case id used in schemas, profiles and reports: `ssn`, `phone`, `mbi`. */
  readonly id: string;
  readonly category: Category;
  /** Human label for reports: "Social Security number". */
  readonly label: string;
  /**
   * Column / field names this kind hides under, as normalised tokens (lower case, letters and
   * digits only): `ssn`, `socsecno`, `ptssn`. Matching lives in `header-hints.ts`.
   */
  readonly headerHints: readonly string[];
  /** Whether a reserved or never-issued range exists, so that isFake can answer fake/real. */
  readonly provable: boolean;
  /** A provably fake value (or, for unprovable kinds, a synthetic one). */
  make(rng: Rng, opts: MakeOptions): string;
  /** A provably fake replacement for `original`, keeping its shape (separators, length, case). */
  surrogate(original: string, rng: Rng, opts: MakeOptions): string;
  /** Is this value provably fake? */
  isFake(value: string, opts: FakeOptions): Verdict;
  /** Confidence 0..1 that a whole field value is of this kind (pattern plus validators). */
  detect(value: string): number;
  /** The numbered reserved range, for kinds whose generated values can be made unique. */
  readonly space?: IdentifierSpace;
  /**
   * How differently written values are one identifier (`written-form.ts`): `record-number` ignores
   * a label of the kind's own words, separators, case and padding zeros; `code` separators and case.
   */
  readonly writtenForm?: 'record-number' | 'code';
}
