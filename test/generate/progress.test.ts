import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CommandIo } from '../../src/core/command-io.js';
import { tempDir } from './helpers.js';

function io(interactive: boolean): CommandIo & { err: () => string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  return {
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
    cwd: tempDir(),
    env: {},
    interactive,
    err: () => text,
  };
}

describe('progress and summary (in process)', () => {
  it('shows a progress bar with rows/s and ETA only on an interactive stderr, never with --quiet', async () => {
    const tty = io(true);
    expect(await runCli(['generate', '--count', '300', '--workers', '1'], tty)).toBe(0);
    expect(tty.err()).toMatch(/patients \| \d+ rows\/s \| ETA/);
    expect(tty.err()).toMatch(/placebo: wrote \d+ rows in 7 tables to out/);
    const pipe = io(false);
    expect(await runCli(['generate', '--count', '300', '--workers', '1'], pipe)).toBe(0);
    expect(pipe.err()).not.toMatch(/rows\/s/);
    expect(pipe.err()).toMatch(/^placebo: wrote \d+ rows in 7 tables to out \(\d+\.\d s\)\n$/);
    const quiet = io(true);
    expect(await runCli(['generate', '--count', '300', '--workers', '1', '--quiet'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });
});
