/**
 * Builds a note's text and records where identifiers were planted, with exact offsets. Text is
 * kept as a list of parts joined once at the end, so dropping a line that could not be filled
 * is an array truncation rather than a string copy.
 */
import type { PlantedSpan } from '../types.js';

export class NoteWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly spans: PlantedSpan[] = [];

  put(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Appends an identifier value and records its span (no span for an empty value). */
  plant(value: string, kind: string | null): void {
    if (kind !== null && value.length > 0)
      this.spans.push({ start: this.length, end: this.length + value.length, kind });
    this.parts.push(value);
    this.length += value.length;
  }

  /** A position to rewind to. */
  mark(): number {
    return this.parts.length;
  }

  /** Drops everything written after `mark` (a line that could not be filled). */
  rewind(mark: number): void {
    while (this.parts.length > mark) this.length -= (this.parts.pop() as string).length;
    let n = this.spans.length;
    while (n > 0 && (this.spans[n - 1] as PlantedSpan).end > this.length) n--;
    this.spans.length = n;
  }

  /** Removes trailing newlines. */
  trimEnd(): void {
    for (;;) {
      const last = this.parts[this.parts.length - 1];
      if (last === undefined || !last.endsWith('\n')) return;
      if (last === '\n') this.parts.pop();
      else this.parts[this.parts.length - 1] = last.slice(0, -1);
      this.length--;
    }
  }

  get text(): string {
    return this.parts.join('');
  }
}
