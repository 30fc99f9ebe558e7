/**
 * Where a generated table's text goes: a file (an AtomicFile: temp name, fsync, rename on
 * success) or a stream we do not own (stdout, never closed by us).
 */
import type { Writable } from 'node:stream';
import { AtomicFile } from '../../io/atomic-file.js';

export interface TextTarget {
  write(data: string | Uint8Array): void | Promise<void>;
  commit(): Promise<void>;
  discard(): void | Promise<void>;
}

/** Write with back-pressure: resolve at once, or when the stream drains. */
export function writeText(stream: Writable, data: string | Uint8Array): Promise<void> {
  if (stream.write(data)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

export function fileTarget(path: string): TextTarget {
  return new AtomicFile(path);
}

export class StreamTarget implements TextTarget {
  constructor(private readonly stream: Writable) {}
  write(data: string | Uint8Array): Promise<void> {
    return writeText(this.stream, data);
  }
  async commit(): Promise<void> {}
  discard(): void {}
}
