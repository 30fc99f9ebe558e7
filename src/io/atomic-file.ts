/**
 * The one way placebo writes a file: whole or not at all. Bytes go to a hidden temp file in the
 * target's directory (a dot name, so directory walks skip it, and the same file system, so the
 * rename is atomic); on commit the temp file is fsynced, closed and renamed over the target, and
 * the directory is synced so the rename survives a crash. On discard the temp file is removed.
 * Outputs, reports, spans files, generated tables and FHIR bundles all go through here.
 *
 * Writes are synchronous into a 1 MB buffer (callers such as the spans file push from
 * synchronous code); the fsync runs on libuv's thread pool, so many files can be finished at
 * once (`commitAll`).
 */
import { closeSync, fsync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PlaceboError } from '../core/errors.js';

const BUFFER_BYTES = 1 << 20;
let tempCounter = 0;

function ioError(path: string, err: unknown, what = 'cannot write the output file'): PlaceboError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return new PlaceboError(
    'E_IO',
    `${what}${code ? ` (${code})` : ''}`,
    { file: path },
    'check the path and free space',
  );
}

function fsyncAsync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fsync(fd, (err) => (err ? reject(err) : resolve())));
}

/** Make a rename durable: sync the directory entry (best effort; some file systems refuse). */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can open a directory; the data itself is already synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export class AtomicFile {
  readonly temp: string;
  private fd: number | undefined;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private state: 'open' | 'finished' | 'committed' | 'discarded' = 'open';

  constructor(readonly path: string) {
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.placebo-tmp`);
    try {
      this.fd = openSync(this.temp, 'wx');
    } catch (err) {
      throw ioError(path, err, 'cannot create the output file');
    }
  }

  /**
   * Append text (UTF-8) or bytes. Bytes are kept as they are, not copied, until flushed: callers
   * hand over buffers they no longer write to (generate's worker threads transfer whole chunks).
   */
  write(data: string | Uint8Array): void {
    if (this.state !== 'open')
      throw new PlaceboError('E_INTERNAL', 'write after commit', { file: this.path });
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.length === 0) return;
    this.chunks.push(bytes);
    this.buffered += bytes.length;
    if (this.buffered >= BUFFER_BYTES) this.flush();
  }

  private flush(): void {
    if (this.buffered === 0) return;
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [];
    this.buffered = 0;
    try {
      let at = 0;
      while (at < all.length) at += writeSync(this.fd as number, all, at);
    } catch (err) {
      throw ioError(this.path, err);
    }
  }

  /** Everything written is on disk under the temp name (flushed, fsynced, closed). */
  async finish(): Promise<void> {
    if (this.state !== 'open') return;
    this.flush();
    const fd = this.fd as number;
    try {
      await fsyncAsync(fd);
    } catch (err) {
      throw ioError(this.path, err);
    } finally {
      this.fd = undefined;
      closeSync(fd);
    }
    this.state = 'finished';
  }

  /** Finish, then rename over the target. */
  async commit(): Promise<void> {
    await this.finish();
    this.publish();
    syncDirectory(dirname(this.path));
  }

  /** The rename alone (after finish); commitAll syncs each directory once. */
  publish(): void {
    if (this.state === 'committed') return;
    if (this.state !== 'finished')
      throw new PlaceboError('E_INTERNAL', 'publish before finish', { file: this.path });
    try {
      renameSync(this.temp, this.path);
    } catch (err) {
      throw ioError(this.path, err);
    }
    this.state = 'committed';
  }

  /** Remove the temp file; the target is untouched. Safe to call in any state. */
  discard(): void {
    if (this.state === 'committed' || this.state === 'discarded') return;
    this.state = 'discarded';
    this.chunks = [];
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = undefined;
    }
    rmSync(this.temp, { force: true });
  }
}

/**
 * Many files, all or none: finish them all (their fsyncs run in parallel on the thread pool),
 * then rename each into place and sync each directory once.
 */
export async function commitAll(files: readonly AtomicFile[]): Promise<void> {
  await Promise.all(files.map((f) => f.finish()));
  const dirs = new Set<string>();
  for (const f of files) {
    f.publish();
    dirs.add(dirname(f.path));
  }
  for (const d of dirs) syncDirectory(d);
}

/** A whole file in one go (reports, plans): temp file, fsync, rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const f = new AtomicFile(path);
  try {
    f.write(data);
    await f.commit();
  } catch (err) {
    f.discard();
    throw err;
  }
}
