/**
 * FileSink: one file per table (or one table to a stream), written through temp files and
 * renamed on close. It takes rows (RowSink) or already-encoded batches (writeEncoded), which is
 * how worker threads hand over their work: the bytes are the same either way.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { CellValue, RowSink, TableSpec } from '../../table/types.js';
import { type Dialect, EXTENSIONS, type FormatName, type TableEncoder } from './encoder.js';
import { encoderFor } from './index.js';
import { fileTarget, StreamTarget, type TextTarget } from './text-target.js';

export interface FileSinkOptions {
  format: FormatName;
  dialect: Dialect;
  /** Directory for <table>.<ext> files, or a stream for a single table. */
  out: { dir: string } | { stream: Writable };
  /** Write only these tables (all when undefined). */
  tables?: readonly string[];
  /** Shard position: heads only in the first slice, tails only in the last, separators across slices. */
  firstSlice?: boolean;
  lastSlice?: boolean;
}

interface Entry {
  encoder: TableEncoder;
  target: TextTarget;
  wrote: boolean;
}

export class FileSink implements RowSink {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly opts: FileSinkOptions) {}

  async open(tables: readonly TableSpec[]): Promise<void> {
    const { out } = this.opts;
    if ('dir' in out) mkdirSync(out.dir, { recursive: true });
    const chosen = tables.filter((t) => !this.opts.tables || this.opts.tables.includes(t.name));
    for (const spec of chosen) {
      const encoder = encoderFor(spec, { format: this.opts.format, dialect: this.opts.dialect, tables });
      const target =
        'dir' in out
          ? fileTarget(join(out.dir, `${spec.name}.${EXTENSIONS[this.opts.format]}`))
          : new StreamTarget(out.stream);
      this.entries.set(spec.name, { encoder, target, wrote: this.opts.firstSlice === false });
    }
    if (this.opts.firstSlice !== false)
      for (const e of this.entries.values()) await e.target.write(e.encoder.head());
  }

  /** The encoder of a table, or undefined when the table is not written. */
  encoder(table: string): TableEncoder | undefined {
    return this.entries.get(table)?.encoder;
  }

  write(table: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    const e = this.entries.get(table);
    if (!e || rows.length === 0) return Promise.resolve();
    return this.writeEncoded(table, e.encoder.batch(rows));
  }

  /** An encoded batch, as text or UTF-8 bytes. */
  async writeEncoded(table: string, data: string | Uint8Array): Promise<void> {
    const e = this.entries.get(table);
    if (!e || data.length === 0) return;
    const sep = e.wrote ? e.encoder.separator : '';
    e.wrote = true;
    if (sep !== '') await e.target.write(sep);
    await e.target.write(data);
  }

  async close(): Promise<void> {
    if (this.opts.lastSlice !== false)
      for (const e of this.entries.values()) await e.target.write(e.encoder.tail());
    for (const e of this.entries.values()) await e.target.commit();
  }

  async abort(): Promise<void> {
    for (const e of this.entries.values()) await e.target.discard();
  }
}
