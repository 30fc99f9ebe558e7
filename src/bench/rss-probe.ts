/**
 * Preloaded into benchmark child processes (`node --import …/rss-probe.js`): on exit, writes the
 * process's peak RSS in bytes and its CPU time (user + system, all threads) in microseconds to the
 * file named by PLACEBO_BENCH_RSS_FILE, separated by a space.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PLACEBO_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, `${u.maxRSS * 1024} ${u.userCPUTime + u.systemCPUTime}`);
  });
}
