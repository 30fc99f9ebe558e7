/**
 * Field classification, shared by scrub and check: which identifier kind a column / JSON path
 * holds, decided from its name (header hints), from sampled values (detectors), or from an
 * explicit profile mapping (which always wins). Free-text fields are scanned span by span.
 */
import type { Category } from '../catalogue/types.js';

export type DetectedBy = 'profile' | 'header' | 'values' | 'header+values' | 'fhir-rule';

export interface FieldSample {
  /** Normalised path (Leaf.path). */
  path: string;
  /** Last key / column name (Leaf.key). */
  key: string;
  /** Up to N sampled non-empty values. Held in memory only, never logged or reported. */
  values: string[];
}

export interface FieldClass {
  path: string;
  /** Catalogue kind id, or null when the field holds no identifier. */
  kind: string | null;
  category: Category | null;
  /** Free text (notes, comments, narrative): scanned for identifiers inside the text. */
  freeText: boolean;
  detectedBy: DetectedBy | null;
  /** 0..1 */
  confidence: number;
  /** Why, in words without values: `header "DOB" → birth-date; 98% of 200 values are dates`. */
  explanation: string;
  /**
   * Mixed fields (FHIR `telecom[].value`: phones and emails): the kind is chosen per value among
   * these by the detectors, falling back to `kind`. Absent for single-kind fields. (Additive.)
   */
  perValueKinds?: readonly string[];
}
