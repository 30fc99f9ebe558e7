/** Rows of a block (all tables, parents with their children) → one group per patient. */
import { PlaceboError } from '../core/errors.js';
import type { CellValue, TableSpec } from '../table/types.js';
import type { PatientGroup, Row } from './types.js';

const CHILDREN = ['encounters', 'conditions', 'medications', 'observations', 'allergies', 'notes'] as const;

/** FHIR and HL7 v2 output map the default schema's tables; other schemas get a clear error up front. */
export function assertFhirTables(tables: readonly TableSpec[], file: string, label = 'FHIR'): void {
  const names = new Set(tables.map((t) => t.name));
  for (const t of ['patients', ...CHILDREN]) {
    if (!names.has(t))
      throw new PlaceboError(
        'E_USAGE',
        `${label} output needs a "${t}" table`,
        { file, path: `tables.${t}` },
        `${label} formats map the tables of schemas/patients.yaml`,
      );
  }
}

function toRow(spec: TableSpec, cells: readonly CellValue[]): Row {
  const row: Record<string, CellValue> = {};
  spec.columns.forEach((c, i) => {
    row[c.name] = cells[i] ?? null;
  });
  return row;
}

export function groupBlock(
  tables: readonly TableSpec[],
  rows: readonly (readonly CellValue[][])[],
): PatientGroup[] {
  const groups = new Map<string, PatientGroup>();
  const order: PatientGroup[] = [];
  tables.forEach((spec, i) => {
    if (spec.name !== 'patients') return;
    for (const cells of rows[i] ?? []) {
      const patient = toRow(spec, cells);
      const g: PatientGroup = {
        patient,
        encounters: [],
        conditions: [],
        medications: [],
        observations: [],
        allergies: [],
        notes: [],
      };
      groups.set(String(patient.id), g);
      order.push(g);
    }
  });
  tables.forEach((spec, i) => {
    const list = (CHILDREN as readonly string[]).includes(spec.name)
      ? (spec.name as (typeof CHILDREN)[number])
      : undefined;
    if (!list) return;
    for (const cells of rows[i] ?? []) {
      const row = toRow(spec, cells);
      groups.get(String(row.patient_id))?.[list].push(row);
    }
  });
  return order;
}
