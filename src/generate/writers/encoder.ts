/**
 * A format's encoder turns batches of rows of one table into text. Encoders are pure, so worker
 * threads can encode their own blocks and the main thread only writes bytes, in order.
 */
import type { CellValue, TableSpec } from '../../table/types.js';

export type FormatName = 'csv' | 'tsv' | 'ndjson' | 'json' | 'sql';
export type Dialect = 'postgres' | 'mysql' | 'sqlite';
export const FORMATS: readonly FormatName[] = ['csv', 'tsv', 'ndjson', 'json', 'sql'];
/** FHIR formats are not one file per table: they are encoded per patient (src/fhir). */
export type FhirFormatName = 'fhir' | 'fhir-ndjson';
export const FHIR_FORMATS: readonly FhirFormatName[] = ['fhir', 'fhir-ndjson'];
export type OutputFormat = FormatName | FhirFormatName;
export function isFhirFormat(f: string): f is FhirFormatName {
  return (FHIR_FORMATS as readonly string[]).includes(f);
}
export const DIALECTS: readonly Dialect[] = ['postgres', 'mysql', 'sqlite'];

export interface TableEncoder {
  /** Text before the first row of the whole data set (header line, CREATE TABLE, "["). */
  head(): string;
  /** One batch of rows; '' for no rows. */
  batch(rows: readonly (readonly CellValue[])[]): string;
  /** Put between two non-empty batches (JSON's comma). */
  readonly separator: string;
  /** Text after the last row of the whole data set. */
  tail(): string;
}

export interface EncoderOptions {
  format: FormatName;
  dialect: Dialect;
  /** Every table of the data set, for SQL foreign keys. */
  tables: readonly TableSpec[];
}

export const EXTENSIONS: Record<FormatName, string> = {
  csv: 'csv',
  tsv: 'tsv',
  ndjson: 'ndjson',
  json: 'json',
  sql: 'sql',
};
