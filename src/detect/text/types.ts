import type { Category } from '../../catalogue/types.js';

/**
 * One identifier found inside free text. Detection and transformation meet only through this
 * plain record (the Presidio move): recognizers produce spans, operators consume them.
 * Offsets are JavaScript string indexes into the original text; the value itself is not kept.
 */
export interface Span {
  start: number;
  end: number;
  /** Catalogue kind id: `person-name`, `date`, `phone`, `ssn`, `mrn`... */
  kind: string;
  category: Category;
  /** 0..1 */
  score: number;
  /** Which recognizer found it: `pattern:phone`, `dictionary:given-name`, `record:mrn`, `context:pt`. */
  source: string;
}

/**
 * What the record around a text field tells about the person: values of its structured
 * identifier fields. Anything listed here is removed wherever it appears in the text.
 */
export interface RecordContext {
  known: readonly { kind: string; category: Category; value: string }[];
}
