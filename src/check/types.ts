/**
 * `placebo check`: the public shapes. A finding says WHERE a value that could belong to a real
 * person sits and WHY the catalogue could not prove it fake — never the value, not even a part of
 * it. The engine reads DocRecords from any source (files, stdin, later databases).
 */
import type { Category, Style } from '../catalogue/types.js';
import type { DetectedBy } from '../detect/types.js';
import type { DocRecord } from '../io/types.js';

/** Where records come from: a file, stdin, a table. `name` is shown in findings (`file`). */
export interface CheckSource {
  readonly name: string;
  /** `csv`, `ndjson`, `fhir`, `postgres`... informational only. */
  readonly format: string;
  records(): AsyncIterable<DocRecord>;
  /**
   * Columns that reference a key of the data set (`patient_id` → `patients.id`), with the key they
   * reference: the data set's own row keys, not identifiers of anyone outside it.
   */
  readonly keyColumns?: ReadonlyMap<string, string>;
}

export interface Finding {
  /** Source name (file path as given, `-` for stdin, table name). */
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  /** 0-based record index within the source. */
  record: number;
  /** Normalised field path (CSV column name, folded JSON path). */
  field: string;
  /** Concrete path of this occurrence (`telecom[1].value`); equals `field` for CSV. */
  at: string;
  kind: string;
  category: Category;
  /** From the catalogue's Verdict: a sentence about the rule, never about the value. */
  reason: string;
  /** Set for identifiers found inside free text: string offsets into the field's text. */
  span?: { start: number; end: number };
  /** Kinds in the same record that can never be proven fake (dates, cities…), sorted. */
  alsoHolds?: string[];
}

/** Counts per (source, field, kind). */
export interface SummaryRow {
  file: string;
  field: string;
  kind: string;
  category: Category;
  /** Values of this kind that were not provably fake (findings). */
  real: number;
  /** Values proven fake. */
  fake: number;
  /** Values of a kind that has no reserved range (not findings on their own). */
  unprovable: number;
  /** Findings counted but not listed because of the per-field cap. */
  omitted: number;
}

/** How a field was classified, for the report (explanations never contain values). */
export interface FieldReport {
  file: string;
  field: string;
  kind: string | null;
  freeText: boolean;
  detectedBy: DetectedBy | null;
  confidence: number;
  explanation: string;
  /** Skipped because of the profile (ignoreFields, kinds not checked). */
  skipped?: boolean;
}

export interface SourceReport {
  file: string;
  format: string;
  records: number;
  bytes?: number;
}

export interface CheckTotals {
  sources: number;
  records: number;
  /** Leaves tested against the catalogue (identifier fields and free-text spans). */
  identifierValues: number;
  fake: number;
  findings: number;
  unprovable: number;
}

export interface CheckReport {
  ok: boolean;
  style: Style;
  profile: string;
  sources: SourceReport[];
  totals: CheckTotals;
  summary: SummaryRow[];
  /** Listed findings (capped per field; counts in `summary` are complete). */
  findings: Finding[];
  fields: FieldReport[];
  /** With --audit-log: this run's entry and the chain's head after it. */
  auditLog?: { seq: number; head: string };
}

export interface CheckOptions {
  style: Style;
  /** Listed findings per (source, field); the rest are only counted. Default 100. */
  maxFindingsPerField?: number;
  /** Records sampled per source before fields are classified. Default 1000. */
  sampleRecords?: number;
  /** Called every few thousand records and at the end of each source (progress display). */
  onProgress?: (p: { file: string; records: number }) => void;
}
