/**
 * Field classification: which identifier kind a column or JSON path holds. An explicit profile
 * mapping always wins; then FHIR path rules; then the field name (header hints) weighed against
 * the sampled values (kind detectors). Explanations name rules and counts, never values.
 */
import type { Category } from '../catalogue/types.js';
import { PlaceboError } from '../core/errors.js';
import type { FhirRuleSpec } from '../fhir/scrub-rules.js';
import type { CataloguePort, HeaderMatch } from './catalogue-port.js';
import { CODE_SHAPED_KINDS, codeNamed, snomedColumn } from './code-systems.js';
import { extraHeaderMatch } from './extra-hints.js';
import { fhirRule } from './fhir-rules.js';
import { freeTextByName, freeTextByValues, nameWords, shortTextByValues } from './free-text.js';
import { notNameFraction } from './not-names.js';
import type { FieldClass, FieldSample } from './types.js';

/** The part of a profile the classifier reads: explicit field mappings. */
export interface ClassifyProfile {
  /** Column name or path → kind id, "keep" or "free-text". */
  fields: Readonly<Record<string, string>>;
  /** A profile's own FHIR element rules, tried before the built-in ones. */
  fhirRules?: readonly FhirRuleSpec[];
}

/**
 * Kinds whose values alone are distinctive enough to classify a generically named field
 * (`contact` full of emails). Numbers without a shape (MRN, ZIP, age) need the field name.
 */
const VALUE_KINDS = new Set([
  // photographs and biometric templates, by file name, data URI, image bytes or template id
  'photo',
  'biometric-id',
  'email',
  'phone',
  'ssn',
  'ip-address',
  'url',
  'mac-address',
  'vin',
  'mbi',
  'date',
  'card-number',
  'geo-coordinates',
  // full names ("Smith, John A", "Mary Johnson"): a generic column of them is caught by its values;
  // single words (given or family names alone) are too often towns, drugs or eponyms
  'person-name',
]);

const NAME_KINDS = new Set(['person-name', 'given-name', 'family-name']);
/** Record numbers whose hint also names line items and counters (`CLAIM_LINE`, `ORDER_SEQ`). */
const SEQUENCE_PRONE = new Set(['claim-number', 'order-number', 'encounter-number', 'unique-id']);
const SEQUENCE_WORDS = new Set([
  'line',
  'ln',
  'seq',
  'sequence',
  'item',
  'pos',
  'position',
  'rank',
  'count',
  'cnt',
  'idx',
  'index',
]);

/** Kinds that the same values fit equally well; a header choosing among them is not contradicted. */
const SAME_VALUES: readonly (readonly string[])[] = [
  ['date', 'birth-date'],
  ['phone', 'fax'],
  ['person-name', 'given-name', 'family-name', 'employer-name'],
];

const HIT = 0.5;
/** A value detector this sure is evidence enough to overrule a field name. */
const STRONG = 0.8;
const HEADER_MIN = 0.5;

function sameValues(a: string, b: string): boolean {
  return a === b || SAME_VALUES.some((g) => g.includes(a) && g.includes(b));
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function classifyFields(
  samples: readonly FieldSample[],
  profile: ClassifyProfile,
  catalogue: CataloguePort,
): FieldClass[] {
  return samples.map((s) => classifyField(s, profile, catalogue));
}

function mapping(sample: FieldSample, profile: ClassifyProfile): string | undefined {
  const f = profile.fields;
  return f[sample.path] ?? f[sample.key] ?? f[sample.key.toLowerCase()];
}

export function classifyField(
  sample: FieldSample,
  profile: ClassifyProfile,
  catalogue: CataloguePort,
): FieldClass {
  const { path, key, values } = sample;
  const mapped = mapping(sample, profile);
  if (mapped !== undefined) return fromProfile(path, key, mapped, catalogue);

  const fhir = fhirRule(path, profile.fhirRules);
  if (fhir) {
    const category = fhir.kind ? (catalogue.kindById(fhir.kind)?.category ?? null) : null;
    if (!fhir.kind || category !== null) {
      return {
        path,
        kind: fhir.kind,
        category,
        freeText: fhir.freeText === true,
        detectedBy: 'fhir-rule',
        confidence: 0.95,
        explanation: `FHIR element ${path} → ${fhir.kind ?? (fhir.freeText ? 'free text' : 'no identifier')}${
          fhir.perValue ? ` (per value among ${fhir.perValue.join(', ')})` : ''
        }`,
        ...(fhir.perValue ? { perValueKinds: fhir.perValue } : {}),
      };
    }
  }

  const hinted = bestHeader(key, catalogue, path);
  const setAside = hinted ? headerSetAside(hinted, key, values) : null;
  const header = setAside ? null : hinted;
  const n = values.length;
  const fractions = new Map<string, number>();
  const fractionOf = (kindId: string): number => {
    const hit = fractions.get(kindId);
    if (hit !== undefined) return hit;
    const kind = catalogue.kindById(kindId);
    let count = 0;
    if (kind) for (const v of values) if (kind.detect(v) >= HIT) count++;
    const f = n === 0 ? 0 : count / n;
    fractions.set(kindId, f);
    return f;
  };
  const strongFractionOf = (kindId: string): number => {
    const kind = catalogue.kindById(kindId);
    let count = 0;
    if (kind) for (const v of values) if (kind.detect(v) >= STRONG) count++;
    return n === 0 ? 0 : count / n;
  };
  // Code columns: SNOMED CT ids are not SSNs; a field named `*_code` holds codes, not numbers of people.
  const snomed = n >= 3 && snomedColumn(values);
  const codeName = codeNamed(key);
  // (a column of clinicians, "Dr. Ezra Pembleton" / "Ines Halloran, MD", is a name field too: their
  // names are removed like everyone's, as the deid gold standards and free text do)
  const byValue = (id: string): boolean =>
    VALUE_KINDS.has(id) && !(snomed && id === 'ssn') && !(codeName && CODE_SHAPED_KINDS.has(id));
  let byValues: { kind: string; fraction: number } | null = null;
  if (n >= 3) {
    for (const kind of catalogue.kinds) {
      if (!byValue(kind.id)) continue;
      const f = fractionOf(kind.id);
      if (f >= 0.8 && (!byValues || f > byValues.fraction)) byValues = { kind: kind.id, fraction: f };
    }
  }
  // No single kind dominates, but together distinctive kinds cover the values: a mixed field.
  let mixed: { kinds: string[]; top: string; cover: number } | null = null;
  if (!byValues && n >= 3) {
    let covered = 0;
    const counts = new Map<string, number>();
    for (const v of values) {
      let best: string | null = null;
      let bestScore = HIT;
      for (const kind of catalogue.kinds) {
        if (!byValue(kind.id)) continue;
        const d = kind.detect(v);
        if (d >= bestScore) {
          best = kind.id;
          bestScore = d;
        }
      }
      if (best) {
        covered++;
        counts.set(best, (counts.get(best) ?? 0) + 1);
      }
    }
    const kinds = [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    if (covered / n >= 0.8 && kinds.length > 1) mixed = { kinds, top: kinds[0]!, cover: covered / n };
  }
  const textByValues = freeTextByValues(values);
  const textByName = freeTextByName(key);
  const categoryOf = (id: string): Category | null => catalogue.kindById(id)?.category ?? null;

  if (header) {
    const hf = n > 0 ? fractionOf(header.kind) : 0;
    const headerText = `header "${key}" → ${header.kind} (score ${header.score.toFixed(2)})`;
    if (n > 0 && hf >= 0.5) {
      return {
        path,
        kind: header.kind,
        category: categoryOf(header.kind),
        freeText: false,
        detectedBy: 'header+values',
        confidence: Math.min(1, 0.5 * header.score + 0.5 * hf + 0.1),
        explanation: `${headerText}; ${pct(hf)} of ${n} sampled values fit ${header.kind}`,
      };
    }
    // Values overrule a header only on strong evidence: a column named ENC_CSN full of bare
    // nine-digit numbers holds encounter numbers, not SSNs (SSN-shaped only by length).
    const strongValues = byValues !== null && (header.score < 0.7 || strongFractionOf(byValues.kind) >= 0.9);
    if (byValues && strongValues && byValues.fraction >= 0.9 && !sameValues(byValues.kind, header.kind)) {
      return {
        path,
        kind: byValues.kind,
        category: categoryOf(byValues.kind),
        freeText: false,
        detectedBy: 'values',
        confidence: byValues.fraction * 0.9,
        explanation: `${headerText} overruled: ${pct(byValues.fraction)} of ${n} sampled values are ${byValues.kind}`,
      };
    }
    if (mixed) {
      const kind = mixed.kinds.includes(header.kind) ? header.kind : mixed.top;
      return {
        path,
        kind,
        category: categoryOf(kind),
        freeText: false,
        detectedBy: 'header+values',
        confidence: mixed.cover * 0.85,
        explanation: `${headerText}; ${pct(mixed.cover)} of ${n} sampled values are one of ${mixed.kinds.join(', ')}: kind chosen per value`,
        perValueKinds: mixed.kinds,
      };
    }
    if (textByValues) {
      return freeTextClass(path, 'header+values', 0.8, `${headerText}, but values are long multi-word text`);
    }
    return {
      path,
      kind: header.kind,
      category: categoryOf(header.kind),
      freeText: false,
      detectedBy: 'header',
      confidence: header.score * (n === 0 ? 0.9 : 0.8),
      explanation:
        n === 0
          ? `${headerText}; no values sampled`
          : `${headerText}; ${pct(hf)} of ${n} sampled values fit its pattern (name kept as evidence)`,
    };
  }
  if (byValues) {
    if (byValues.kind === 'date' && textByName) {
      return freeTextClass(path, 'header', 0.7, `field name "${key}" suggests free text`);
    }
    return {
      path,
      kind: byValues.kind,
      category: categoryOf(byValues.kind),
      freeText: false,
      detectedBy: 'values',
      confidence: byValues.fraction * 0.9,
      explanation: `no header hint for "${key}"; ${pct(byValues.fraction)} of ${n} sampled values are ${byValues.kind}`,
    };
  }
  if (mixed && !header) {
    return {
      path,
      kind: mixed.top,
      category: categoryOf(mixed.top),
      freeText: false,
      detectedBy: 'values',
      confidence: mixed.cover * 0.8,
      explanation: `no header hint for "${key}"; ${pct(mixed.cover)} of ${n} sampled values are one of ${mixed.kinds.join(', ')}: kind chosen per value`,
      perValueKinds: mixed.kinds,
    };
  }
  if (textByName && textByValues)
    return freeTextClass(path, 'header+values', 0.95, `field name "${key}" and long multi-word values`);
  if (textByName) return freeTextClass(path, 'header', 0.8, `field name "${key}" suggests free text`);
  if (textByValues)
    return freeTextClass(path, 'values', 0.75, `long multi-word values in ${n} samples of "${key}"`);
  if (!fhirDefinitional(path) && shortTextByValues(values))
    return freeTextClass(path, 'values', 0.6, `short multi-word values in ${n} samples of "${key}"`);
  // A generic column where some values are phones or emails among measurements and "n/a": each
  // value is scanned, so the identifiers go and the rest stays as it is.
  const sparse = sparseIdentifiers(values, catalogue, byValue);
  if (sparse)
    return freeTextClass(
      path,
      'values',
      0.6,
      `${pct(sparse.fraction)} of ${n} sampled values of "${key}" are ${sparse.kinds.join(', ')}: scanned value by value`,
    );
  return {
    path,
    kind: null,
    category: null,
    freeText: false,
    detectedBy: null,
    confidence: n === 0 ? 0.5 : 0.8,
    explanation: setAside ?? `no header hint for "${key}" and no identifier pattern in ${n} sampled values`,
  };
}

/**
 * Why a header hint must not be followed, or null. A number hint over one- or two-digit counters
 * under a line/sequence word (`CLAIM_LINE` 1, 2, 3) points at nobody; a name hint over values that
 * are clearly nobody's name (`TEST_NAME`, `labs[].name`, `NOK_REL`) would replace tests, drugs and
 * relations with fake people.
 */
function headerSetAside(header: HeaderMatch, key: string, values: readonly string[]): string | null {
  const n = values.length;
  if (n < 3) return null;
  const why = (share: number, what: string) =>
    `header "${key}" → ${header.kind} set aside: ${pct(share)} of ${n} sampled values are ${what}`;
  if (SEQUENCE_PRONE.has(header.kind) && nameWords(key).some((w) => SEQUENCE_WORDS.has(w))) {
    const small = values.filter((v) => /^\s*\d{1,2}\s*$/.test(v)).length / n;
    if (small >= 0.8) return why(small, 'one- or two-digit counters');
  }
  if (NAME_KINDS.has(header.kind)) {
    const f = notNameFraction(values);
    if (f >= 0.6) return why(f, "no person's name");
  }
  return null;
}

/** Distinctive identifiers (phones, emails, SSNs…) in at least a fifth of the values, three or more. */
function sparseIdentifiers(
  values: readonly string[],
  catalogue: CataloguePort,
  byValue: (id: string) => boolean,
): { fraction: number; kinds: string[] } | null {
  const present = values.filter((v) => v.trim() !== '');
  if (present.length < 3) return null;
  let hits = 0;
  const kinds = new Set<string>();
  for (const v of present) {
    for (const kind of catalogue.kinds) {
      if (kind.id === 'person-name' || !byValue(kind.id) || kind.detect(v) < STRONG) continue;
      hits++;
      kinds.add(kind.id);
      break;
    }
  }
  const fraction = hits / present.length;
  return hits >= 3 && fraction >= 0.2 ? { fraction, kinds: [...kinds] } : null;
}

function headerOf(key: string, catalogue: CataloguePort): HeaderMatch | null {
  const best = catalogue.matchHeader(key)[0];
  if (best && best.score >= HEADER_MIN && catalogue.kindById(best.kind)) return best;
  const extra = extraHeaderMatch(key);
  return extra && catalogue.kindById(extra.kind) ? extra : null;
}

/** The object a JSON leaf sits in: `patient.name.first` → `name`, `address.line[]` → `address`. */
function parentKey(path: string, key: string): string {
  const parts = path.replace(/\[\d*\]/g, '').split('.');
  const last = parts.length - 1;
  const at = parts[last] === key.replace(/\[\d*\]/g, '') ? last - 1 : last;
  return at >= 0 ? (parts[at] ?? '') : '';
}

/**
 * The field name's hint; for nested JSON also the name read with its parent object's
 * (`name.first` → `name_first`/`first_name`, `address.line[]` → `address_line`), which wins
 * when it says more: `first` alone names nothing.
 */
function bestHeader(key: string, catalogue: CataloguePort, path = key): HeaderMatch | null {
  const own = headerOf(key, catalogue);
  const parent = parentKey(path, key);
  const leaf = key.replace(/\[\d*\]/g, '');
  // `employer.name`, `labs[].name`: a leaf that says only "name" is read with its parent first
  const generic = GENERIC_LEAVES.has(leaf.toLowerCase());
  if (!parent || (own && own.score >= 0.9 && !generic)) return own;
  let best = generic ? null : own;
  // `phones.work` reads as `phone_work`
  const parents = parent.length > 3 && parent.endsWith('s') ? [parent, parent.slice(0, -1)] : [parent];
  for (const p of parents) {
    for (const combined of [`${p}_${leaf}`, `${leaf}_${p}`]) {
      // only a whole-name hint: a token of the parent alone (`address` of `address.state`) is not
      // one — except after a generic leaf, where the parent is all the name says (`employer.name`)
      const m = headerOf(combined, catalogue);
      if (m && (m.score >= 0.9 || generic) && (!best || m.score > best.score)) best = m;
    }
  }
  return best ?? own;
}

/** Leaf names that say nothing of what they hold without their parent object. */
const GENERIC_LEAVES = new Set(['name', 'nm', 'value', 'val', 'text', 'display', 'number', 'no', 'id']);

/** Coded elements in FHIR-like JSON (`code.text`, `coding[].display`, `*.system`, `*.unit`): terminology, not remarks. */
function fhirDefinitional(path: string): boolean {
  return /(?:^|\.)(?:coding(?:\[\])?\.display|code\.text|display|system|unit)$/.test(path);
}

function freeTextClass(
  path: string,
  detectedBy: FieldClass['detectedBy'],
  confidence: number,
  why: string,
): FieldClass {
  return { path, kind: null, category: null, freeText: true, detectedBy, confidence, explanation: why };
}

function fromProfile(path: string, key: string, mapped: string, catalogue: CataloguePort): FieldClass {
  const base = { path, detectedBy: 'profile' as const, confidence: 1 };
  if (mapped === 'keep')
    return {
      ...base,
      kind: null,
      category: null,
      freeText: false,
      explanation: `profile maps "${key}" → keep`,
    };
  if (mapped === 'free-text')
    return {
      ...base,
      kind: null,
      category: null,
      freeText: true,
      explanation: `profile maps "${key}" → free text`,
    };
  const kind = catalogue.kindById(mapped);
  if (!kind) {
    throw new PlaceboError(
      'E_PROFILE',
      `field mapping names an unknown kind`,
      { path: `fields.${key}` },
      'use a catalogue kind id (see docs/scrub.md), "keep" or "free-text"',
    );
  }
  return {
    ...base,
    kind: kind.id,
    category: kind.category,
    freeText: false,
    explanation: `profile maps "${key}" → ${kind.id}`,
  };
}
