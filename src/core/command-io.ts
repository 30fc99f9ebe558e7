import type { Readable, Writable } from 'node:stream';

/** What a command may touch of the outside world; injectable so tests can run commands in-process. */
export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: progress bars allowed. */
  interactive: boolean;
  /** The command line as typed (the run log keeps its flag names only). */
  args?: readonly string[];
}

export function processIo(): CommandIo {
  return {
    // A getter: touching process.stdin opens a stream on it, which most commands never read.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
  };
}
