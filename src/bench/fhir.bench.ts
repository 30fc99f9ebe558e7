/**
 * FHIR benchmark: resources/s of FHIR generation (RowEngine blocks → encodeFhirBlock, as
 * `generate --format fhir|fhir-ndjson` does, without the worker pool) and of `placebo scrub` over
 * the generated bulk NDJSON and transaction Bundles, against an identity pass-through of the same
 * files through src/io measured in the same run. The file doubles as its child processes:
 *   node fhir.bench.js --child gen MODE PATIENTS DIR   (prints {resources, seconds})
 *   node fhir.bench.js --child identity IN_DIR OUT_DIR
 * Every value is generated (obviously fake), never from a record.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const BLOCK = 100;

async function generate(mode: 'fhir' | 'fhir-ndjson', patients: number, dir: string): Promise<void> {
  const { PACKAGE_ROOT } = await import('../core/version.js');
  const { loadGeneratorSchema } = await import('../schema/generator-load.js');
  const { loadPlan } = await import('../generate/plan.js');
  const { RowEngine } = await import('../generate/engine.js');
  const { encodeFhirBlock } = await import('../fhir/encode.js');
  const { sharedOrganization } = await import('../fhir/resources.js');
  const root = fileURLToPath(PACKAGE_ROOT);
  const schema = loadGeneratorSchema(`${root}schemas/patients.yaml`, root);
  const plan = await loadPlan(schema, { seed: 'fhir-bench', style: 'obvious', count: patients });
  const engine = new RowEngine(plan);
  const specs = plan.tables.map((t) => t.spec);
  let resources = 0;
  const t0 = performance.now();
  for (let start = 0; start < patients; start += BLOCK) {
    const out = engine.block(start, Math.min(patients, start + BLOCK));
    for (const [file, text] of encodeFhirBlock(mode, specs, out.rows, plan.seed)) {
      if (mode === 'fhir') {
        resources += (text.match(/"fullUrl"/g) ?? []).length;
        writeFileSync(join(dir, file), text);
      } else {
        resources += text.split('\n').length - 1;
        appendFileSync(join(dir, file), text);
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  if (mode === 'fhir-ndjson') {
    // Bulk output writes the shared Organization once, so references to it resolve.
    appendFileSync(join(dir, 'Organization.ndjson'), `${JSON.stringify(sharedOrganization(plan.seed))}\n`);
    resources++;
  }
  process.stdout.write(JSON.stringify({ resources, seconds }));
}

async function identity(inDir: string, outDir: string): Promise<void> {
  const { openInput, openOutput } = await import('../io/index.js');
  for (const f of readdirSync(inDir)) {
    const doc = await openInput(join(inDir, f));
    const out = await openOutput(join(outDir, f), doc);
    for await (const record of doc.records()) await out.write(record);
    await out.commit();
  }
}

function countResources(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir)) {
    const text = readFileSync(join(dir, f), 'utf8');
    n += f.endsWith('.ndjson') ? text.trimEnd().split('\n').length : (text.match(/"fullUrl"/g) ?? []).length;
  }
  return n;
}

export const run: Bench = async ({ quick }) => {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-fhirbench-'));
  const patients = quick ? 100 : 1000;
  try {
    const rows: BenchRow[] = [];
    for (const mode of ['fhir-ndjson', 'fhir'] as const) {
      const gen = join(dir, mode);
      mkdirSync(gen);
      const g = await runNode([SELF, '--child', 'gen', mode, String(patients), gen]);
      const made = JSON.parse(g.stdout) as { resources: number; seconds: number };
      rows.push({
        name: `generate ${mode} (RowEngine + encodeFhirBlock, 1 thread)`,
        value: made.resources / made.seconds,
        unit: 'resources/s',
        peakRssMb: g.peakRssMb,
        note: `${patients} patients, ${made.resources} resources`,
      });
      const resources = countResources(gen);
      mkdirSync(join(dir, `${mode}-identity`));
      const base = await runNode([SELF, '--child', 'identity', gen, join(dir, `${mode}-identity`)]);
      const baseRate = resources / base.seconds;
      rows.push({
        name: `scrub ${mode} baseline: identity pass-through (src/io parse + write)`,
        value: baseRate,
        unit: 'resources/s',
        peakRssMb: base.peakRssMb,
      });
      for (const workers of [1, 2]) {
        const m = await runNode([
          MAIN,
          'scrub',
          gen,
          '--out',
          join(dir, `${mode}-w${workers}`),
          '--workers',
          String(workers),
          '--quiet',
        ]);
        rows.push({
          name: `scrub ${mode}, ${workers} worker${workers > 1 ? 's' : ''}`,
          value: resources / m.seconds,
          unit: 'resources/s',
          baselineName: 'identity pass-through',
          baseline: baseRate,
          ratio: resources / m.seconds / baseRate,
          peakRssMb: m.peakRssMb,
          note: `${resources} resources`,
        });
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const [mode, a, b, c] = process.argv.includes('--child')
  ? process.argv.slice(process.argv.indexOf('--child') + 1)
  : [];
if (mode === 'gen') await generate(a as 'fhir' | 'fhir-ndjson', Number(b), c!);
else if (mode === 'identity') await identity(a!, b!);
