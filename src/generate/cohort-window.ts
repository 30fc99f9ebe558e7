/**
 * The life a cohort member can have: which birth days admit an age, a vital status and every
 * required condition's onset, and a draw of birth, death and onsets inside them. Whole day
 * numbers throughout, with the clinical model's own calendar (clinical/days.ts), so what is
 * feasible here is what the chart then builds.
 */
import type { Rng } from '../core/rng.js';
import { ageOn, dayAtAge, dayFromYmd, ymdFromDay } from './clinical/days.js';

/** One required condition: its onset ages and the cohort's onset window (days, bounds included). */
export interface OnsetNeed {
  id: string;
  onsetAge: readonly [number, number];
  /** Earliest onset the window and the model allow (notBefore, `onset.after` + 1 day). */
  from: number;
  /** Latest onset the window allows (`onset.before` − 1 day). */
  to: number;
}

export interface LifeNeeds {
  ref: number;
  /** Birth days the schema's birth column can hold. */
  birthFrom: number;
  birthTo: number;
  ageMin: number;
  ageMax: number;
  deceased: boolean;
  conditions: readonly OnsetNeed[];
}

export interface Life {
  birth: number;
  /** Null when alive at the reference date. */
  death: number | null;
  /** Onset day per required condition, in LifeNeeds.conditions order. */
  onsets: number[];
}

/** The day someone born on `birth` turns `years` (29 February birthdays fall on 1 March). */
function birthday(birth: number, years: number): number {
  const b = ymdFromDay(birth);
  return dayFromYmd(b.y + years, b.m, b.d);
}

const lowOnset = (c: OnsetNeed, birth: number): number =>
  Math.max(birth, c.from, dayAtAge(birth, c.onsetAge[0]));
const highOnset = (c: OnsetNeed, birth: number, end: number): number =>
  Math.min(end, c.to, dayAtAge(birth, c.onsetAge[1]));

/** Death days possible for this birth, or null for none (deceased members only). */
function deathRange(n: LifeNeeds, birth: number): [number, number] | null {
  let lo = Math.max(birth + 1, birthday(birth, n.ageMin));
  for (const c of n.conditions) lo = Math.max(lo, lowOnset(c, birth));
  const hi = Math.min(n.ref, Number.isFinite(n.ageMax) ? birthday(birth, n.ageMax + 1) - 1 : n.ref);
  return lo <= hi ? [lo, hi] : null;
}

function feasible(n: LifeNeeds, birth: number): boolean {
  if (n.deceased) {
    const d = deathRange(n, birth);
    // Each onset must fit below its own ceiling; the death range already starts after every floor.
    return d !== null && n.conditions.every((c) => lowOnset(c, birth) <= highOnset(c, birth, d[1]));
  }
  const age = ageOn(birth, n.ref);
  if (age < n.ageMin || age > n.ageMax) return false;
  return n.conditions.every((c) => lowOnset(c, birth) <= highOnset(c, birth, n.ref));
}

/** The feasible birth days as disjoint inclusive runs, oldest first (empty: an impossible cohort). */
export function feasibleBirths(n: LifeNeeds): [number, number][] {
  const runs: [number, number][] = [];
  const last = Math.min(n.birthTo, n.ref);
  for (let b = n.birthFrom; b <= last; b++) {
    if (!feasible(n, b)) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === b - 1) run[1] = b;
    else runs.push([b, b]);
  }
  return runs;
}

/** A life drawn uniformly over the feasible births, then death and onsets uniformly given the birth. */
export function drawLife(rng: Rng, n: LifeNeeds, births: readonly [number, number][]): Life {
  let total = 0;
  for (const [lo, hi] of births) total += hi - lo + 1;
  let k = rng.int(0, total - 1);
  let birth = births[0]![0];
  for (const [lo, hi] of births) {
    if (k <= hi - lo) {
      birth = lo + k;
      break;
    }
    k -= hi - lo + 1;
  }
  let death: number | null = null;
  if (n.deceased) {
    const [lo, hi] = deathRange(n, birth)!;
    death = rng.int(lo, hi);
  }
  const end = death ?? n.ref;
  const onsets = n.conditions.map((c) => rng.int(lowOnset(c, birth), highOnset(c, birth, end)));
  return { birth, death, onsets };
}
