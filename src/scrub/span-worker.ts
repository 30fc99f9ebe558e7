/** Worker thread: scans free-text jobs with findSpans and posts the spans back in job order. */
import { parentPort, workerData } from 'node:worker_threads';
import { findSpans, type SiteWords, useSiteWords } from '../detect/text/index.js';
import type { TextJob } from './span-finder.js';

useSiteWords((workerData as { site?: SiteWords } | undefined)?.site);

parentPort?.on('message', (msg: { id: number; jobs: TextJob[] }) => {
  try {
    const spans = msg.jobs.map((j) => findSpans(j.text, j.ctx));
    parentPort?.postMessage({ id: msg.id, spans });
  } catch {
    // Never echo the text or the error message (it could quote the text).
    parentPort?.postMessage({ id: msg.id, error: 'free-text scan failed' });
  }
});
