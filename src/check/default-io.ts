/** The file I/O check runs on (src/io): paths relative to the command's cwd, `-` for stdin. */
import { isAbsolute, relative, resolve } from 'node:path';
import { listInputs, openInput } from '../io/index.js';
import type { CheckIo } from './run-check.js';

export function defaultCheckIo(): CheckIo {
  return {
    async listInputs(inputs, cwd) {
      // src/io resolves against the process cwd; a command run in-process may have another one.
      if (resolve(cwd) === process.cwd()) return listInputs(inputs);
      const files = await listInputs(inputs.map((p) => (p === '-' || isAbsolute(p) ? p : resolve(cwd, p))));
      return files.map((f) => (f === '-' ? f : relative(cwd, f)));
    },
    openInput(file, opts) {
      const path = file === '-' || resolve(opts.cwd) === process.cwd() ? file : resolve(opts.cwd, file);
      return openInput(path, { format: opts.format, stdin: opts.stdin });
    },
  };
}
