/**
 * Free-text detection throughput: findSpans over generated clinical notes, in MB/s of UTF-16
 * text (characters / 1e6 per second). Baseline in the same run: one pass of a single simple regex
 * (an SSN pattern) over the same notes, so the ratio says how many "simple regex passes" the full
 * detector costs.
 */
import { generateCorpus } from '../scrub/text/corpus.test-helper.js';
import { findSpans } from '../scrub/text/find-spans.js';
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

export const run: Bench = async ({ quick }) => {
  const corpus = generateCorpus(quick ? 300 : 3000, 'bench-text');
  const rows = [
    measure(
      'all styles (identifier-dense)',
      corpus.map((n) => n.text),
      quick,
    ),
  ];
  // ICU nursing notes: mostly clinical text, few identifiers, closer to real note density
  const icu = corpus.filter((n) => n.style === 'icu').map((n) => n.text);
  rows.push(measure('ICU nursing style (sparse identifiers)', icu.concat(icu, icu, icu), quick));
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
    note: `CPU-time MB/s on one core; costs ${Math.round(base / value)} simple regex passes; wall ${(mb / full.wall).toFixed(2)} MB/s; ${spans} spans per pass`,
  };
}
