import { PlaceboError } from '../core/errors.js';
import type { FileRecord } from './file-record.js';
import type { DocRecord, InputDocument, InputFormat, Leaf } from './types.js';

/**
 * Base of every file reader. `trailer` is the text after the last record (`]`, trailing blank
 * lines, or the whole file when it holds no records); it is known once records() has finished,
 * and the writer appends it on commit so the output ends exactly as the input did.
 */
export abstract class FileDocument implements InputDocument {
  header?: readonly string[];
  trailer: string | undefined;
  protected readonly text: TextBuffer;
  private started = false;

  constructor(
    readonly file: string,
    readonly format: InputFormat,
    chunks: AsyncIterator<string>,
  ) {
    this.text = new TextBuffer(chunks);
  }

  records(): AsyncIterable<DocRecord> {
    if (this.started) {
      throw new PlaceboError('E_INTERNAL', 'records() can be iterated once per opened input', {
        file: this.file,
      });
    }
    this.started = true;
    return this.run();
  }

  /** Release the input early (also done when records() ends, fails or is left with `break`). */
  async close(): Promise<void> {
    await this.text.close();
  }

  private async *run(): AsyncGenerator<FileRecord<Leaf>> {
    try {
      yield* this.generate();
    } finally {
      await this.close();
    }
  }

  protected abstract generate(): AsyncGenerator<FileRecord<Leaf>>;
}

/** Pulls decoded text chunks on demand and keeps the unconsumed part in one string. */
export class TextBuffer {
  buf = '';
  eof = false;

  constructor(private readonly chunks: AsyncIterator<string>) {}

  async close(): Promise<void> {
    this.eof = true;
    await this.chunks.return?.();
  }

  /** Drop text before `from`, then append at least one more chunk (or set eof). Returns the shift. */
  async fill(from: number, atLeast = 0): Promise<number> {
    if (from > 0) this.buf = this.buf.slice(from);
    const parts: string[] = [this.buf];
    let added = 0;
    do {
      const next = await this.chunks.next();
      if (next.done) {
        this.eof = true;
        break;
      }
      parts.push(next.value);
      added += next.value.length;
    } while (added < atLeast);
    this.buf = parts.length === 1 ? parts[0]! : parts.join('');
    return from;
  }

  /** Read everything that is left, refusing to hold more than `limit` characters. */
  async readAll(limit: number, onTooBig: () => never): Promise<string> {
    const parts: string[] = [this.buf];
    let size = this.buf.length;
    for (;;) {
      const next = await this.chunks.next();
      if (next.done) break;
      size += next.value.length;
      if (size > limit) onTooBig();
      parts.push(next.value);
    }
    this.eof = true;
    this.buf = parts.join('');
    return this.buf;
  }
}

export function countNewlines(s: string, from = 0, to = s.length): number {
  let n = 0;
  let i = s.indexOf('\n', from);
  while (i !== -1 && i < to) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}
