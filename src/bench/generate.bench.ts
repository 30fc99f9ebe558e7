/**
 * Generator benchmark: rows/s and peak RSS of `placebo generate` (default schema: patients plus
 * every chart table) to CSV, against a baseline measured in the same run — a plain loop of
 * @faker-js/faker calls for the same columns and row counts, written with fast-csv's format
 * stream, waiting for 'drain'. The same file doubles as that baseline child process:
 * `node generate.bench.js --child baseline <outDir> <rowsPerTableJson>`. A last row sets 2 workers against
 * 1 worker of the same run (the issue asks ≥ 1.4×, byte-identical output, peak RSS ≤ 300 MB). On a shared
 * machine wall time is noisy: runs alternate their order, and the notes give each run's CPU time (all
 * threads) and the load average, which tell how far the wall-time ratio can be trusted.
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Measured, runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Row counts per table of the default schema for n patients (made in process, not timed). */
async function rowCounts(n: number, dir: string): Promise<Record<string, number>> {
  const { generate } = await import('../generate/generate.js');
  const { loadGeneratorSchema } = await import('../schema/generator-load.js');
  const schema = loadGeneratorSchema(join(ROOT, 'schemas/patients.yaml'), ROOT);
  const s = await generate({
    schema,
    seed: '1',
    style: 'obvious',
    count: n,
    format: 'csv',
    dialect: 'postgres',
    out: { dir },
    workers: 2,
  });
  return s.rows;
}

export const run: Bench = async ({ quick }) => {
  const n = quick ? 2_000 : 50_000;
  const dir = mkdtempSync(join(tmpdir(), 'placebo-genbench-'));
  try {
    const counts = await rowCounts(n, join(dir, 'counts'));
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    // Runs alternate and each figure is the best of several: the machine may be shared.
    const reps = quick ? 2 : 3;
    const best = (ms: Measured[]): Measured => ms.reduce((x, y) => (y.seconds < x.seconds ? y : x));
    const runs: Record<string, Measured[]> = { base: [], w1: [], w2: [] };
    const loadBefore = loadavg()[0]!;
    for (let i = 0; i < reps; i++) {
      runs.base!.push(
        await runNode([SELF, '--child', 'baseline', join(dir, 'base'), JSON.stringify(counts)]),
      );
      for (const w of i % 2 === 0 ? [1, 2] : [2, 1]) {
        runs[`w${w}`]!.push(
          await runNode([
            MAIN,
            'generate',
            '--count',
            String(n),
            '--workers',
            String(w),
            '--quiet',
            '--out',
            join(dir, `w${w}`),
          ]),
        );
      }
    }
    const base = best(runs.base!);
    const baseRate = rows / base.seconds;
    const out: BenchRow[] = [];
    const rate = (w: number): number => rows / best(runs[`w${w}`]!).seconds;
    const peak = (w: number): number => Math.max(...runs[`w${w}`]!.map((r) => r.peakRssMb));
    const cpu = (w: number): number => Math.min(...runs[`w${w}`]!.map((r) => r.cpuSeconds));
    const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
    for (const workers of [1, 2]) {
      out.push({
        name: `generate csv, default schema, ${n} patients, ${workers} worker${workers > 1 ? 's' : ''}`,
        value: rate(workers),
        unit: 'rows/s',
        baselineName: 'faker loop + fast-csv',
        baseline: baseRate,
        ratio: rate(workers) / baseRate,
        ...(workers === 1 ? { target: 3 } : {}),
        peakRssMb: peak(workers),
        note: `${rows} rows in ${Object.keys(counts).length} tables; best of ${reps}; CPU ${cpu(workers).toFixed(1)} s (baseline ${base.cpuSeconds.toFixed(1)} s); baseline peak RSS ${base.peakRssMb.toFixed(0)} MB`,
      });
    }
    const same = sameFiles(join(dir, 'w1'), join(dir, 'w2'));
    out.push({
      name: `generate csv, default schema, ${n} patients, 2 workers vs 1 worker`,
      value: rate(2),
      unit: 'rows/s',
      baselineName: '1 worker',
      baseline: rate(1),
      ratio: rate(2) / rate(1),
      target: 1.4,
      peakRssMb: peak(2),
      note: `output byte-identical: ${same ? 'yes' : 'NO'}; peak RSS target ≤ 300 MB: ${peak(2) <= 300 ? 'met' : 'NOT met'}; CPU 2 workers / 1 worker ${(cpu(2) / cpu(1)).toFixed(2)}; ${load}`,
    });
    if (!quick) {
      const big = 1_000_000;
      const m = await runNode([
        MAIN,
        'generate',
        '--count',
        String(big),
        '--quiet',
        '--out',
        join(dir, 'big'),
      ]);
      out.push({
        name: `generate csv, default schema, ${big} patients, default workers`,
        value: big / m.seconds,
        unit: 'patients/s',
        peakRssMb: m.peakRssMb,
        note: `peak RSS target < 300 MB: ${m.peakRssMb < 300 ? 'met' : 'NOT met'}`,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Whether two output directories hold the same files with the same bytes. */
function sameFiles(a: string, b: string): boolean {
  const names = readdirSync(a).sort();
  if (names.join('\n') !== readdirSync(b).sort().join('\n')) return false;
  return names.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

// ---- baseline child process -------------------------------------------------------------

async function baseline(outDir: string, counts: Record<string, number>): Promise<void> {
  const { faker } = await import('@faker-js/faker/locale/en_US');
  const { format } = await import('fast-csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(outDir, { recursive: true });
  faker.seed(1);
  faker.setDefaultRefDate('2026-01-01T00:00:00Z');
  const f = faker;
  const past = () => f.date.past({ years: 10 }).toISOString().slice(0, 19);
  const code = () => f.string.alphanumeric(7);
  const id = () => f.string.numeric(8);
  // One faker call per column of the default schema, in the same order.
  const columns: Record<string, (() => unknown)[]> = {
    patients: [
      id,
      id,
      () => f.person.firstName(),
      () => f.person.middleName(),
      () => f.person.lastName(),
      () => f.person.sex(),
      () => f.date.birthdate().toISOString().slice(0, 10),
      past,
      () => f.string.numeric(9),
      code,
      id,
      id,
      () => f.phone.number(),
      () => f.phone.number(),
      () => f.phone.number(),
      () => f.internet.email(),
      () => f.location.streetAddress(),
      () => f.location.city(),
      () => f.location.county(),
      () => f.location.state(),
      () => f.location.zipCode(),
      code,
      () => f.person.fullName(),
      () => f.word.noun(),
      () => f.phone.number(),
      () => f.company.name(),
      () => f.internet.url(),
      () => f.internet.username(),
      () => f.internet.ipv4(),
      code,
      code,
      () => f.vehicle.vin(),
    ],
    encounters: [
      id,
      id,
      code,
      code,
      past,
      past,
      code,
      code,
      () => f.lorem.words(3),
      id,
      () => f.person.fullName(),
    ],
    conditions: [id, id, id, code, code, () => f.lorem.words(3), past, past],
    medications: [id, id, id, id, code, code, () => f.lorem.words(3), code, code, code, past, past, id, code],
    observations: [
      id,
      id,
      id,
      code,
      () => f.lorem.words(3),
      code,
      () => f.number.float({ fractionDigits: 1 }),
      code,
      past,
    ],
    allergies: [id, id, code, code, () => f.lorem.words(2), code, code, code, past],
    notes: [
      id,
      id,
      id,
      past,
      code,
      () => f.lorem.words(2),
      () => f.person.fullName(),
      () => f.lorem.paragraphs(3),
    ],
  };
  for (const [table, n] of Object.entries(counts)) {
    const cols = columns[table] ?? [id];
    const stream = format({ headers: false });
    const file = createWriteStream(join(outDir, `${table}.csv`));
    stream.pipe(file);
    for (let i = 0; i < n; i++) {
      const row = cols.map((c) => c());
      if (!stream.write(row)) await once(stream, 'drain');
    }
    stream.end();
    await once(file, 'close');
  }
}

if (process.argv[1] === SELF && process.argv[2] === '--child' && process.argv[3] === 'baseline') {
  await baseline(process.argv[4]!, JSON.parse(process.argv[5]!) as Record<string, number>);
}
