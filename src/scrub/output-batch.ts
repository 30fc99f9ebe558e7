/**
 * The outputs of one scrub run, made visible together at the end. Each output is flushed and
 * fsynced as soon as its document is done — in the background, a few at a time, while the next
 * document is scrubbed — and renamed into place only when every document succeeded, with one
 * directory sync for the lot. Waiting for each file's fsync and directory sync in turn cost more
 * than scrubbing 1,333 small notes.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncDirectory } from '../io/atomic-file.js';
import type { OutputDocument } from '../io/types.js';

/** fsyncs in flight at once (each holds an open file until it completes). */
const IN_FLIGHT = 16;

interface Entry {
  output: OutputDocument;
  target: string;
}

export class OutputBatch {
  private readonly entries: Entry[] = [];
  private readonly finishing: Promise<void>[] = [];
  /** Paths now in place (removed again by abort()). */
  readonly published: string[] = [];

  /** A scrubbed document's output: finishing starts now, publishing waits for publish(). */
  async add(output: OutputDocument, target: string): Promise<void> {
    if (!output.finish || !output.publish) {
      // An output without the two phases is committed at once.
      await output.commit();
      if (target !== '-') this.published.push(target);
      return;
    }
    this.entries.push({ output, target });
    const done = output.finish();
    // Awaited below or in publish(); a failure must not surface as an unhandled rejection first.
    done.catch(() => {});
    this.finishing.push(done);
    if (this.finishing.length >= IN_FLIGHT) await this.finishing.shift();
  }

  /** Wait for every fsync, rename each output into place, then sync each directory once. */
  async publish(): Promise<void> {
    while (this.finishing.length > 0) await this.finishing.shift();
    const dirs = new Set<string>();
    for (const { output, target } of this.entries) {
      output.publish!();
      if (target === '-') continue;
      this.published.push(target);
      dirs.add(dirname(target));
    }
    for (const d of dirs) syncDirectory(d);
  }

  /** Remove every output of the batch, in place or not. */
  async abort(): Promise<void> {
    await Promise.allSettled(this.finishing);
    await Promise.allSettled(this.entries.map((e) => e.output.abort()));
    for (const p of this.published) rmSync(p, { force: true });
  }
}
