/**
 * Loads the clinical data files (src/data/clinical/*.yaml) once, validates them with zod,
 * checks every cross-reference, and compiles them into the lookup shapes the engine uses.
 * From dist/generate/clinical/ the same relative path leads back to src/data/clinical/, which
 * ships in the package.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { PlaceboError } from '../../core/errors.js';
import {
  type AllergyDef,
  AllergyFileSchema,
  type ConditionDef,
  ConditionFileSchema,
  EncounterFileSchema,
  type EncounterTypeDef,
  type MedicationDef,
  MedicationFileSchema,
  type NoteFile,
  NoteFileSchema,
  type ObservationDef,
  type ObservationFile,
  ObservationFileSchema,
} from './data-schema.js';
import { dayFromIso } from './days.js';
import { SHIFTED_VITALS } from './observations.js';

export interface ConditionModel extends ConditionDef {
  index: number;
  encounterWeights: [string, number][];
  medicationWeights: [string, number][];
  /** Lab ids ordered when this condition is the visit reason (panels expanded). */
  orderLabs: string[];
  notBeforeDay: number | null;
  /** Risk multipliers by the index of the (earlier) condition they name. */
  riskList: [number, number][];
  /** Vital sign shifts in SHIFTED_VITALS order, or null. */
  vitalShift: number[] | null;
}

export interface ClinicalData {
  conditions: ConditionModel[];
  /** Conditions a patient of each sex can have, split by kind, in file order. */
  bySex: Record<'female' | 'male', { chronic: ConditionModel[]; acute: ConditionModel[] }>;
  /** Acute conditions with a non-zero episode rate somewhere in each whole year of age 0–120. */
  acuteByAge: Record<'female' | 'male', ConditionModel[][]>;
  conditionById: Map<string, ConditionModel>;
  medications: Map<string, MedicationDef>;
  medByRxnorm: Map<string, MedicationDef>;
  labByLoinc: Map<string, ObservationDef>;
  vitals: Record<string, ObservationDef>;
  labs: Map<string, ObservationDef>;
  panels: Map<string, string[]>;
  observations: ObservationFile;
  encounterTypes: Map<string, EncounterTypeDef>;
  routine: { adult: string; child: string; followup: string };
  allergies: AllergyDef[];
  notes: NoteFile;
}

const DIR = new URL('../../../src/data/clinical/', import.meta.url);

export function readDataFile<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new PlaceboError(
      'E_INTERNAL',
      'clinical data file is not valid YAML',
      { file: `src/data/clinical/${name}`, ...(line ? { line } : {}) },
      'fix the YAML syntax',
    );
  }
  const result = schema.safeParse(doc);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '';
    throw new PlaceboError(
      'E_INTERNAL',
      `invalid clinical data file: ${first?.message ?? 'schema mismatch'}`,
      { file: `src/data/clinical/${name}`, path: where },
      'fix the data file so it matches the schema in src/generate/clinical/data-schema.ts',
    );
  }
  return result.data;
}

function fail(file: string, where: string, message: string): never {
  throw new PlaceboError(
    'E_INTERNAL',
    message,
    { file: `src/data/clinical/${file}`, path: where },
    'fix the reference',
  );
}

export function compileClinicalData(): ClinicalData {
  const meds = readDataFile('medications.yaml', MedicationFileSchema).medications;
  const obs = readDataFile('observations.yaml', ObservationFileSchema);
  const enc = readDataFile('encounter-types.yaml', EncounterFileSchema);
  const allergies = readDataFile('allergies.yaml', AllergyFileSchema).allergies;
  const conds = readDataFile('conditions.yaml', ConditionFileSchema).conditions;
  const notes = readDataFile('note-templates.yaml', NoteFileSchema);

  const medications = new Map(Object.entries(meds));
  const labs = new Map(Object.entries(obs.labs));
  const panels = new Map(Object.entries(obs.panels));
  const encounterTypes = new Map(Object.entries(enc.encounterTypes));
  const allergyIds = new Set(allergies.map((a) => a.id));

  for (const [name, ids] of panels)
    for (const id of ids)
      if (!labs.has(id)) fail('observations.yaml', `panels.${name}`, 'panel names an unknown lab');
  for (const s of obs.screening)
    if (!panels.has(s.panel)) fail('observations.yaml', 'screening', 'unknown panel');
  for (const [id, m] of medications)
    for (const a of m.avoidIf ?? [])
      if (!allergyIds.has(a)) fail('medications.yaml', id, 'avoidIf names an unknown allergy');
  for (const [role, id] of Object.entries(enc.routine))
    if (!encounterTypes.has(id)) fail('encounter-types.yaml', `routine.${role}`, 'unknown encounter type');
  for (const [id, t] of encounterTypes) {
    if (
      (t.classCode === 'IMP') !== (t.days !== undefined) ||
      (t.classCode !== 'IMP') !== (t.minutes !== undefined)
    ) {
      fail('encounter-types.yaml', id, 'inpatient types need days, others minutes');
    }
  }

  const seen = new Set<string>();
  const conditions: ConditionModel[] = conds.map((c, index) => {
    const where = `conditions[${index}] (${c.id})`;
    if (seen.has(c.id)) fail('conditions.yaml', where, 'duplicate condition id');
    seen.add(c.id);
    for (const t of Object.keys(c.encounter))
      if (!encounterTypes.has(t)) fail('conditions.yaml', where, 'unknown encounter type');
    for (const m of Object.keys(c.medications ?? {}))
      if (!medications.has(m)) fail('conditions.yaml', where, 'unknown medication');
    for (const e of c.labs ?? []) if (!labs.has(e.lab)) fail('conditions.yaml', where, 'unknown lab');
    for (const v of Object.keys(c.vitals ?? {}))
      if (!(v in obs.vitals)) fail('conditions.yaml', where, 'unknown vital sign');
    for (const r of Object.keys(c.risk ?? {}))
      if (!seen.has(r) || r === c.id) fail('conditions.yaml', where, 'risk must name an earlier condition');
    if (c.kind === 'acute' && !c.durationDays)
      fail('conditions.yaml', where, 'acute conditions need durationDays');
    const orderLabs: string[] = [];
    for (const o of c.orders ?? []) {
      const panel = panels.get(o);
      if (panel) orderLabs.push(...panel);
      else if (labs.has(o)) orderLabs.push(o);
      else fail('conditions.yaml', where, 'orders names an unknown lab or panel');
    }
    for (const e of c.labs ?? []) orderLabs.push(e.lab);
    // Every model gets every key in the same order, so the engine's property reads stay
    // monomorphic (spreading the parsed YAML would give each condition its own object shape).
    return {
      id: c.id,
      icd10: c.icd10,
      snomed: c.snomed,
      display: c.display,
      text: c.text,
      kind: c.kind,
      sex: c.sex,
      sexFactor: c.sexFactor,
      prevalence: c.prevalence.map((b) => ({ ages: b.ages, p: b.p })),
      onsetAge: c.onsetAge,
      notBefore: c.notBefore,
      risk: c.risk,
      encounter: c.encounter,
      durationDays: c.durationDays,
      followups: c.followups,
      medications: c.medications,
      treated: c.treated,
      second: c.second,
      orders: c.orders,
      labs: c.labs?.map((e) => ({ lab: e.lab, range: e.range, shift: e.shift })),
      vitals: c.vitals,
      bmi: c.bmi,
      plan: c.plan,
      index,
      encounterWeights: Object.entries(c.encounter),
      medicationWeights: Object.entries(c.medications ?? {}),
      orderLabs: [...new Set(orderLabs)],
      notBeforeDay: c.notBefore ? dayFromIso(c.notBefore) : null,
      riskList: Object.entries(c.risk ?? {}).map(([id, m]): [number, number] => [
        conds.findIndex((o) => o.id === id),
        m,
      ]),
      vitalShift: c.vitals ? SHIFTED_VITALS.map((v) => c.vitals?.[v] ?? 0) : null,
    };
  });

  const medByRxnorm = new Map<string, MedicationDef>();
  for (const [id, m] of medications) {
    if (medByRxnorm.has(m.rxnorm)) fail('medications.yaml', id, 'two medications share an RxNorm code');
    medByRxnorm.set(m.rxnorm, m);
  }
  for (const [t, ids] of Object.entries(notes.byType)) {
    if (!encounterTypes.has(t)) fail('note-templates.yaml', `byType.${t}`, 'unknown encounter type');
    for (const id of ids)
      if (!notes.templates[id]) fail('note-templates.yaml', `byType.${t}`, 'unknown template');
  }
  for (const [cls, ids] of Object.entries(notes.byClass))
    for (const id of ids)
      if (!notes.templates[id]) fail('note-templates.yaml', `byClass.${cls}`, 'unknown template');
  if (!notes.templates[notes.phoneNote.template])
    fail('note-templates.yaml', 'phoneNote', 'unknown template');

  const forSex = (sex: 'female' | 'male') => {
    const allowed = conditions.filter((c) => !c.sex || c.sex === sex);
    return {
      chronic: allowed.filter((c) => c.kind === 'chronic'),
      acute: allowed.filter((c) => c.kind === 'acute'),
    };
  };
  const bySex = { female: forSex('female'), male: forSex('male') };
  const byAge = (list: ConditionModel[]): ConditionModel[][] =>
    Array.from({ length: 121 }, (_, age) =>
      list.filter((c) => c.prevalence.some((b) => b.p > 0 && b.ages[0] < age + 1 && b.ages[1] + 1 > age)),
    );
  return {
    conditions,
    bySex,
    acuteByAge: { female: byAge(bySex.female.acute), male: byAge(bySex.male.acute) },
    conditionById: new Map(conditions.map((c) => [c.id, c])),
    medications,
    medByRxnorm,
    labByLoinc: new Map([...labs.values()].map((l) => [l.loinc, l])),
    vitals: obs.vitals,
    labs,
    panels,
    observations: obs,
    encounterTypes,
    routine: enc.routine,
    allergies,
    notes,
  };
}

let cached: ClinicalData | undefined;

/** The compiled clinical data, loaded on first use. */
export function clinicalData(): ClinicalData {
  cached ??= compileClinicalData();
  return cached;
}
