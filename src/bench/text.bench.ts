/**
 * Free-text detection throughput: findSpans in MB/s of UTF-16 text (characters / 1e6 per second of
 * CPU time on one core), on the clinical generator's notes and, when `../shared/corpora` is beside
 * the checkout, on the PhysioNet dev notes (real ICU nursing notes; read, never copied). Baseline in
 * the same run: one pass of a single simple regex (an SSN pattern) over the same notes, so the
 * ratio says how many "simple regex passes" the whole detector costs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rngFor } from '../core/rng.js';
import { findSpans } from '../detect/text/find-spans.js';
import { generatedNotes } from './notes.js';
import type { Bench, BenchRow } from './types.js';

/**
 * Seconds per run of `fn`, as CPU time of this process (user + system) — the machine may be
 * shared, and the target is throughput on one core — and as wall time.
 */
function timeIt(fn: () => void, minSeconds: number): { cpu: number; wall: number } {
  fn(); // warm-up (JIT, word lists)
  let runs = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minSeconds * 1000 || runs < 2) {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  }
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6 / runs, wall: elapsed / 1000 / runs };
}

/** The target for the free-text scan, MB/s of note text per core. */
const TARGET_MB_S = 20;

const PHYSIONET = new URL('../../../shared/corpora/physionet-dev/id.text', import.meta.url);

/** The PhysioNet dev note bodies, when the shared corpora sit beside the checkout. */
function physionetNotes(): string[] | undefined {
  if (!existsSync(PHYSIONET)) return undefined;
  const all = readFileSync(PHYSIONET, 'utf8');
  const re = /START_OF_RECORD=\d+\|\|\|\|\d+\|\|\|\|\n([\s\S]*?)\|\|\|\|END_OF_RECORD/g;
  return [...all.matchAll(re)].map((m) => m[1] as string);
}

export const run: Bench = async ({ quick }) => {
  const notes = generatedNotes(rngFor('bench-text', 0), quick ? 60 : 400);
  const rows = [measure('generated clinical notes', notes, quick)];
  const real = physionetNotes();
  if (real) rows.push(measure('PhysioNet dev ICU nursing notes', real, quick));
  return rows;
};

function measure(label: string, notes: string[], quick: boolean): BenchRow {
  const chars = notes.reduce((a, t) => a + t.length, 0);
  const baselineRe = /\b\d{3}-\d{2}-\d{4}\b/g;
  const baseline = timeIt(
    () => {
      let n = 0;
      for (const t of notes) {
        baselineRe.lastIndex = 0;
        while (baselineRe.exec(t)) n++;
      }
      if (n < 0) throw new Error('unreachable');
    },
    quick ? 0.3 : 1.5,
  );
  let spans = 0;
  const full = timeIt(
    () => {
      spans = 0;
      for (const t of notes) spans += findSpans(t).length;
    },
    quick ? 0.5 : 3,
  );
  const mb = chars / 1e6;
  const value = mb / full.cpu;
  const base = mb / baseline.cpu;
  return {
    name: `text findSpans, ${label}, ${notes.length} notes (${mb.toFixed(2)} M chars)`,
    value,
    unit: 'MB/s',
    baselineName: 'one simple regex pass',
    baseline: base,
    ratio: value / base,
    note: `CPU-time MB/s on one core (target ≥ ${TARGET_MB_S}: ${value >= TARGET_MB_S ? 'met' : 'NOT met'}); costs ${Math.round(base / value)} simple regex passes; wall ${(mb / full.wall).toFixed(2)} MB/s; ${spans} spans per pass`,
  };
}
