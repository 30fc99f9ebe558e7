/**
 * In-memory documents for engine tests: rows of cells become DocRecords whose leaves record
 * replacements, so a test can read back exactly what the engine wrote.
 */
import type { DocRecord, InputDocument, Leaf, OutputDocument } from '../../../src/io/types.js';

class MemLeaf implements Leaf {
  changed = false;
  current: string | null;
  constructor(
    readonly path: string,
    readonly value: string,
  ) {
    this.current = value;
  }
  get at() {
    return this.path;
  }
  get key() {
    return this.path.split('.').pop()!;
  }
  get type() {
    return 'string' as const;
  }
  replace(v: string | null) {
    this.current = v;
    this.changed = true;
  }
}

export function memoryInput(file: string, rows: readonly Record<string, string>[]): InputDocument {
  const header = rows[0] ? Object.keys(rows[0]) : [];
  return {
    file,
    format: 'csv',
    header,
    async *records(): AsyncIterable<DocRecord> {
      let index = 0;
      for (const row of rows) {
        const leaves = header.map((h) => new MemLeaf(h, row[h] ?? ''));
        yield { index, line: index + 2, leaves };
        index++;
      }
    },
  };
}

export class MemoryOutput implements OutputDocument {
  rows: Record<string, string | null>[] = [];
  committed = false;
  async write(record: DocRecord) {
    const row: Record<string, string | null> = {};
    for (const l of record.leaves) row[l.path] = (l as MemLeaf).current;
    this.rows.push(row);
  }
  async commit() {
    this.committed = true;
  }
  async abort() {}
}
