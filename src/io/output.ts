import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { PlaceboError } from '../core/errors.js';
import { FileDocument } from './document.js';
import { FileRecord } from './file-record.js';
import type { DocRecord, InputDocument, OutputDocument } from './types.js';

/** Bytes gathered before one write call: few syscalls, small memory. */
const FLUSH_CHARS = 512 * 1024;
let tempCounter = 0;

/** Where the text goes: a temp file renamed on commit, or stdout. */
interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

async function fileSink(path: string): Promise<Sink> {
  // Same directory so rename() is atomic; a dot name so directory walks skip it.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.placebo-tmp`);
  let fh: FileHandle;
  try {
    fh = await open(tmp, 'wx');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PlaceboError('E_IO', `cannot create output file${code ? ` (${code})` : ''}`, { file: path });
  }
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await fh.close();
    }
  };
  return {
    async write(text) {
      try {
        await fh.write(text, null, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new PlaceboError('E_IO', `cannot write output file${code ? ` (${code})` : ''}`, { file: path });
      }
    },
    async commit() {
      try {
        await fh.sync();
        await close();
        await rename(tmp, path);
      } catch (err) {
        await close().catch(() => {});
        await rm(tmp, { force: true });
        const code = (err as NodeJS.ErrnoException).code;
        throw new PlaceboError('E_IO', `cannot write output file${code ? ` (${code})` : ''}`, { file: path });
      }
    },
    async abort() {
      await close().catch(() => {});
      await rm(tmp, { force: true });
    },
  };
}

function stdoutSink(out: Writable): Sink {
  return {
    write(text) {
      return new Promise<void>((resolve, reject) => {
        if (out.write(text)) {
          resolve();
          return;
        }
        const done = (err?: Error) => {
          out.off('drain', done);
          out.off('error', done);
          if (err) reject(new PlaceboError('E_IO', 'cannot write to stdout', { file: '-' }));
          else resolve();
        };
        out.on('drain', done);
        out.on('error', done);
      });
    },
    async commit() {},
    async abort() {},
  };
}

/**
 * A writer in the same format as `input`: each record's leading text and its raw text (or a
 * rebuilt one when a leaf was replaced), then, on commit, the input's trailing text. Records
 * must be written in the order they were read. `file` is `-` for stdout (`opts.stdout`, by
 * default process.stdout), which is written as records come and cannot be taken back on abort.
 */
export async function openOutput(
  file: string,
  input: InputDocument,
  opts: { stdout?: Writable } = {},
): Promise<OutputDocument> {
  if (!(input instanceof FileDocument)) {
    throw new PlaceboError('E_INTERNAL', 'openOutput needs a document opened by openInput', { file });
  }
  const sink = file === '-' ? stdoutSink(opts.stdout ?? process.stdout) : await fileSink(file);
  let parts: string[] = [];
  let size = 0;
  let done = false;
  const flush = async () => {
    if (size === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    await sink.write(text);
  };
  return {
    async write(record: DocRecord) {
      if (done) throw new PlaceboError('E_INTERNAL', 'write after commit or abort', { file });
      if (!(record instanceof FileRecord)) {
        throw new PlaceboError('E_INTERNAL', 'record was not read by openInput', {
          file,
          record: record.index,
        });
      }
      const pre = record.pre;
      const body = record.render();
      if (pre.length > 0) parts.push(pre);
      parts.push(body);
      size += pre.length + body.length;
      if (size >= FLUSH_CHARS) await flush();
    },
    async commit() {
      if (done) return;
      if (input.trailer === undefined) {
        throw new PlaceboError('E_INTERNAL', 'commit before the input was read to the end', { file });
      }
      done = true;
      parts.push(input.trailer);
      size += input.trailer.length + 1;
      try {
        await flush();
      } catch (err) {
        await sink.abort();
        throw err;
      }
      await sink.commit();
    },
    async abort() {
      if (done) return;
      done = true;
      parts = [];
      await sink.abort();
    },
  };
}
