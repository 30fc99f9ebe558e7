/**
 * Clinical model throughput: buildChart calls per second on one core (CPU time of this process,
 * since the machine may be shared), for charts read without notes (notes are built lazily) and
 * with every note rendered. Patients are spread over birth years 1925–2024, both sexes, one in
 * ten deceased; the patient row is a fixed obviously-fake row.
 */
import { rngFor } from '../core/rng.js';
import { buildChart } from '../generate/clinical/chart.js';
import { factsFor, ROW } from './notes.js';
import type { Bench, BenchRow } from './types.js';

function measure(n: number, withNotes: boolean): { rate: number; perPatient: string } {
  let encounters = 0;
  let observations = 0;
  let noteChars = 0;
  buildChart(rngFor('warm'), factsFor(0), ROW).notes.length; // load data, compile templates
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const chart = buildChart(rngFor('bench', 'patients', i), factsFor(i), ROW);
    encounters += chart.encounters.length;
    observations += chart.observations.length;
    if (withNotes) for (const note of chart.notes) noteChars += note.text.length;
  }
  const c = process.cpuUsage(c0);
  const seconds = (c.user + c.system) / 1e6;
  const perPatient = `${(encounters / n).toFixed(1)} encounters, ${(observations / n).toFixed(0)} observations${withNotes ? `, ${Math.round(noteChars / n)} note chars` : ''} per patient`;
  return { rate: n / seconds, perPatient };
}

export const run: Bench = async ({ quick }) => {
  const n = quick ? 2000 : 50_000;
  const rows: BenchRow[] = [];
  const bare = measure(n, false);
  rows.push({
    name: 'buildChart, notes not read',
    value: bare.rate,
    unit: 'patients/s',
    note: bare.perPatient,
  });
  const full = measure(n, true);
  rows.push({
    name: 'buildChart, every note rendered',
    value: full.rate,
    unit: 'patients/s',
    baselineName: 'notes not read',
    baseline: bare.rate,
    ratio: full.rate / bare.rate,
    note: full.perPatient,
  });
  return rows;
};
