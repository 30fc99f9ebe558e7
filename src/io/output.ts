import type { Writable } from 'node:stream';
import { PlaceboError } from '../core/errors.js';
import { AtomicFile } from './atomic-file.js';
import { FileDocument } from './document.js';
import { FileRecord } from './file-record.js';
import type { DocRecord, InputDocument, OutputDocument } from './types.js';

/** Bytes gathered before one write call: few syscalls, small memory. */
const FLUSH_CHARS = 512 * 1024;

/** Where the text goes: an AtomicFile renamed on commit, or stdout. */
interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  /** Flushed and durable, not yet visible (commit = finish + publish + directory sync). */
  finish(): Promise<void>;
  publish(): void;
  abort(): Promise<void>;
}

function fileSink(path: string): Sink {
  const file = new AtomicFile(path);
  const failed = (err: unknown): never => {
    file.discard();
    throw err;
  };
  return {
    async write(text) {
      file.write(text);
    },
    async commit() {
      await file.commit().catch(failed);
    },
    async finish() {
      await file.finish().catch(failed);
    },
    publish() {
      try {
        file.publish();
      } catch (err) {
        failed(err);
      }
    },
    async abort() {
      file.discard();
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
    async finish() {},
    publish() {},
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
  const sink = file === '-' ? stdoutSink(opts.stdout ?? process.stdout) : fileSink(file);
  let parts: string[] = [];
  let size = 0;
  let done = false;
  let finished = false;
  const flush = async () => {
    if (size === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    await sink.write(text);
  };
  /** The input's trailing text and everything still gathered, written out. */
  const last = async () => {
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
      await last();
      await sink.commit();
    },
    async finish() {
      if (done) return;
      await last();
      finished = true;
      await sink.finish();
    },
    publish() {
      if (!finished) throw new PlaceboError('E_INTERNAL', 'publish before finish', { file });
      sink.publish();
    },
    async abort() {
      if (done && !finished) return;
      done = true;
      finished = false;
      parts = [];
      await sink.abort();
    },
  };
}
