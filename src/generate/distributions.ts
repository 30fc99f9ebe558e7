/** Draws between min and max with a chosen shape. All randomness from the given Rng. */
import type { Rng } from '../core/rng.js';

export type DistributionName = 'uniform' | 'normal' | 'lognormal' | 'exponential' | 'triangular';

export interface RangeSpec {
  min: number;
  max: number;
  distribution: DistributionName;
  mean: number;
  sd: number;
  mode: number;
}

export function rangeSpec(
  min: number,
  max: number,
  o: { distribution?: DistributionName; mean?: number; sd?: number; mode?: number },
): RangeSpec {
  const mid = (min + max) / 2;
  return {
    min,
    max,
    distribution: o.distribution ?? 'uniform',
    mean: o.mean ?? mid,
    sd: o.sd ?? ((max - min) / 6 || 1),
    mode: o.mode ?? mid,
  };
}

/** A float in [min, max]. Unbounded shapes are redrawn a few times, then clamped. */
export function drawRange(rng: Rng, s: RangeSpec): number {
  const { min, max } = s;
  switch (s.distribution) {
    case 'uniform':
      return min + rng.float() * (max - min);
    case 'triangular': {
      const u = rng.float();
      const c = (s.mode - min) / (max - min || 1);
      return u < c
        ? min + Math.sqrt(u * (max - min) * (s.mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - s.mode));
    }
    default: {
      for (let i = 0; i < 8; i++) {
        const x = unbounded(rng, s);
        if (x >= min && x <= max) return x;
      }
      return Math.min(max, Math.max(min, unbounded(rng, s)));
    }
  }
}

function unbounded(rng: Rng, s: RangeSpec): number {
  if (s.distribution === 'normal') return rng.normal(s.mean, s.sd);
  if (s.distribution === 'lognormal') {
    // mean is the median of the value; sd is the spread in log space relative to it.
    const median = Math.max(s.mean, Number.EPSILON);
    return Math.exp(rng.normal(Math.log(median), s.sd / median));
  }
  // exponential: offset from min with the given mean
  return s.min - Math.log(1 - rng.float()) * Math.max(s.mean - s.min, Number.EPSILON);
}

/** Poisson count (Knuth; normal approximation for large means). */
export function poisson(rng: Rng, mean: number): number {
  if (mean > 50) return Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k++;
    p *= rng.float();
  }
  return k;
}
