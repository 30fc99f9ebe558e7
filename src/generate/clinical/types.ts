/**
 * Contract between the clinical model (src/generate/clinical/) and the row engine.
 * The model turns a patient's facts into a coherent chart; child tables (encounters,
 * conditions, medications, observations, allergies, notes) are projections of that chart.
 * All dates are ISO strings (YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS for encounter times).
 */
import type { Rng } from '../../core/rng.js';

export type Sex = 'female' | 'male';

export interface PatientFacts {
  birthDate: string;
  sex: Sex;
  /** Null when alive at the reference date. */
  deathDate: string | null;
  /** Pinned reference date ("today" of the data set). Nothing happens after it. */
  refDate: string;
  /**
   * Conditions the patient must have (a cohort's definition), with their onset dates. The caller
   * guarantees each onset is possible: inside the life, the condition's onset ages and sex.
   */
  conditions?: readonly RequiredCondition[];
}

export interface RequiredCondition {
  /** Condition id of conditions.yaml. */
  id: string;
  /** Onset, YYYY-MM-DD. */
  onset: string;
}

/**
 * The patient row's values by column name (see docs/clinical-data.md for the names the note
 * templates use). Notes mention them the way real notes do.
 */
export type PatientRow = Readonly<Record<string, string | number | null>>;

export interface ChartEncounter {
  start: string;
  end: string;
  /** HL7 v3 ActCode: AMB, EMER, IMP. */
  classCode: string;
  typeCode: string; // SNOMED CT
  typeDisplay: string;
  /** Index into chart.conditions of the reason for the visit, or null for a check-up. */
  reason: number | null;
}

export interface ChartCondition {
  icd10: string;
  snomed: string;
  display: string;
  onset: string;
  abatement: string | null;
  encounter: number;
}

export interface ChartMedication {
  rxnorm: string;
  display: string;
  dose: string;
  route: string;
  frequency: string;
  start: string;
  end: string | null;
  /** Index into chart.conditions this medication treats. */
  reason: number;
  encounter: number;
}

export interface ChartObservation {
  loinc: string;
  display: string;
  category: 'laboratory' | 'vital-signs';
  value: number;
  /** UCUM unit. */
  unit: string;
  /** The number as it should be written (fixed decimals). */
  valueText: string;
  effective: string;
  encounter: number;
}

export interface ChartAllergy {
  code: string;
  system: 'rxnorm' | 'snomed';
  display: string;
  category: 'medication' | 'food' | 'environment';
  reaction: string;
  severity: 'mild' | 'moderate' | 'severe';
  recorded: string;
}

/** Where a note mentions an identifier: ground truth for scoring the scrubber. */
export interface PlantedSpan {
  start: number;
  end: number;
  /** Catalogue kind id (`given-name`, `family-name`, `mrn`, `phone`, `date`, `age`...). */
  kind: string;
}

export interface ChartNote {
  encounter: number;
  date: string;
  /** LOINC document type, e.g. 11506-3 Progress note. */
  typeCode: string;
  typeDisplay: string;
  text: string;
  planted: PlantedSpan[];
}

export interface Chart {
  encounters: ChartEncounter[];
  conditions: ChartCondition[];
  medications: ChartMedication[];
  observations: ChartObservation[];
  allergies: ChartAllergy[];
  notes: ChartNote[];
}

/** Implemented in chart.ts. Pure: same rng state and inputs, same chart. */
export type BuildChart = (rng: Rng, facts: PatientFacts, patient: PatientRow) => Chart;
