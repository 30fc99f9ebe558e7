/**
 * Worker thread: compiles the same plan from the same schema text and answers
 * { start, end } requests with encoded chunks. Loaded from the compiled dist/ JavaScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PlaceboError } from '../core/errors.js';
import { parseGeneratorSchema } from '../schema/generator-load.js';
import { chunkEncoder } from './chunk-encoder.js';
import { loadPlan } from './plan.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

const init = workerData as WorkerInit;
const loaded = parseGeneratorSchema(init.schemaText, init.schemaFile);
const plan = await loadPlan(loaded, init.plan);
const encode = chunkEncoder(plan, init.chunk);

parentPort!.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result = encode(req.start, req.end);
    reply = { id: req.id, result };
    // Each table's bytes have their own ArrayBuffer: transferred, not copied, so the main thread
    // only orders and writes them.
    parentPort!.postMessage(
      reply,
      result.bytes.map((b) => b.buffer as ArrayBuffer),
    );
    return;
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
