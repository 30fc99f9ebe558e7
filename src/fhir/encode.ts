/**
 * FHIR encoding of a block of generated rows: `fhir` makes one transaction Bundle file per
 * patient; `fhir-ndjson` makes the Bulk Data layout, one NDJSON file per resource type.
 * Output: file name → text to append (bulk) or the whole file (bundle).
 */
import type { CellValue, TableSpec } from '../table/types.js';
import { groupBlock } from './group.js';
import { patientBundle, patientResources } from './resources.js';

export type FhirMode = 'fhir' | 'fhir-ndjson';

export function encodeFhirBlock(
  mode: FhirMode,
  tables: readonly TableSpec[],
  rows: readonly (readonly CellValue[][])[],
  seed: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groupBlock(tables, rows)) {
    if (mode === 'fhir') {
      out.set(
        `patient-${String(group.patient.id)}.json`,
        `${JSON.stringify(patientBundle(group, seed), null, 2)}\n`,
      );
      continue;
    }
    for (const r of patientResources(group, seed, (type, id) => `${type}/${id}`, false)) {
      const file = `${r.resourceType}.ndjson`;
      out.set(file, (out.get(file) ?? '') + `${JSON.stringify(r)}\n`);
    }
  }
  return out;
}
