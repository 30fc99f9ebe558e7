import { rngFor } from '../core/rng.js';

/**
 * A deterministic UUID (version 4 layout) for a resource: same seed, type and row key, same id,
 * so FHIR output is reproducible and the same patient has the same id in every format.
 */
export function resourceId(seed: string, type: string, key: string | number): string {
  const rng = rngFor(seed, 'fhir', type, key);
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += rng.int(0, 15).toString(16);
    return s;
  };
  const variant = (8 + rng.int(0, 3)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
