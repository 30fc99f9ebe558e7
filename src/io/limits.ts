/**
 * Limits that keep one hostile or broken file from exhausting memory. Each is an error, never a
 * silent truncation, and the messages name the limit, not the content.
 */
export const LIMITS = {
  /** Largest single value (a CSV cell / record, a JSON string or number, an NDJSON line, a .txt file). */
  maxValueChars: 64 * 1024 * 1024,
  /** Largest one-object JSON document (a single object or FHIR Bundle is read whole). */
  maxWholeJsonChars: 256 * 1024 * 1024,
  /** Widest CSV/TSV header accepted. */
  maxColumns: 20_000,
  /** Deepest JSON nesting accepted (objects + arrays). */
  maxDepth: 256,
} as const;

export const MIB = 1024 * 1024;
