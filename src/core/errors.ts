/**
 * Errors are values with a code, a place and a hint; the CLI turns them into one line.
 * A message must never contain a data value (a cell, a field value, a note): only names of
 * files, lines, columns and paths. Callers build messages from locations, not from content.
 */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_SCHEMA'
  | 'E_PROFILE'
  | 'E_INPUT'
  | 'E_CSV'
  | 'E_JSON'
  | 'E_NDJSON'
  | 'E_ENCODING'
  | 'E_IO'
  | 'E_VAULT'
  | 'E_DB'
  /** The source no longer matches the reviewed scrub plan (`--strict`): exit 1, like findings. */
  | 'E_DRIFT'
  | 'E_INTERNAL';

/** Where something went wrong. Every part is optional; none is ever a data value. */
export interface Place {
  file?: string;
  line?: number;
  record?: number;
  column?: string;
  path?: string;
}

export class PlaceboError extends Error {
  readonly code: ErrorCode;
  readonly place: Place;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, place: Place = {}, hint?: string) {
    super(message);
    this.name = 'PlaceboError';
    this.code = code;
    this.place = place;
    this.hint = hint;
  }
}

export function formatPlace(place: Place): string {
  const parts: string[] = [];
  if (place.file !== undefined) {
    let loc = place.file;
    if (place.line !== undefined) loc += `:${place.line}`;
    parts.push(loc);
  }
  if (place.record !== undefined) parts.push(`record ${place.record}`);
  if (place.column !== undefined) parts.push(`column "${place.column}"`);
  if (place.path !== undefined) parts.push(place.path);
  return parts.join(', ');
}

/** One line, for stderr: `placebo: E_CSV at export.csv:1043, column "note": unterminated quote (hint)` */
export function formatError(err: PlaceboError): string {
  const where = formatPlace(err.place);
  const hint = err.hint ? ` (${err.hint})` : '';
  return `placebo: ${err.code}${where ? ` at ${where}` : ''}: ${err.message}${hint}`;
}

/** Exit codes, one place: 0 ok, 1 findings, 2 usage or input error, 3 internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export function exitCodeFor(err: unknown): number {
  if (err instanceof PlaceboError) {
    if (err.code === 'E_DRIFT') return EXIT.findings;
    return err.code === 'E_INTERNAL' ? EXIT.internal : EXIT.usage;
  }
  return EXIT.internal;
}
