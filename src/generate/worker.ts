/**
 * Worker thread: compiles the same plan from the same schema text and answers
 * { start, end } requests with encoded chunks. Loaded from the compiled dist/ JavaScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PlaceboError } from '../core/errors.js';
import { parseGeneratorSchema } from '../schema/generator-load.js';
import { loadBuildChart } from './chart-source.js';
import { chunkEncoder } from './chunk-encoder.js';
import { compilePlan } from './plan.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

const init = workerData as WorkerInit;
const buildChart = await loadBuildChart();
const loaded = parseGeneratorSchema(init.schemaText, init.schemaFile);
const plan = compilePlan(loaded, { ...init.plan, ...(buildChart ? { buildChart } : {}) });
const encode = chunkEncoder(plan, init.chunk);

parentPort!.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, result: encode(req.start, req.end) };
  } catch (err) {
    const pe = err instanceof PlaceboError ? err : null;
    reply = {
      id: req.id,
      error: {
        code: pe?.code ?? 'E_INTERNAL',
        message: err instanceof Error ? err.message : 'worker failed',
        place: pe?.place ?? {},
        ...(pe?.hint ? { hint: pe.hint } : {}),
      },
    };
  }
  parentPort!.postMessage(reply);
});
