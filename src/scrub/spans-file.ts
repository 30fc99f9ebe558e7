/**
 * The --spans NDJSON file: one line per identifier found in free text, offsets into the original
 * string. Written to a temp file and renamed into place only when the run succeeds.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { SpanLine } from './engine.js';

export class SpansFile {
  private readonly fd: number;
  private readonly temp: string;
  private buffer = '';
  count = 0;

  constructor(private readonly file: string) {
    this.temp = `${file}.${process.pid}.tmp`;
    this.fd = openSync(this.temp, 'w');
  }

  push(line: SpanLine): void {
    this.buffer += `${JSON.stringify({
      file: line.file,
      record: line.record,
      field: line.field,
      start: line.start,
      end: line.end,
      kind: line.kind,
      category: line.category,
    })}\n`;
    this.count++;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buffer) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.file);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }
}
