/**
 * Free-text scanning behind one interface, so the engine does not know whether spans come from
 * this thread or from worker threads. Results come back in job order; output never depends on
 * where the scanning ran.
 */
import type { RecordContext, Span } from '../detect/text/types.js';

export interface TextJob {
  text: string;
  ctx: RecordContext;
}

export type FindSpans = (text: string, ctx: RecordContext) => Span[];

export interface SpanFinder {
  find(jobs: readonly TextJob[]): Promise<Span[][]>;
  close(): Promise<void>;
}

export function inlineSpanFinder(findSpans: FindSpans): SpanFinder {
  return {
    async find(jobs) {
      return jobs.map((j) => findSpans(j.text, j.ctx));
    },
    async close() {},
  };
}
