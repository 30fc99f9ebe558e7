/**
 * Vital signs and lab results at an encounter. Values start inside the age- and sex-specific
 * normal range, are moved by the conditions active on that day, clamped to hard physiological
 * bounds and rounded to the observation's fixed number of decimals.
 */
import type { Rng } from '../../core/rng.js';
import type { ClinicalData, ConditionModel } from './data.js';
import type { ObservationDef } from './data-schema.js';
import type { ChartObservation, Sex } from './types.js';

/** A patient's stable body habitus, drawn once per chart. */
export interface Body {
  heightZ: number;
  weightZ: number;
  adultHeight: number;
  bmi: number;
}

export function makeBody(rng: Rng, sex: Sex): Body {
  const heightZ = clamp(rng.normal(0, 1), -2.5, 2.5);
  return {
    heightZ,
    weightZ: clamp(rng.normal(0, 1), -2, 2.5),
    adultHeight: (sex === 'male' ? 176 : 162.5) + heightZ * 7,
    bmi: clamp(rng.normal(26, 3.6), 18.5, 29.8),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}

const POW10 = [1, 10, 100, 1000];

/** value.toFixed(decimals) for the non-negative, already-rounded values made here, without toFixed's cost. */
export function fixed(value: number, decimals: number): string {
  if (decimals === 0) return String(value);
  const f = POW10[decimals] as number;
  const n = Math.round(value * f);
  if (n < 0 || !Number.isSafeInteger(n)) return value.toFixed(decimals);
  const whole = Math.floor(n / f);
  let frac = String(n - whole * f);
  while (frac.length < decimals) frac = `0${frac}`;
  return `${whole}.${frac}`;
}

function push(
  out: ChartObservation[],
  def: ObservationDef,
  category: ChartObservation['category'],
  raw: number,
  effective: string,
  encounter: number,
): number {
  const f = POW10[def.decimals] as number;
  const value = Math.round(clamp(raw, def.bounds[0], def.bounds[1]) * f) / f;
  out.push({
    loinc: def.loinc,
    display: def.display,
    category,
    value,
    unit: def.unit,
    valueText: fixed(value, def.decimals),
    effective,
    encounter,
  });
  return value;
}

/** A value around the middle of [lo, hi], mostly inside it. */
function inRange(rng: Rng, lo: number, hi: number): number {
  return rng.normal((lo + hi) / 2, (hi - lo) / 4.5);
}

function growthAt(data: ClinicalData, sex: Sex, age: number): [number, number] {
  const g = data.observations.growth;
  let prev = g[0] as (typeof g)[number];
  for (const point of g) {
    if (point.age >= age) {
      const span = point.age - prev.age;
      const k = span > 0 ? (age - prev.age) / span : 0;
      const a = prev[sex];
      const b = point[sex];
      return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
    }
    prev = point;
  }
  return prev[sex];
}

/** Vital signs conditions may shift, in the order of the sums below. */
export const SHIFTED_VITALS = [
  'systolic',
  'diastolic',
  'heartRate',
  'respRate',
  'temperature',
  'spo2',
] as const;
const shift = new Float64Array(SHIFTED_VITALS.length);

/** Vital signs for one encounter; appends to `out`. Height only when `measureHeight`. */
export function vitalsAt(
  rng: Rng,
  data: ClinicalData,
  sex: Sex,
  age: number,
  body: Body,
  active: readonly ConditionModel[],
  effective: string,
  encounter: number,
  out: ChartObservation[],
  measureHeight: boolean,
): void {
  const v = data.vitals;
  const norms = data.observations.vitalNorms;
  let norm = norms[norms.length - 1] as (typeof norms)[number];
  for (const n of norms) {
    if (age <= n.ages[1]) {
      norm = n;
      break;
    }
  }
  let height: number;
  let weight: number;
  let obeseBmi: [number, number] | undefined;
  shift.fill(0);
  for (const c of active) {
    if (c.bmi) obeseBmi = c.bmi;
    const v = c.vitalShift;
    if (v) for (let k = 0; k < v.length; k++) shift[k] = (shift[k] as number) + (v[k] as number);
  }
  if (age >= 18) {
    height = body.adultHeight - (age > 70 ? (age - 70) * 0.15 : 0);
    const bmi = obeseBmi ? obeseBmi[0] + ((body.weightZ + 2) / 4.5) * (obeseBmi[1] - obeseBmi[0]) : body.bmi;
    weight = (bmi + rng.normal(0, 0.5)) * (height / 100) ** 2;
  } else {
    const [h, w] = growthAt(data, sex, age);
    height = h * (1 + body.heightZ * 0.04);
    weight = w * (1 + body.weightZ * 0.1) * (obeseBmi ? 1.3 : 1) * (1 + rng.normal(0, 0.02));
  }
  if (norm.systolic && norm.diastolic) {
    push(
      out,
      v.systolic as ObservationDef,
      'vital-signs',
      inRange(rng, norm.systolic[0], norm.systolic[1]) + (shift[0] as number),
      effective,
      encounter,
    );
    push(
      out,
      v.diastolic as ObservationDef,
      'vital-signs',
      inRange(rng, norm.diastolic[0], norm.diastolic[1]) + (shift[1] as number),
      effective,
      encounter,
    );
  }
  push(
    out,
    v.heartRate as ObservationDef,
    'vital-signs',
    inRange(rng, norm.heartRate[0], norm.heartRate[1]) + (shift[2] as number),
    effective,
    encounter,
  );
  push(
    out,
    v.respRate as ObservationDef,
    'vital-signs',
    inRange(rng, norm.respRate[0], norm.respRate[1]) + (shift[3] as number),
    effective,
    encounter,
  );
  push(
    out,
    v.temperature as ObservationDef,
    'vital-signs',
    inRange(rng, 36.4, 37.2) + (shift[4] as number),
    effective,
    encounter,
  );
  if (age >= 1)
    push(
      out,
      v.spo2 as ObservationDef,
      'vital-signs',
      Math.min(100, inRange(rng, 96, 100)) + (shift[5] as number),
      effective,
      encounter,
    );
  // Adults are measured at check-ups; other visits carry the height forward for the BMI.
  const hDef = v.height as ObservationDef;
  const h = measureHeight
    ? push(out, hDef, 'vital-signs', height, effective, encounter)
    : Math.round(height * 10) / 10;
  const w = push(out, v.weight as ObservationDef, 'vital-signs', weight, effective, encounter);
  if (age >= 2) push(out, v.bmi as ObservationDef, 'vital-signs', w / (h / 100) ** 2, effective, encounter);
}

/** Lab results for the given lab ids; appends to `out`. */
export function labsAt(
  rng: Rng,
  data: ClinicalData,
  sex: Sex,
  labIds: readonly string[],
  active: readonly ConditionModel[],
  effective: string,
  encounter: number,
  out: ChartObservation[],
): void {
  for (const id of labIds) {
    const def = data.labs.get(id) as ObservationDef;
    const normal = def.normal ? def.normal[sex] : def.bounds;
    let value = inRange(rng, normal[0], normal[1]);
    for (const c of active) {
      if (!c.labs) continue;
      for (const e of c.labs) {
        if (e.lab !== id) continue;
        if (e.range) value = e.range[0] + rng.float() * (e.range[1] - e.range[0]);
        else value += e.shift ?? 0;
      }
    }
    push(out, def, 'laboratory', value, effective, encounter);
  }
}
