/**
 * `npm run bench`: runs every benchmark module and prints one table. `--quick` for a smoke run.
 * Each module measures its own baseline in the same run, so ratios are comparable across machines.
 */
import { readdirSync } from 'node:fs';
import type { Bench, BenchRow } from './types.js';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const here = new URL('.', import.meta.url);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const rows: BenchRow[] = [];
for (const file of modules) {
  const mod = (await import(new URL(file, here).href)) as { run: Bench };
  process.stderr.write(`bench: ${file}\n`);
  for (const row of await mod.run({ quick })) {
    rows.push(row);
    process.stdout.write(`${formatRow(row)}\n`);
  }
}

function formatRow(r: BenchRow): string {
  const value = `${r.value.toFixed(r.value >= 100 ? 0 : 2)} ${r.unit}`;
  const vs =
    r.baseline !== undefined && r.ratio !== undefined
      ? ` | ${r.ratio.toFixed(2)}x vs ${r.baselineName ?? 'baseline'} (${r.baseline.toFixed(0)} ${r.unit})`
      : '';
  const target =
    r.target !== undefined && r.ratio !== undefined
      ? ` [target ≥${r.target}x: ${r.ratio >= r.target ? 'met' : 'NOT met'}]`
      : '';
  const rss = r.peakRssMb !== undefined ? ` | peak RSS ${r.peakRssMb.toFixed(0)} MB` : '';
  const note = r.note ? ` | ${r.note}` : '';
  return `${r.name}: ${value}${vs}${target}${rss}${note}`;
}
