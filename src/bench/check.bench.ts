/**
 * check throughput next to scrub's, on the same generated data set (every table, notes included)
 * in the same run: child processes of dist/cli/main.js, one at a time; MB/s, rows/s, peak RSS.
 * The issue asks that check be no slower than scrub: scrub is the baseline, the target ratio 1.
 *
 * This file is also the child for check (`node check.bench.js --child check …`): it runs the CLI
 * and maps exit code 1 (findings — the generated set has a few known ones) to 0 for runNode.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const FORMATS = ['csv', 'ndjson'] as const;

if (process.argv[2] === '--child') {
  process.on('exit', () => {
    if (process.exitCode === 1) process.exitCode = 0;
  });
  process.argv = [process.argv[0] ?? 'node', MAIN, ...process.argv.slice(3)];
  await import(MAIN);
}

function megabytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0) / (1024 * 1024);
}

export const run: Bench = async ({ quick }) => {
  const patients = quick ? 60 : 2000;
  const dir = mkdtempSync(join(tmpdir(), 'placebo-check-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const format of FORMATS) {
      const input = join(dir, `gen-${format}`);
      await runNode([
        MAIN,
        'generate',
        '--count',
        String(patients),
        '--format',
        format,
        '--out',
        input,
        '--quiet',
      ]);
      const mb = megabytes(input);

      const scrubOut = join(dir, `scrub-${format}`);
      const scrub = await runNode([MAIN, 'scrub', input, '--out', scrubOut, '--quiet']);
      const check = await runNode([
        SELF,
        '--child',
        'check',
        input,
        '--format',
        'json',
        '--quiet',
        '--max-per-field',
        '0',
      ]);
      const report = JSON.parse(check.stdout) as { totals: { records: number; identifierValues: number } };
      const records = report.totals.records;

      const scrubMbs = mb / scrub.seconds;
      const checkMbs = mb / check.seconds;
      rows.push({
        name: `check ${format}, ${records} rows (${patients} patients, all tables)`,
        value: checkMbs,
        unit: 'MB/s',
        baselineName: `scrub ${format}`,
        baseline: scrubMbs,
        ratio: checkMbs / scrubMbs,
        target: 1,
        peakRssMb: check.peakRssMb,
        note:
          `${Math.round(records / check.seconds)} rows/s, ${report.totals.identifierValues} values tested; ` +
          `scrub ${Math.round(records / scrub.seconds)} rows/s, peak RSS ${scrub.peakRssMb.toFixed(0)} MB; ` +
          `${mb.toFixed(1)} MB input`,
      });
      rmSync(scrubOut, { recursive: true, force: true });
      rmSync(input, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};
