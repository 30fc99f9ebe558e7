/** A file written to a temporary name and renamed into place on success; removed on failure. */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { PlaceboError } from '../../core/errors.js';

export interface TextTarget {
  write(data: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
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

export class AtomicFile implements TextTarget {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private failed: Error | undefined;

  constructor(private readonly path: string) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.tmp, { highWaterMark: 1 << 20 });
    this.stream.on('error', (e) => {
      this.failed = e;
    });
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (this.failed) throw ioError(this.path);
    try {
      await writeText(this.stream, data);
    } catch {
      throw ioError(this.path);
    }
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.end((err?: Error | null) => (err ? reject(ioError(this.path)) : resolve()));
    });
    if (this.failed) throw ioError(this.path);
    renameSync(this.tmp, this.path);
  }

  async discard(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.stream.closed) resolve();
      else {
        this.stream.once('close', () => resolve());
        this.stream.destroy();
      }
    });
    rmSync(this.tmp, { force: true });
  }
}

/** A target that is a stream we do not own (stdout): never closed by us. */
export class StreamTarget implements TextTarget {
  constructor(private readonly stream: Writable) {}
  write(data: string | Uint8Array): Promise<void> {
    return writeText(this.stream, data);
  }
  async commit(): Promise<void> {}
  async discard(): Promise<void> {}
}

function ioError(path: string): PlaceboError {
  return new PlaceboError(
    'E_IO',
    'cannot write the output file',
    { file: path },
    'check the --out directory and free space',
  );
}
