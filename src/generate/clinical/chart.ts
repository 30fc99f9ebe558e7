/**
 * buildChart: a patient's facts → a coherent chart. Pure: every draw comes from child streams
 * of the Rng given (one per concern, so adding draws to one concern leaves the others alone).
 */
import type { Rng } from '../../core/rng.js';
import { type ClinicalData, type ConditionModel, clinicalData } from './data.js';
import type { AllergyDef, EncounterTypeDef } from './data-schema.js';
import { DAYS_PER_YEAR, dayFromIso, isoFromDay, isoTimestamp } from './days.js';
import { buildNotes } from './notes/notes.js';
import { type Body, labsAt, makeBody, vitalsAt } from './observations.js';
import { type CondDraft, type EncDraft, planTimeline } from './timeline.js';
import type {
  BuildChart,
  Chart,
  ChartAllergy,
  ChartCondition,
  ChartEncounter,
  ChartNote,
  PatientFacts,
  PatientRow,
} from './types.js';

/** Per-encounter facts the notes need, parallel to chart.encounters. */
export interface EncounterFacts {
  day: number;
  endDay: number;
  startMinutes: number;
  reason: CondDraft | null;
  /** Conditions active on the day (onset ≤ day, not yet abated), as chart indices. */
  active: number[];
  /** Range of chart.observations taken at this encounter. */
  obsFrom: number;
  obsTo: number;
  /** Medications started at this encounter, as chart indices. */
  newMeds: number[];
}

export interface ChartWork {
  data: ClinicalData;
  facts: PatientFacts;
  birth: number;
  end: number;
  chart: Chart;
  encounters: EncounterFacts[];
  /** Chart condition index → its draft. */
  conditions: CondDraft[];
  /** Allergy recorded-day, parallel to chart.allergies. */
  allergyDays: number[];
  /** Encounter type id, parallel to chart.encounters. */
  encounterTypes: string[];
  /** Start and end day (end: null while ongoing), parallel to chart.medications. */
  medDays: [number, number | null][];
}

function schedule(rng: Rng, data: ClinicalData, drafts: EncDraft[], end: number, w: ChartWork): void {
  const out = w.chart.encounters;
  let prevDay = -Infinity;
  let prevStart = 0;
  for (const e of drafts) {
    // Types are validated at load, so every draft's type exists.
    const type = data.encounterTypes.get(e.type) as EncounterTypeDef;
    let start = rng.int(type.hours[0] * 60, type.hours[1] * 60 + 45);
    // Two visits on one day keep their order: the later one starts no earlier.
    if (e.day === prevDay && start < prevStart) start = Math.min(prevStart + 30, Math.max(prevStart, 1425));
    prevDay = e.day;
    prevStart = start;
    let endDay = e.day;
    let endMin: number;
    if (type.days) {
      endDay = Math.min(end, e.day + rng.int(type.days[0], type.days[1]));
      endMin = endDay === e.day ? Math.min(1439, start + 240) : rng.int(9 * 60, 16 * 60);
    } else {
      const m = type.minutes as [number, number];
      endMin = Math.min(1439, start + rng.int(m[0], m[1]));
    }
    out.push({
      start: isoTimestamp(e.day, start),
      end: isoTimestamp(endDay, endMin),
      classCode: type.classCode,
      typeCode: type.snomed,
      typeDisplay: type.display,
      reason: null,
    });
    w.encounterTypes.push(e.type);
    w.encounters.push({
      day: e.day,
      endDay,
      startMinutes: start,
      reason: e.reason,
      active: [],
      obsFrom: 0,
      obsTo: 0,
      newMeds: [],
    });
  }
}

function drawAllergies(rng: Rng, data: ClinicalData, w: ChartWork): Set<string> {
  const ids = new Set<string>();
  const age = (w.end - w.birth) / DAYS_PER_YEAR;
  const encs = w.encounters;
  for (const a of data.allergies) {
    if (age < a.minAge || !rng.chance(a.p)) continue;
    const minDay = w.birth + Math.round(a.minAge * DAYS_PER_YEAR);
    let at: EncounterFacts | undefined;
    for (const e of encs)
      if (e.day >= minDay) {
        at = e;
        break;
      }
    if (!at) continue;
    ids.add(a.id);
    w.allergyDays.push(at.day);
    w.chart.allergies.push(allergyOf(rng, a, isoFromDay(at.day)));
  }
  return ids;
}

function allergyOf(rng: Rng, a: AllergyDef, recorded: string): ChartAllergy {
  return {
    code: a.code,
    system: a.system,
    display: a.display,
    category: a.category,
    reaction: rng.pick(a.reactions),
    severity: rng.weighted(Object.entries(a.severity) as [ChartAllergy['severity'], number][]),
    recorded,
  };
}

function pickMedication(
  rng: Rng,
  data: ClinicalData,
  def: ConditionModel,
  allergic: ReadonlySet<string>,
  not: string | null,
): string | null {
  const options = def.medicationWeights.filter(([id]) => {
    if (id === not) return false;
    const m = data.medications.get(id);
    return !m?.avoidIf?.some((a) => allergic.has(a));
  });
  return options.length > 0 ? rng.weighted(options) : null;
}

function prescribe(rng: Rng, w: ChartWork, allergic: ReadonlySet<string>): void {
  const deathDay = w.facts.deathDate ? w.end : null;
  w.conditions.forEach((c, index) => {
    const def = c.def;
    if (def.medicationWeights.length === 0 || !rng.chance(def.treated ?? 1)) return;
    const encIndex = w.chart.conditions[index]?.encounter as number;
    const enc = w.encounters[encIndex] as EncounterFacts;
    let first: string | null = null;
    for (let k = 0; k < 2; k++) {
      if (k === 1 && !rng.chance(def.second ?? 0)) break;
      const id = pickMedication(rng, w.data, def, allergic, first);
      if (!id) break;
      first = id;
      const m = w.data.medications.get(id);
      if (!m) break;
      let endDay: number | null = deathDay;
      // Acute conditions get a course; a drug with no course length (a statin after a heart
      // attack) is continued like a chronic one.
      if (def.kind === 'acute' && m.courseDays) {
        endDay = Math.min(w.end, enc.day + rng.int(m.courseDays[0], m.courseDays[1]));
      }
      enc.newMeds.push(w.chart.medications.length);
      w.medDays.push([enc.day, endDay]);
      w.chart.medications.push({
        rxnorm: m.rxnorm,
        display: m.display,
        dose: m.dose,
        route: m.route,
        frequency: m.frequency,
        start: isoFromDay(enc.day),
        end: endDay === null ? null : isoFromDay(endDay),
        reason: index,
        encounter: encIndex,
      });
    }
  });
}

function observe(rng: Rng, w: ChartWork, body: Body): void {
  const { data, facts } = w;
  const obs = w.chart.observations;
  const active: ConditionModel[] = [];
  const conditions = w.conditions;
  for (let i = 0; i < w.encounters.length; i++) {
    const e = w.encounters[i] as EncounterFacts;
    active.length = 0;
    e.active = [];
    let required = 0;
    for (let ci = 0; ci < conditions.length; ci++) {
      const c = conditions[ci] as CondDraft;
      if (
        c.onset <= e.day &&
        (c.abatement === null || c.abatement >= e.day) &&
        (c.encounter?.day ?? Infinity) <= e.day
      ) {
        if (c.required) required++;
        else active.push(c.def);
        e.active.push(ci);
      }
    }
    // A cohort's conditions go last: where two conditions set the same lab (prediabetes and
    // diabetes both set HbA1c), the last one's range wins, and the cohort asked for this one.
    if (required > 0)
      for (const ci of e.active) if (conditions[ci]?.required) active.push(conditions[ci]!.def);
    const age = (e.day - w.birth) / DAYS_PER_YEAR;
    const effective = w.chart.encounters[i]?.start as string;
    e.obsFrom = obs.length;
    const measureHeight = age < 18 || i === 0 || e.reason === null;
    vitalsAt(rng, data, facts.sex, age, body, active, effective, i, obs, measureHeight);
    let labs: readonly string[] = [];
    let panels = 0;
    if (e.reason) {
      if (e.reason.encounter?.day === e.day || e.reason.required || rng.chance(0.7))
        labs = e.reason.def.orderLabs;
    } else if (age >= 18) {
      for (const s of data.observations.screening) {
        if (age >= s.minAge && rng.chance(s.chance)) {
          labs = labs.concat(data.panels.get(s.panel) ?? []);
          panels++;
        }
      }
    }
    if (panels > 1) labs = [...new Set(labs)];
    if (labs.length > 0) labsAt(rng, data, facts.sex, labs, active, effective, i, obs);
    e.obsTo = obs.length;
  }
}

function emptyChart(): Chart {
  return { encounters: [], conditions: [], medications: [], observations: [], allergies: [], notes: [] };
}

export const buildChart: BuildChart = (rng: Rng, facts: PatientFacts, patient: PatientRow): Chart => {
  const data = clinicalData();
  const birth = dayFromIso(facts.birthDate);
  const ref = dayFromIso(facts.refDate);
  const end = facts.deathDate ? Math.min(ref, dayFromIso(facts.deathDate)) : ref;
  const chart = emptyChart();
  if (end < birth) return chart;

  const required = new Map<ConditionModel, number>();
  for (const r of facts.conditions ?? []) {
    const def = data.conditionById.get(r.id);
    if (def) required.set(def, dayFromIso(r.onset));
  }
  const timeline = planTimeline(rng.derive('timeline'), data, facts.sex, birth, end, required);
  const w: ChartWork = {
    data,
    facts,
    birth,
    end,
    chart,
    encounters: [],
    conditions: [],
    allergyDays: [],
    encounterTypes: [],
    medDays: [],
  };
  schedule(rng.derive('encounters'), data, timeline.encounters, end, w);

  // Conditions in the order they are recorded; each encounter's reason points at one of them.
  const indexOf = new Map<CondDraft, number>();
  timeline.encounters.forEach((e, i) => {
    for (const c of e.diagnoses) {
      indexOf.set(c, chart.conditions.length);
      w.conditions.push(c);
      const cond: ChartCondition = {
        icd10: c.def.icd10,
        snomed: c.def.snomed,
        display: c.def.display,
        onset: isoFromDay(c.onset),
        abatement: c.abatement === null ? null : isoFromDay(c.abatement),
        encounter: i,
      };
      chart.conditions.push(cond);
    }
  });
  timeline.encounters.forEach((e, i) => {
    const enc = chart.encounters[i] as ChartEncounter;
    enc.reason = e.reason ? (indexOf.get(e.reason) ?? null) : null;
  });

  const allergic = drawAllergies(rng.derive('allergies'), data, w);
  prescribe(rng.derive('medications'), w, allergic);
  observe(rng.derive('observations'), w, makeBody(rng.derive('body'), facts.sex));
  // Notes are the costliest part and many schemas never ask for them: build them on first
  // read. They draw only from their own stream, so when they are built does not change them.
  const notesRng = rng.derive('notes');
  let notes: ChartNote[] | undefined;
  Object.defineProperty(chart, 'notes', {
    enumerable: true,
    configurable: true,
    get: () => {
      notes ??= buildNotes(notesRng, w, patient);
      return notes;
    },
    set: (value: ChartNote[]) => {
      notes = value;
    },
  });
  return chart;
};
