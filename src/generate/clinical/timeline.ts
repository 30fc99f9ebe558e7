/**
 * The skeleton of a chart: the care window, the conditions the patient has (chronic by
 * prevalence at their current age, acute episodes year by year) and the encounters at which
 * they are diagnosed and followed, plus routine check-ups. Everything stays inside
 * [birth, min(death, refDate)] and every condition's onset is on or before its diagnosis visit.
 */
import type { Rng } from '../../core/rng.js';
import type { ClinicalData, ConditionModel } from './data.js';
import { DAYS_PER_YEAR, dayAtAge } from './days.js';
import type { Sex } from './types.js';

export interface CondDraft {
  def: ConditionModel;
  onset: number;
  abatement: number | null;
  /** Acute: the day of the visit where it is diagnosed. */
  visit: number;
  /** Set when encounters are ordered: the visit where the condition is recorded. */
  encounter: EncDraft | null;
  /** A cohort asked for it: its labs are taken at every visit it is the reason for. */
  required?: true;
}

export interface EncDraft {
  day: number;
  type: string;
  /** The condition that is the reason for the visit, null for a check-up. */
  reason: CondDraft | null;
  /** Conditions first recorded at this visit. */
  diagnoses: CondDraft[];
  /** True for the visit that opens the care window (history is taken there). */
  first: boolean;
}

export interface Timeline {
  birth: number;
  end: number;
  windowStart: number;
  conditions: CondDraft[];
  encounters: EncDraft[];
}

const MAX_ACUTE = 10;
let scratch = new Uint8Array(64);
const WELL_CHILD_AGES = [0.01, 2 / 12, 4 / 12, 6 / 12, 1, 1.5, 2, 3];
/** Children from this age on, like adults, have a care window of a few years, not since birth. */
const WINDOW_FROM_AGE = 3;

export function prevalenceAt(def: ConditionModel, age: number): number {
  for (const band of def.prevalence) if (age >= band.ages[0] && age <= band.ages[1] + 0.999) return band.p;
  return 0;
}

function chanceFor(def: ConditionModel, sex: Sex, age: number, have: Uint8Array): number {
  let p = prevalenceAt(def, age);
  if (p <= 0) return 0;
  if (def.sexFactor) p *= def.sexFactor[sex] ?? 1;
  for (const [index, m] of def.riskList) if (have[index] === 1) p *= m;
  return Math.min(p, 0.95);
}

function onsetLow(def: ConditionModel, birth: number, from: number): number {
  const lo = Math.max(from, dayAtAge(birth, def.onsetAge[0]));
  return def.notBeforeDay !== null ? Math.max(lo, def.notBeforeDay) : lo;
}

function onsetHigh(def: ConditionModel, birth: number, to: number): number {
  return Math.min(to, dayAtAge(birth, def.onsetAge[1]));
}

function drawChronic(
  rng: Rng,
  data: ClinicalData,
  sex: Sex,
  birth: number,
  end: number,
  age: number,
  have: Uint8Array,
  required: ReadonlyMap<ConditionModel, number>,
): CondDraft[] {
  const out: CondDraft[] = [];
  for (const def of data.bySex[sex].chronic) {
    const given = required.get(def);
    if (given !== undefined) {
      have[def.index] = 1;
      out.push({ def, onset: given, abatement: null, visit: given, encounter: null, required: true });
      continue;
    }
    const p = chanceFor(def, sex, age, have);
    if (p <= 0 || !rng.chance(p)) continue;
    const lo = onsetLow(def, birth, birth);
    const hi = onsetHigh(def, birth, end);
    if (lo > hi) continue;
    have[def.index] = 1;
    const onset = rng.int(lo, hi);
    out.push({ def, onset, abatement: null, visit: onset, encounter: null });
  }
  return out;
}

function drawAcute(
  rng: Rng,
  data: ClinicalData,
  sex: Sex,
  t: Timeline,
  have: Uint8Array,
  required: ReadonlyMap<ConditionModel, number>,
): CondDraft[] {
  const out: CondDraft[] = [];
  const year = Math.round(DAYS_PER_YEAR);
  for (let from = t.windowStart; from <= t.end && out.length < MAX_ACUTE; from += year) {
    const to = Math.min(t.end, from + year - 1);
    const age = ((from + to) / 2 - t.birth) / DAYS_PER_YEAR;
    // Only the conditions with an episode rate at this age are drawn for (precomputed by age).
    const candidates = data.acuteByAge[sex][Math.min(120, Math.floor(age))] ?? [];
    for (const def of candidates) {
      // A required episode is placed by the cohort, not drawn (two overlapping pregnancies…).
      if (required.has(def)) continue;
      const p = chanceFor(def, sex, age, have);
      if (p <= 0 || !rng.chance(p)) continue;
      const lo = onsetLow(def, t.birth, from);
      const hi = onsetHigh(def, t.birth, to);
      if (lo > hi) continue;
      const visit = rng.int(lo, hi);
      const onset = Math.max(t.birth, visit - rng.int(0, 4));
      const dur = def.durationDays as [number, number];
      const abatement = onset + rng.int(dur[0], dur[1]);
      out.push({ def, onset, abatement: abatement <= t.end ? abatement : null, visit, encounter: null });
      if (out.length >= MAX_ACUTE) break;
    }
  }
  return out;
}

/** The episodes a cohort asked for: onset given, visit 0–4 days later, the course drawn as usual. */
function requiredAcute(rng: Rng, required: ReadonlyMap<ConditionModel, number>, end: number): CondDraft[] {
  const out: CondDraft[] = [];
  for (const [def, onset] of required) {
    if (def.kind !== 'acute') continue;
    const visit = Math.min(end, onset + rng.int(0, 4));
    const dur = def.durationDays as [number, number];
    const abatement = onset + rng.int(dur[0], dur[1]);
    out.push({
      def,
      onset,
      abatement: abatement <= end ? abatement : null,
      visit,
      encounter: null,
      required: true,
    });
  }
  return out;
}

function add(list: EncDraft[], day: number, type: string, reason: CondDraft | null): EncDraft {
  const e: EncDraft = { day, type, reason, diagnoses: [], first: false };
  list.push(e);
  return e;
}

function routineVisits(rng: Rng, data: ClinicalData, t: Timeline, list: EncDraft[]): void {
  const { birth, windowStart, end } = t;
  let day = windowStart;
  if (windowStart === birth) {
    for (const age of WELL_CHILD_AGES) {
      const d = dayAtAge(birth, age) + rng.int(0, 6);
      if (d > end) return;
      add(list, d, data.routine.child, null);
    }
    day = dayAtAge(birth, 3);
  } else {
    day += rng.int(0, 120);
  }
  for (;;) {
    day += rng.int(300, 800);
    if (day > end) return;
    const adult = day - birth >= 18 * DAYS_PER_YEAR;
    add(list, day, adult ? data.routine.adult : data.routine.child, null);
  }
}

const NONE: ReadonlyMap<ConditionModel, number> = new Map();

/**
 * Builds the timeline; an empty one when the patient died before the reference date's window
 * opens. `required` (a cohort's conditions → onset day) are given, not drawn: chronic ones take
 * their place in file order (so their risk multipliers apply), acute episodes open the care
 * window early enough to hold them, and each is the reason of at least one visit.
 */
export function planTimeline(
  rng: Rng,
  data: ClinicalData,
  sex: Sex,
  birth: number,
  end: number,
  required: ReadonlyMap<ConditionModel, number> = NONE,
): Timeline {
  const t: Timeline = { birth, end, windowStart: birth, conditions: [], encounters: [] };
  if (end < birth) return t;
  const age = (end - birth) / DAYS_PER_YEAR;
  if (age >= WINDOW_FROM_AGE) {
    const years = age >= 18 ? rng.int(1, 8) : rng.int(1, 5);
    t.windowStart = Math.max(birth, end - Math.round(years * DAYS_PER_YEAR));
  }
  const placed = required.size > 0 ? requiredAcute(rng, required, end) : [];
  for (const c of placed) t.windowStart = Math.min(t.windowStart, c.visit);

  // Which conditions the patient has, by condition index (for risk multipliers). A scratch
  // array cleared on every call: allocating a typed array per chart costs more than the draws.
  if (scratch.length < data.conditions.length) scratch = new Uint8Array(data.conditions.length);
  const have = scratch;
  have.fill(0);
  const chronic = drawChronic(rng, data, sex, birth, end, age, have, required);
  const acute = [...placed, ...drawAcute(rng, data, sex, t, have, required)];
  const list: EncDraft[] = [];
  routineVisits(rng, data, t, list);

  const history: CondDraft[] = [];
  for (const c of chronic) {
    if (c.onset < t.windowStart) {
      history.push(c);
      // Recorded at the first visit as history; a required one is also seen for itself (its labs).
      if (c.required) add(list, rng.int(t.windowStart, end), data.routine.followup, c);
      continue;
    }
    const dx = add(list, Math.min(end, c.onset + rng.int(0, 45)), rng.weighted(c.def.encounterWeights), c);
    dx.diagnoses.push(c);
    c.encounter = dx;
    const years = (end - dx.day) / DAYS_PER_YEAR;
    const n = Math.min(2, Math.floor(years * 0.3 + rng.float()));
    for (let i = 0; i < n; i++) add(list, rng.int(dx.day + 1, end), data.routine.followup, c);
  }
  for (const c of acute) {
    const visit = c.visit;
    const e = add(list, visit, rng.weighted(c.def.encounterWeights), c);
    e.diagnoses.push(c);
    c.encounter = e;
    if (c.def.followups) {
      const last = Math.min(end, c.abatement ?? end);
      const n = rng.int(c.def.followups[0], c.def.followups[1]);
      for (let i = 0; i < n && visit + 7 <= last; i++)
        add(list, rng.int(visit + 7, last), data.routine.followup, c);
    }
  }
  if (list.length === 0) add(list, end, age >= 18 ? data.routine.adult : data.routine.child, null);
  list.sort((a, b) => a.day - b.day);
  const first = list[0] as EncDraft;
  first.first = true;
  for (const c of history) {
    first.diagnoses.push(c);
    c.encounter = first;
  }
  t.encounters = list;
  t.conditions = [...chronic, ...acute];
  return t;
}
