/** Generated cells → HL7 v2 data types: DT (YYYYMMDD), DTM (YYYYMMDDHHMMSS), escaped text. */

import { escapeValue } from '../io/hl7-escape.js';
import type { CellValue } from '../table/types.js';

/** Escaped text of a cell ('' for null). */
export function st(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : escapeValue(String(v));
}

/** `2024-05-01` or `2024-05-01T10:20:30` → `20240501` (DT). */
export function dt(v: CellValue | undefined): string {
  return typeof v === 'string' ? v.slice(0, 10).replaceAll('-', '') : '';
}

/** `2024-05-01T10:20:30` → `20240501102030`; a date alone → `20240501` (DTM keeps its precision). */
export function dtm(v: CellValue | undefined): string {
  if (typeof v !== 'string') return '';
  return v.slice(0, 19).replace(/[-:T]/g, '');
}

/** Fields joined into one segment; trailing empty fields are dropped. */
export function segment(id: string, fields: readonly string[]): string {
  let end = fields.length;
  while (end > 0 && fields[end - 1] === '') end--;
  return [id, ...fields.slice(0, end)].join('|');
}

/** Components joined, trailing empty ones dropped. */
export function components(...parts: readonly string[]): string {
  let end = parts.length;
  while (end > 0 && parts[end - 1] === '') end--;
  return parts.slice(0, end).join('^');
}
