/** Where the engine gets the clinical model from. */
import type { BuildChart } from './clinical/types.js';

let cached: BuildChart | undefined;

export async function loadBuildChart(): Promise<BuildChart | undefined> {
  if (cached) return cached;
  // Resolved at run time while the clinical model is being written; becomes a static import.
  const spec = './clinical/chart.js';
  try {
    const mod = (await import(spec)) as { buildChart?: BuildChart };
    cached = mod.buildChart;
  } catch {
    cached = undefined;
  }
  return cached;
}
