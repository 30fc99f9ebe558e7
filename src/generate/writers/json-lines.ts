/** NDJSON (one object per line) and JSON (one array per table). Keys in column order. */
import type { CellValue, TableSpec } from '../../table/types.js';
import type { TableEncoder } from './encoder.js';

function objectEncoder(spec: TableSpec): (row: readonly CellValue[]) => string {
  const keys = spec.columns.map((c, i) => `${i === 0 ? '{' : ','}${JSON.stringify(c.name)}:`);
  return (row) => {
    let s = '';
    for (let i = 0; i < keys.length; i++) s += keys[i] + JSON.stringify(row[i] ?? null);
    return `${s}}`;
  };
}

export function ndjsonEncoder(spec: TableSpec): TableEncoder {
  const encode = objectEncoder(spec);
  return {
    head: () => '',
    batch: (rows) => {
      let s = '';
      for (const r of rows) s += `${encode(r)}\n`;
      return s;
    },
    separator: '',
    tail: () => '',
  };
}

export function jsonEncoder(spec: TableSpec): TableEncoder {
  const encode = objectEncoder(spec);
  return {
    head: () => '[\n',
    batch: (rows) => rows.map((r) => `  ${encode(r)}`).join(',\n'),
    separator: ',\n',
    tail: () => '\n]\n',
  };
}
