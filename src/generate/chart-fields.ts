/** The fields of each chart list a `{ chart: field }` column may take, with their column types. */
import type { ColumnType } from '../table/types.js';

export const CHART_FIELDS: Record<string, Record<string, ColumnType>> = {
  encounters: {
    start: 'timestamp',
    end: 'timestamp',
    classCode: 'text',
    typeCode: 'text',
    typeDisplay: 'text',
    reason: 'integer',
  },
  conditions: {
    icd10: 'text',
    snomed: 'text',
    display: 'text',
    onset: 'date',
    abatement: 'date',
    encounter: 'integer',
  },
  medications: {
    rxnorm: 'text',
    display: 'text',
    dose: 'text',
    route: 'text',
    frequency: 'text',
    start: 'date',
    end: 'date',
    reason: 'integer',
    encounter: 'integer',
  },
  observations: {
    loinc: 'text',
    display: 'text',
    category: 'text',
    value: 'real',
    unit: 'text',
    valueText: 'text',
    effective: 'timestamp',
    encounter: 'integer',
  },
  allergies: {
    code: 'text',
    system: 'text',
    display: 'text',
    category: 'text',
    reaction: 'text',
    severity: 'text',
    recorded: 'date',
  },
  notes: {
    encounter: 'integer',
    date: 'timestamp',
    typeCode: 'text',
    typeDisplay: 'text',
    text: 'text',
  },
};

/** Chart fields that hold an index into another chart list (for `ref` + `via`). */
export const CHART_INDEX_FIELDS: Record<string, Record<string, string>> = {
  encounters: { reason: 'conditions' },
  conditions: { encounter: 'encounters' },
  medications: { reason: 'conditions', encounter: 'encounters' },
  observations: { encounter: 'encounters' },
  notes: { encounter: 'encounters' },
};
