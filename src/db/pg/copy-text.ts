/**
 * COPY formats: rows go in as CSV (the generator's workers already make CSV, so their text can
 * be piped straight through) and come out as text format (tab-separated, `\N` for NULL,
 * backslash escapes), which decodes without a quote-aware parser.
 */
import type { CellValue } from '../../table/types.js';

const CSV_QUOTE = /[",\n\r]/;

/**
 * One cell in COPY's CSV format: NULL is an unquoted empty field, an empty string is `""`;
 * fields with a delimiter, quote or line break (and the `\.` end marker) are quoted.
 */
export function encodeCsvField(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') {
    if (v === '' || v === '\\.') return `"${v}"`;
    return CSV_QUOTE.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (Number.isFinite(v)) return String(v);
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

export function encodeCsvRows(rows: readonly (readonly CellValue[])[]): string {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      if (i > 0) line += ',';
      line += encodeCsvField(row[i] ?? null);
    }
    out += `${line}\n`;
  }
  return out;
}

const DECODES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '\\': '\\' };

/** One field as COPY TO wrote it (text format) → its value; `\N` → null. */
export function decodeCopyField(f: string): string | null {
  if (f === '\\N') return null;
  if (!f.includes('\\')) return f;
  return f.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e.length > 1 && e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return DECODES[e] ?? e;
  });
}
