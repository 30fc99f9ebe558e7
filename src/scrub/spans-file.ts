/**
 * The --spans NDJSON file: one line per identifier found in free text, offsets into the original
 * string. An AtomicFile: renamed into place only when the run succeeds.
 */
import { AtomicFile } from '../io/atomic-file.js';
import type { SpanLine } from './engine.js';

export class SpansFile {
  private readonly file: AtomicFile;
  count = 0;

  constructor(path: string) {
    this.file = new AtomicFile(path);
  }

  push(line: SpanLine): void {
    this.file.write(
      `${JSON.stringify({
        file: line.file,
        record: line.record,
        field: line.field,
        start: line.start,
        end: line.end,
        kind: line.kind,
        category: line.category,
      })}\n`,
    );
    this.count++;
  }

  commit(): Promise<void> {
    return this.file.commit();
  }

  abort(): void {
    this.file.discard();
  }
}
