/**
 * The document model shared by scrub and check. A reader turns a file of any supported format
 * into records; each record exposes its values as leaves (a CSV cell, a JSON string/number, a
 * .txt document) that a transform may replace. A writer serialises records back in the same
 * format, keeping everything that was not replaced byte for byte where the format allows.
 */
export type InputFormat = 'csv' | 'tsv' | 'json' | 'ndjson' | 'txt' | 'hl7';

/** JSON type of a leaf as read; CSV cells and text are always 'string'. */
export type LeafType = 'string' | 'number' | 'boolean' | 'null';

export interface Leaf {
  /**
   * Normalised path used to classify the field across records: a CSV column name (`DOB`), a JSON
   * path with array indexes folded (`address[].line[]`, `telecom[].value`), `text` for .txt files.
   */
  readonly path: string;
  /** Concrete path of this occurrence, for locations in findings (`telecom[1].value`). */
  readonly at: string;
  /** The last key / column name (`value`, `DOB`): the header hint for classification. */
  readonly key: string;
  readonly type: LeafType;
  /** The value as text: a CSV cell, a JSON string's content, a JSON number's lexeme. */
  readonly value: string;
  /** Replace this leaf's value; `null` removes it (empty cell in CSV, JSON null). */
  replace(value: string | null): void;
  /** Whether replace() has been called. */
  readonly changed: boolean;
}

export interface DocRecord {
  /** 0-based record index within the file. */
  readonly index: number;
  /** 1-based line in the input file where the record starts. */
  readonly line: number;
  /** Leaves in document order. */
  readonly leaves: readonly Leaf[];
  /** For JSON formats: the record's parsed tree, keys in order, numbers as lexemes (read-only). */
  readonly tree?: unknown;
}

export interface InputDocument {
  readonly file: string;
  readonly format: InputFormat;
  /** CSV/TSV header (column names in order); undefined for other formats. */
  readonly header?: readonly string[];
  /** Paths of every leaf any record can have, when the format fixes them (`text` for .txt). */
  readonly leafPaths?: readonly string[];
  records(): AsyncIterable<DocRecord>;
}

export interface OutputDocument {
  write(record: DocRecord): Promise<void>;
  /** Flush, fsync and rename the temp file into place. */
  commit(): Promise<void>;
  /**
   * Two-phase commit, for runs of many files: flush and fsync under the temp name (nothing is
   * visible yet; abort() still removes it), then publish() renames it into place. The caller
   * syncs the directory once (`syncDirectory`) instead of once per file.
   */
  finish?(): Promise<void>;
  publish?(): void;
  /** Delete the temp file; nothing is left behind. */
  abort(): Promise<void>;
}
