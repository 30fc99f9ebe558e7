import type { CellValue } from '../table/types.js';

/** Text of a cell, or undefined for null/empty, so optional elements are simply left out. */
export function text(v: CellValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v);
  return s === '' ? undefined : s;
}

/** FHIR dateTime: a time needs a zone, so times without one are read as UTC. */
export function dateTime(v: CellValue | undefined): string | undefined {
  const s = text(v);
  if (s === undefined) return undefined;
  if (s.length <= 10) return s;
  return /(Z|[+-]\d\d:\d\d)$/.test(s) ? s : `${s}Z`;
}

/** FHIR instant: always a full time with a zone. */
export function instant(v: CellValue | undefined): string | undefined {
  const s = dateTime(v);
  if (s === undefined) return undefined;
  return s.length === 10 ? `${s}T00:00:00Z` : s;
}

/** Drop undefined members so the JSON has no empty elements (FHIR forbids them). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k];
  }
  return o;
}
