/**
 * CSV and TSV (RFC 4180 quoting), written by hand because it is generate's hottest loop: csv-stringify's
 * general path (cast callbacks, option objects and a tuple per cell) took a fifth of a run's CPU time.
 * The bytes are csv-stringify's with `{ delimiter, record_delimiter: '\n' }` and booleans as true/false
 * (test/generate/delimited.test.ts holds them equal): a cell is quoted when it holds a quote, the
 * delimiter or LF, quotes inside are doubled, a lone CR stays bare, null is an empty cell.
 */
import type { CellValue, TableSpec } from '../../table/types.js';
import type { TableEncoder } from './encoder.js';

/** The characters that make a cell need quotes, per delimiter. */
const NEEDS_QUOTES = { ',': /[",\n]/, '\t': /["\t\n]/ } as const;

export function delimitedEncoder(spec: TableSpec, delimiter: ',' | '\t'): TableEncoder {
  const needsQuotes = NEEDS_QUOTES[delimiter];
  const cell = (v: CellValue | undefined): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    const s = typeof v === 'string' ? v : String(v);
    return needsQuotes.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const line = (row: readonly (CellValue | undefined)[]): string => {
    let s = '';
    for (let i = 0; i < row.length; i++) s += i === 0 ? cell(row[i]) : delimiter + cell(row[i]);
    return `${s}\n`;
  };
  return {
    head: () => line(spec.columns.map((c) => c.name)),
    batch: (rows: readonly (readonly CellValue[])[]) => {
      let s = '';
      for (const r of rows) s += line(r);
      return s;
    },
    separator: '',
    tail: () => '',
  };
}
