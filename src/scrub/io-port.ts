/** What scrub needs from the I/O layer (src/io/ implements it); `-` is stdin / stdout. */
import type { Readable, Writable } from 'node:stream';
import type { InputDocument, InputFormat, OutputDocument } from '../io/types.js';

export interface ScrubIo {
  /** Expand INPUT arguments (files, directories) into files in a stable order. */
  listInputs(inputs: readonly string[], cwd: string): Promise<string[]>;
  openInput(
    file: string,
    opts: { format?: InputFormat; cwd: string; stdin?: Readable },
  ): Promise<InputDocument>;
  openOutput(file: string, input: InputDocument, opts: { stdout: Writable }): Promise<OutputDocument>;
}
