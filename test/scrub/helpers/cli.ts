/** Runs the built CLI (dist/cli/main.js; `npm run build` first) as a real child process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MAIN = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function placebo(
  args: readonly string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string },
): CliResult {
  // Inline scanning unless a test asks for worker threads: faster start-up, same output.
  const full = args[0] === 'scrub' && !args.includes('--workers') ? [...args, '--workers', '0'] : args;
  const r = spawnSync(process.execPath, [MAIN, ...full], {
    cwd: opts.cwd,
    env: { ...process.env, CI: '1', PLACEBO_VAULT_KEY: '', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
