/**
 * Free-text scanning on worker threads. A batch of jobs is split into one contiguous chunk per
 * worker and the answers are joined back in job order, so output is the same as inline.
 */
import { Worker } from 'node:worker_threads';
import { PlaceboError } from '../core/errors.js';
import type { SiteWords } from '../detect/text/site-words.js';
import type { Span } from '../detect/text/types.js';
import type { SpanFinder, TextJob } from './span-finder.js';

interface Pending {
  resolve(spans: Span[][]): void;
  reject(err: Error): void;
}

/** `site`: the profile's site words, which each worker sets once at start. */
export function workerSpanFinder(workers: number, site?: SiteWords): SpanFinder {
  const url = new URL('./span-worker.js', import.meta.url);
  // A small young generation per worker: its live set is the word lists plus one chunk of notes,
  // and the default young generation per isolate multiplied RSS with the worker count. 8 MB
  // instead of 16 took 15 MB off the peak of a 40 MB scrub with 2 workers, at the same speed.
  const pool = Array.from(
    { length: workers },
    () => new Worker(url, { workerData: { site }, resourceLimits: { maxYoungGenerationSizeMb: 8 } }),
  );
  const pending = new Map<number, Pending>();
  let nextId = 0;
  for (const w of pool) {
    w.on('message', (msg: { id: number; spans?: Span[][]; error?: string }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.spans) p.resolve(msg.spans);
      else p.reject(new PlaceboError('E_INTERNAL', msg.error ?? 'worker failed'));
    });
    w.on('error', () => {
      for (const p of pending.values())
        p.reject(new PlaceboError('E_INTERNAL', 'a free-text worker crashed'));
      pending.clear();
    });
  }
  let rr = 0;
  const send = (jobs: TextJob[]): Promise<Span[][]> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const w = pool[rr++ % pool.length]!;
      w.postMessage({ id, jobs });
    });
  return {
    async find(jobs) {
      const size = Math.ceil(jobs.length / pool.length);
      const chunks: Promise<Span[][]>[] = [];
      for (let i = 0; i < jobs.length; i += size) chunks.push(send(jobs.slice(i, i + size)));
      return (await Promise.all(chunks)).flat();
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
