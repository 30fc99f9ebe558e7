/**
 * PostgreSQL COPY text format: tab-separated, `\N` for NULL, backslash escapes for backslash,
 * newline, carriage return and tab. Encoding and decoding are exact inverses.
 */
import type { CellValue } from '../../generate/sink.js';

const NEEDS_ESCAPE = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function encodeCopyField(v: CellValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'string')
    return NEEDS_ESCAPE.test(v) ? v.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c] ?? c) : v;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (Number.isFinite(v)) return String(v);
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

export function encodeCopyRows(rows: readonly (readonly CellValue[])[]): string {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      if (i > 0) line += '\t';
      line += encodeCopyField(row[i] ?? null);
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
