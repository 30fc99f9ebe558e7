/** Where the engine gets the clinical model from (kept behind a function so plans can swap it in tests). */
import { buildChart } from './clinical/chart.js';
import type { BuildChart } from './clinical/types.js';

export async function loadBuildChart(): Promise<BuildChart | undefined> {
  return buildChart;
}
