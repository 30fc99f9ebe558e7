/**
 * Preloaded into benchmark child processes (`node --import …/rss-probe.js`): on exit, writes the
 * process's peak RSS in bytes to the file named by PLACEBO_BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PLACEBO_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
