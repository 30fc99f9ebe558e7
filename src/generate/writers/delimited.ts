/** CSV and TSV (RFC 4180 quoting) with csv-stringify's synchronous API, one call per batch. */
import { stringify } from 'csv-stringify/sync';
import type { CellValue, TableSpec } from '../../table/types.js';
import type { TableEncoder } from './encoder.js';

export function delimitedEncoder(spec: TableSpec, delimiter: ',' | '\t'): TableEncoder {
  const options = {
    delimiter,
    record_delimiter: '\n' as const,
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
  };
  return {
    head: () => stringify([spec.columns.map((c) => c.name)], options),
    batch: (rows: readonly (readonly CellValue[])[]) =>
      rows.length === 0 ? '' : stringify(rows as CellValue[][], options),
    separator: '',
    tail: () => '',
  };
}
