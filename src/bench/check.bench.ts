/**
 * check throughput next to scrub's, on the same generated input in the same run (child processes
 * of dist/cli/main.js, one at a time): MB/s, rows/s and peak RSS per format. The issue asks that
 * check be no slower than scrub, so scrub is the baseline and the target ratio is 1.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const FORMATS = [
  { format: 'csv', file: 'patients.csv' },
  { format: 'ndjson', file: 'patients.ndjson' },
] as const;

export const run: Bench = async ({ quick }) => {
  const patients = quick ? 2000 : 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'placebo-check-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const { format, file } of FORMATS) {
      const genDir = join(dir, `gen-${format}`);
      await runNode([
        MAIN,
        'generate',
        '--count',
        String(patients),
        '--format',
        format,
        '--out',
        genDir,
        '--quiet',
      ]);
      const input = join(genDir, file);
      const mb = statSync(input).size / (1024 * 1024);

      const scrubOut = join(dir, `scrub-${format}`);
      const scrub = await runNode([MAIN, 'scrub', input, '--out', scrubOut, '--quiet']);
      const check = await runNode([MAIN, 'check', input, '--format', 'json', '--quiet']);
      const records = (JSON.parse(check.stdout) as { totals: { records: number } }).totals.records;

      const scrubMbs = mb / scrub.seconds;
      const checkMbs = mb / check.seconds;
      rows.push({
        name: `check ${format}, ${records} rows`,
        value: checkMbs,
        unit: 'MB/s',
        baselineName: `scrub ${format}`,
        baseline: scrubMbs,
        ratio: checkMbs / scrubMbs,
        target: 1,
        peakRssMb: check.peakRssMb,
        note: `${Math.round(records / check.seconds)} rows/s; scrub ${Math.round(records / scrub.seconds)} rows/s, peak RSS ${scrub.peakRssMb.toFixed(0)} MB; ${mb.toFixed(1)} MB input`,
      });
      rmSync(scrubOut, { recursive: true, force: true });
      for (const f of readdirSync(genDir)) rmSync(join(genDir, f), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};
