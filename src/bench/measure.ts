import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  peakRssMb: number;
  /** CPU time of the child, all threads (user + system): less sensitive than wall time to a shared machine. */
  cpuSeconds: number;
  stdout: string;
}

const PROBE = new URL('./rss-probe.js', import.meta.url).pathname;

/**
 * Run `node <args>` in a child process; return wall time, the child's peak RSS and its CPU time.
 * Children run one at a time so that they do not compete for the 2 cores.
 */
export async function runNode(
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-bench-'));
  const rssFile = join(dir, 'rss');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', PROBE, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env, PLACEBO_BENCH_RSS_FILE: rssFile },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  if (opts.input !== undefined) child.stdin.end(opts.input);
  else child.stdin.end();
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`benchmark child exited with ${code}: node ${args.join(' ')}`);
  const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { seconds, peakRssMb: rss! / (1024 * 1024), cpuSeconds: cpu! / 1e6, stdout };
}
