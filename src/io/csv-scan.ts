/**
 * One CSV/TSV record scanned out of a text buffer, with exact cell boundaries. The scanner is
 * RFC 4180 with `"` quotes and `""` escapes; a quote inside an unquoted cell is kept literally.
 * It knows nothing of files: it reports "need more text" or an error offset, and the reader turns
 * offsets into lines. (csv-parse 6's `raw` text drops and shifts line endings, and its record info
 * has no per-cell quoting, so it cannot give byte-exact round trips; it is the test oracle instead.)
 */
export interface ScannedRecord {
  values: string[];
  quoted: boolean[];
  /** Start and end offset (in the scanned text) of each cell's raw text, quotes included. */
  bounds: number[];
  /** Offset just past the record's line ending. */
  end: number;
  /** Length of the line ending (0 at end of input, 1 for LF, 2 for CRLF). */
  eolLen: number;
}

export interface ScanError {
  error: 'unterminated-quote' | 'after-quote';
  offset: number;
  cell: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Scan the record starting at `pos`; null when the buffer ends before the record does (and !eof).
 * The returned `values`/`quoted` are the arrays passed in, valid until the next call.
 */
export function scanRecord(
  s: string,
  pos: number,
  eof: boolean,
  delim: number,
  values: string[] = [],
  quoted: boolean[] = [],
  bounds: number[] = [],
): ScannedRecord | ScanError | null {
  // The caller may pass scratch arrays to refill (one record at a time), sparing the collector.
  values.length = 0;
  quoted.length = 0;
  bounds.length = 0;
  const n = s.length;
  let i = pos;
  for (;;) {
    if (i < n && s.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let escaped = false;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q === -1) return eof ? { error: 'unterminated-quote', offset: i, cell: values.length } : null;
        if (q + 1 >= n && !eof) return null;
        if (s.charCodeAt(q + 1) === QUOTE) {
          escaped = true;
          j = q + 2;
          continue;
        }
        const inner = s.slice(i + 1, q);
        values.push(escaped ? inner.replaceAll('""', '"') : inner);
        quoted.push(true);
        bounds.push(i, q + 1);
        i = q + 1;
        break;
      }
      if (i >= n) return { values, quoted, bounds, end: i, eolLen: 0 };
      const c = s.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === LF) return { values, quoted, bounds, end: i + 1, eolLen: 1 };
      if (c === CR) {
        if (i + 1 >= n && !eof) return null;
        if (s.charCodeAt(i + 1) === LF) return { values, quoted, bounds, end: i + 2, eolLen: 2 };
      }
      return { error: 'after-quote', offset: i, cell: values.length - 1 };
    }
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === delim || c === LF) break;
      j++;
    }
    if (j >= n) {
      if (!eof) return null;
      values.push(s.slice(i, j));
      quoted.push(false);
      bounds.push(i, j);
      return { values, quoted, bounds, end: j, eolLen: 0 };
    }
    if (s.charCodeAt(j) === delim) {
      values.push(s.slice(i, j));
      quoted.push(false);
      bounds.push(i, j);
      i = j + 1;
      continue;
    }
    const crlf = j > i && s.charCodeAt(j - 1) === CR;
    values.push(s.slice(i, crlf ? j - 1 : j));
    quoted.push(false);
    bounds.push(i, crlf ? j - 1 : j);
    return { values, quoted, bounds, end: j + 1, eolLen: crlf ? 2 : 1 };
  }
}

/** Cell text for a value: quoted when it was quoted before or when it must be. */
export function encodeCell(value: string, quoted: boolean, delim: string): string {
  if (
    quoted ||
    value.includes(delim) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r')
  ) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}
