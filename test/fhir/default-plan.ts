/** The default schema's plan, and FHIR files for a slice of its patients, made in process. */
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../src/core/version.js';
import { encodeFhirBlock } from '../../src/fhir/encode.js';
import { RowEngine } from '../../src/generate/engine.js';
import { loadPlan, type Plan } from '../../src/generate/plan.js';
import { loadGeneratorSchema } from '../../src/schema/generator-load.js';

export async function defaultPlan(seed: string, count: number): Promise<Plan> {
  const root = fileURLToPath(PACKAGE_ROOT);
  const schema = loadGeneratorSchema(`${root}schemas/patients.yaml`, root);
  return loadPlan(schema, { seed, style: 'obvious', count });
}

/** File name → content for patients [start, end) as Bundles or bulk NDJSON. */
export function fhirFiles(
  plan: Plan,
  mode: 'fhir' | 'fhir-ndjson',
  start: number,
  end: number,
): Map<string, string> {
  const out = new RowEngine(plan).block(start, end);
  return encodeFhirBlock(
    mode,
    plan.tables.map((t) => t.spec),
    out.rows,
    plan.seed,
  );
}
