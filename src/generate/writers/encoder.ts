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
/** HL7 v2 ADT messages, one file for the whole run (src/hl7). */
export type Hl7FormatName = 'hl7v2';
export const HL7_FORMATS: readonly Hl7FormatName[] = ['hl7v2'];
/** Formats written per patient (FHIR, HL7 v2) rather than one file per table. */
export type PatientFormatName = FhirFormatName | Hl7FormatName;
export function isPatientFormat(f: string): f is PatientFormatName {
  return isFhirFormat(f) || f === 'hl7v2';
}
export type OutputFormat = FormatName | PatientFormatName;
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
