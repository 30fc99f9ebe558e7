import type { DocRecord, Leaf, LeafType } from './types.js';

/**
 * A leaf read from a file. `start`/`end` locate the value's original text inside its record's
 * raw text (JSON tokens, including quotes); CSV cells use `quoted` instead.
 */
export class FileLeaf implements Leaf {
  next: string | null = null;
  changed = false;

  constructor(
    readonly record: { dirty: boolean },
    readonly path: string,
    readonly at: string,
    readonly key: string,
    readonly type: LeafType,
    readonly value: string,
    readonly start: number,
    readonly end: number,
    readonly quoted: boolean,
  ) {}

  replace(value: string | null): void {
    this.next = value;
    this.changed = true;
    this.record.dirty = true;
  }
}

/**
 * A record read from a file: `pre` is the text between the previous record and this one (header,
 * blank lines, `[` or `,`), `raw` the record's own text including its line ending. A writer emits
 * `pre + render()`; render() is `raw` itself when nothing was replaced, so unchanged records are
 * copied, not re-serialised.
 */
export abstract class FileRecord<L extends Leaf = FileLeaf> implements DocRecord {
  dirty = false;
  leaves: L[] = [];

  constructor(
    readonly index: number,
    readonly line: number,
    readonly pre: string,
    readonly raw: string,
  ) {}

  render(): string {
    return this.dirty ? this.rebuild() : this.raw;
  }

  protected abstract rebuild(): string;
}
