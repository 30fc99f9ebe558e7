import type { CellValue } from '../table/types.js';

/** A generated row by column name. */
export type Row = Readonly<Record<string, CellValue>>;

/** A FHIR resource as plain JSON. */
export type Resource = { resourceType: string; id: string } & Record<string, unknown>;

/** How a resource points at another: `urn:uuid:…` inside a transaction Bundle, `Type/id` in bulk NDJSON. */
export type RefMaker = (type: string, id: string) => string;

/** One patient and the rows of its child tables. */
export interface PatientGroup {
  patient: Row;
  encounters: Row[];
  conditions: Row[];
  medications: Row[];
  observations: Row[];
  allergies: Row[];
  notes: Row[];
}
