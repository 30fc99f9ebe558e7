/** The real I/O layer behind scrub (src/io/). Paths are taken relative to the process's cwd. */
import { listInputs, openInput, openOutput } from '../io/index.js';
import type { ScrubIo } from './io-port.js';

export const defaultScrubIo: ScrubIo = {
  listInputs: (inputs) => listInputs(inputs),
  openInput: (file, opts) => openInput(file, { format: opts.format, stdin: opts.stdin }),
  openOutput: (file, input) => openOutput(file, input),
};
