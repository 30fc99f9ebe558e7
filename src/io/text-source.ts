import { createReadStream, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { PlaceboError } from '../core/errors.js';
import { firstInvalidUtf8 } from './utf8.js';

/** Read size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The bytes of `file` (or stdin for `-`), opened on first pull. A file known to be small (`size`
 * from the caller's stat) is read in one call: a read stream allocates a CHUNK_BYTES buffer per
 * read, and for thousands of small notes that garbage, not the reading, was the cost (seconds of
 * GC on 1,333 files of 1 KB).
 */
export function byteSource(file: string, stdin?: Readable, size?: number): AsyncIterable<Buffer> {
  if (file === '-') return (stdin ?? process.stdin) as AsyncIterable<Buffer>;
  if (size !== undefined && size <= CHUNK_BYTES) return wholeFile(file);
  return lazyStream(file);
}

async function* wholeFile(file: string): AsyncGenerator<Buffer> {
  const bytes = readFileSync(file);
  if (bytes.length > CHUNK_BYTES) {
    // It grew since it was measured: stream it after all (the bytes read so far are dropped).
    yield* lazyStream(file);
    return;
  }
  yield bytes;
}

async function* lazyStream(file: string): AsyncGenerator<Buffer> {
  yield* createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
}

function countNewlines(buf: Uint8Array, end = buf.length): number {
  let n = 0;
  let i = buf.indexOf(10);
  while (i !== -1 && i < end) {
    n++;
    i = buf.indexOf(10, i + 1);
  }
  return n;
}

/**
 * Decode a byte stream as strict UTF-8, chunk by chunk (pull-based, so back-pressure is the
 * consumer's pace). A BOM is kept in the text so writers can put it back. Invalid UTF-8 and NUL
 * bytes are E_ENCODING errors located by line; the bytes themselves are never reported.
 */
export async function* decodeText(
  bytes: AsyncIterable<Buffer | string>,
  file: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lines = 0;
  const fail = (line: number, what: string): never => {
    throw new PlaceboError('E_ENCODING', what, { file, line }, 'save the file as UTF-8 text');
  };
  try {
    let first = true;
    for await (const raw of bytes) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
      if (first && chunk.length > 0) {
        first = false;
        const b0 = chunk[0];
        const b1 = chunk[1];
        if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
          fail(1, 'UTF-16 text (byte order mark)');
      }
      const nul = chunk.indexOf(0);
      if (nul !== -1) fail(lines + 1 + countNewlines(chunk, nul), 'NUL byte in input (binary file?)');
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const at = firstInvalidUtf8(chunk);
        fail(lines + 1 + (at === -1 ? 0 : countNewlines(chunk, at)), 'invalid UTF-8');
      }
      lines += countNewlines(chunk);
      if (text!.length > 0) yield text!;
    }
    let tail: string;
    try {
      tail = decoder.decode();
    } catch {
      fail(lines + 1, 'invalid UTF-8 (truncated character at end of input)');
    }
    if (tail!.length > 0) yield tail!;
  } catch (err) {
    if (err instanceof PlaceboError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new PlaceboError('E_INPUT', `cannot read input${code ? ` (${code})` : ''}`, { file });
  }
}
