/** Test helper: DocRecords built in memory from rows (stand-ins for any reader's output). */
import type { CheckSource } from '../../src/check/types.js';
import type { DocRecord, Leaf } from '../../src/io/types.js';

function leaf(path: string, at: string, key: string, value: string): Leaf {
  return {
    path,
    at,
    key,
    type: 'string',
    value,
    changed: false,
    replace() {
      throw new Error('check never replaces values');
    },
  };
}

/** A table: header + rows of cells; line = index + 2 (after the header). */
export function tableSource(
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): CheckSource {
  return {
    name,
    format: 'csv',
    async *records(): AsyncIterable<DocRecord> {
      for (const [index, row] of rows.entries()) {
        yield {
          index,
          line: index + 2,
          leaves: header.map((h, i) => leaf(h, h, h, row[i] ?? '')),
        };
      }
    },
  };
}
