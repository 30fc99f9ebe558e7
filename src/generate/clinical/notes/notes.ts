/** Free-text notes for each encounter (filled in by the note renderer). */
import type { Rng } from '../../../core/rng.js';
import type { ChartWork } from '../chart.js';
import type { ChartNote, PatientRow } from '../types.js';

export function buildNotes(_rng: Rng, _w: ChartWork, _patient: PatientRow): ChartNote[] {
  return [];
}
