/**
 * zod schemas of the clinical data files in src/data/clinical/. The files are authored by
 * hand, so the schemas are strict (unknown keys are errors) and codes are checked for shape
 * here; cross-references (a condition naming a medication or lab) are checked in data.ts.
 */
import { z } from 'zod';

const icd10 = z.string().regex(/^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/, 'ICD-10-CM code');
const snomed = z.string().regex(/^[1-9][0-9]{5,17}$/, 'SNOMED CT concept id');
const loinc = z.string().regex(/^[1-9][0-9]{0,6}-[0-9]$/, 'LOINC code');
const rxnorm = z.string().regex(/^[1-9][0-9]{1,7}$/, 'RxNorm CUI');
const range = z
  .tuple([z.number(), z.number()])
  .refine(([a, b]) => a <= b, 'range [low, high] with low ≤ high');
const ageRange = z.tuple([z.number().min(0).max(120), z.number().min(0).max(120)]);
const sexName = z.enum(['female', 'male']);

export const MedicationSchema = z.strictObject({
  rxnorm,
  display: z.string().min(3),
  /** Short name used in notes ("lisinopril"). */
  name: z.string().min(2),
  dose: z.string().min(1),
  route: z.string().min(2),
  frequency: z.string().min(2),
  /** Course length in days for short courses (antibiotics); absent for maintenance drugs. */
  courseDays: range.optional(),
  /** Allergy ids that rule this medication out. */
  avoidIf: z.array(z.string()).optional(),
});

export const MedicationFileSchema = z.strictObject({ medications: z.record(z.string(), MedicationSchema) });

export const ObservationDefSchema = z.strictObject({
  loinc,
  display: z.string().min(3),
  /** Short label used in notes ("HbA1c", "BP"). */
  label: z.string().min(1),
  unit: z.string().min(1),
  decimals: z.number().int().min(0).max(3),
  /** Hard physiological bounds: no generated value lies outside. */
  bounds: range,
  /** Reference interval by sex (labs). */
  normal: z.strictObject({ female: range, male: range }).optional(),
});

const VitalNormSchema = z.strictObject({
  ages: ageRange,
  heartRate: range,
  respRate: range,
  systolic: range.optional(),
  diastolic: range.optional(),
});

export const GrowthPointSchema = z.strictObject({
  age: z.number().min(0).max(20),
  female: z.tuple([z.number(), z.number()]),
  male: z.tuple([z.number(), z.number()]),
});

export const ObservationFileSchema = z.strictObject({
  vitals: z.record(z.string(), ObservationDefSchema),
  labs: z.record(z.string(), ObservationDefSchema),
  panels: z.record(z.string(), z.array(z.string()).min(1)),
  /** Normal heart rate, respiratory rate and blood pressure by age band (5th–95th percentile-ish). */
  vitalNorms: z.array(VitalNormSchema).min(1),
  /** Median height (cm) and weight (kg) by age for children: [height, weight]. */
  growth: z.array(GrowthPointSchema).min(2),
  /** Panels ordered at check-ups by adults, with the chance per check-up. */
  screening: z.array(
    z.strictObject({ panel: z.string(), minAge: z.number(), chance: z.number().min(0).max(1) }),
  ),
});

const PrevalenceSchema = z.strictObject({ ages: ageRange, p: z.number().min(0).max(1) });

const LabEffectSchema = z
  .strictObject({
    lab: z.string(),
    /** Values drawn uniformly in this range while the condition is active. */
    range: range.optional(),
    /** Added to the normal value while the condition is active. */
    shift: z.number().optional(),
  })
  .refine((e) => (e.range === undefined) !== (e.shift === undefined), 'give exactly one of range or shift');

export const ConditionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  icd10,
  snomed,
  display: z.string().min(3),
  /** Wording in notes when it differs from the display. */
  text: z.string().optional(),
  kind: z.enum(['chronic', 'acute']),
  sex: sexName.optional(),
  /** Multiplier of the chance for one sex (osteoporosis is mostly female, gout mostly male). */
  sexFactor: z.partialRecord(sexName, z.number().positive()).optional(),
  /**
   * Chronic: probability of having the condition at this age. Acute: episodes per year at this
   * age (a year is drawn at most once).
   */
  prevalence: z.array(PrevalenceSchema).min(1),
  /** Youngest and oldest age at onset. */
  onsetAge: ageRange,
  /** Earliest calendar date of onset (COVID-19). */
  notBefore: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Multipliers of the chance when the patient already has these (chronic) conditions. */
  risk: z.record(z.string(), z.number().positive()).optional(),
  /** Encounter type ids weighted, for the diagnosis visit. */
  encounter: z.record(z.string(), z.number().positive()),
  /** Acute: days from onset to resolution. */
  durationDays: range.optional(),
  /** Acute: extra follow-up visits during the course ([min, max]). */
  followups: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  /** Medication ids, weighted; one is started at diagnosis with probability `treated`. */
  medications: z.record(z.string(), z.number().positive()).optional(),
  treated: z.number().min(0).max(1).optional(),
  /** Chance of a second, different medication from the list. */
  second: z.number().min(0).max(1).optional(),
  /** Labs ordered when the condition is the reason for a visit. */
  orders: z.array(z.string()).optional(),
  labs: z.array(LabEffectSchema).optional(),
  /** Shifts of vital signs while active (systolic, diastolic, heartRate, respRate, temperature, spo2). */
  vitals: z.record(z.string(), z.number()).optional(),
  /** BMI range while active (obesity). */
  bmi: range.optional(),
  /** Assessment/plan phrases for notes. */
  plan: z.array(z.string().min(3)).min(1),
});

export const ConditionFileSchema = z.strictObject({ conditions: z.array(ConditionSchema).min(1) });

export const EncounterTypeSchema = z.strictObject({
  snomed,
  display: z.string().min(3),
  classCode: z.enum(['AMB', 'EMER', 'IMP']),
  /** Length of stay: minutes for AMB/EMER, days for IMP. */
  minutes: range.optional(),
  days: range.optional(),
  /** Opening hour range [from, to] (24 h clock). */
  hours: range,
});

export const EncounterFileSchema = z.strictObject({
  encounterTypes: z.record(z.string(), EncounterTypeSchema),
  /** Types used by the schedule: routine adult check-up, well-child visit, chronic follow-up. */
  routine: z.strictObject({ adult: z.string(), child: z.string(), followup: z.string() }),
});

export const AllergySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  code: z.string().regex(/^[1-9][0-9]{1,17}$/),
  system: z.enum(['rxnorm', 'snomed']),
  display: z.string().min(3),
  category: z.enum(['medication', 'food', 'environment']),
  /** Chance that a patient has it. */
  p: z.number().min(0).max(1),
  /** Youngest age at which it is recorded. */
  minAge: z.number().min(0).default(0),
  reactions: z.array(z.string().min(3)).min(1),
  severity: z.partialRecord(z.enum(['mild', 'moderate', 'severe']), z.number().positive()),
});

export const AllergyFileSchema = z.strictObject({ allergies: z.array(AllergySchema).min(1) });

const LineSchema = z.union([
  z.string(),
  z.strictObject({
    p: z.number().min(0).max(1).optional(),
    text: z.string().optional(),
    any: z.array(z.string()).min(1).optional(),
  }),
]);

export const NoteTemplateSchema = z.strictObject({
  typeCode: loinc,
  typeDisplay: z.string().min(3),
  lines: z.array(LineSchema).min(1),
});

export const NoteFileSchema = z.strictObject({
  /** Patient column → catalogue kind id of what it holds (absent: not an identifier). */
  columns: z.record(z.string(), z.string().nullable()),
  /** Template ids by encounter class, and the chance of an extra telephone note. */
  byClass: z.strictObject({ AMB: z.array(z.string()), EMER: z.array(z.string()), IMP: z.array(z.string()) }),
  /** Template ids for particular encounter types (well-child), overriding byClass. */
  byType: z.record(z.string(), z.array(z.string())).default({}),
  /** Words for visits without a condition (check-ups) and follow-up intervals. */
  phrases: z.strictObject({
    checkupReason: z.strictObject({ adult: z.array(z.string()).min(1), child: z.array(z.string()).min(1) }),
    checkupCode: z.strictObject({ adult: z.string(), child: z.string() }),
    checkupPlan: z.strictObject({ adult: z.array(z.string()).min(1), child: z.array(z.string()).min(1) }),
    followup: z.array(z.string()).min(1),
  }),
  phoneNote: z.strictObject({ template: z.string(), p: z.number().min(0).max(1) }),
  templates: z.record(z.string(), NoteTemplateSchema),
});

export type MedicationDef = z.infer<typeof MedicationSchema>;
export type ObservationDef = z.infer<typeof ObservationDefSchema>;
export type ObservationFile = z.infer<typeof ObservationFileSchema>;
export type ConditionDef = z.infer<typeof ConditionSchema>;
export type EncounterTypeDef = z.infer<typeof EncounterTypeSchema>;
export type EncounterFile = z.infer<typeof EncounterFileSchema>;
export type AllergyDef = z.infer<typeof AllergySchema>;
export type NoteFile = z.infer<typeof NoteFileSchema>;
export type NoteTemplateDef = z.infer<typeof NoteTemplateSchema>;
