/** Builds a note's text and records where identifiers were planted, with exact offsets. */
import type { PlantedSpan } from '../types.js';

export class NoteWriter {
  text = '';
  readonly spans: PlantedSpan[] = [];

  put(s: string): void {
    this.text += s;
  }

  /** Appends an identifier value and records its span (nothing for an empty value). */
  plant(value: string, kind: string | null): void {
    if (kind === null) {
      this.text += value;
      return;
    }
    const start = this.text.length;
    this.text += value;
    if (value.length > 0) this.spans.push({ start, end: this.text.length, kind });
  }

  mark(): number {
    return this.text.length;
  }

  /** Drops everything written after `mark` (a line that could not be filled). */
  rewind(mark: number): void {
    this.text = this.text.slice(0, mark);
    let n = this.spans.length;
    while (n > 0 && (this.spans[n - 1] as PlantedSpan).end > mark) n--;
    this.spans.length = n;
  }
}
