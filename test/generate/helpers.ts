/** Shared helpers for generate tests: in-process plans and real CLI child processes. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadFaker } from '../../src/generate/faker-bridge.js';
import { compilePlan, type Plan } from '../../src/generate/plan.js';
import { parseGeneratorSchema } from '../../src/schema/generator-load.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/main.js');

// In-process plans may use faker columns: load it once for every test file that imports this.
await loadFaker();

export function planOf(yaml: string, seed = 1, file = 'schemas/test.yaml'): Plan {
  return compilePlan(parseGeneratorSchema(yaml, file), { seed, style: 'obvious' });
}

export function tempDir(prefix = 'placebo-gen-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const run = promisify(execFile);

/** `node dist/cli/main.js <args>` in a child process. */
export async function cli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CI: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof err.code === 'number' ? err.code : 1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    };
  }
}

export { placeboErrorOf } from '../support/errors.js';
