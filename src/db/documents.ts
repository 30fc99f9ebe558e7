/**
 * Bridges between database tables and the file-shaped document model scrub and check use:
 * a table as an InputDocument (tabular like CSV: header = columns, one leaf per column), a
 * push-style document scrubber (input → output) as a pull-style copyDatabase transform.
 */
import { PlaceboError } from '../core/errors.js';
import type { DocRecord, InputDocument, OutputDocument } from '../io/types.js';
import type { RecordTransform } from './copy-database.js';
import type { DbRecord } from './record.js';
import type { DbTable } from './structure.js';

/** A table as an InputDocument. Tables are tabular, so they present themselves as `csv`. */
export function tableDocument(
  name: string,
  table: DbTable,
  records: () => AsyncIterable<DbRecord>,
): InputDocument {
  return { file: name, format: 'csv', header: table.columns.map((c) => c.name), records };
}

/**
 * Turn `run(input, output)` — a function that reads an InputDocument and writes records to an
 * OutputDocument, like scrub's scrubDocument — into a copyDatabase transform. Records flow
 * through a small bounded queue, so the writer waits while the loader is busy.
 */
export function documentTransform(
  run: (input: InputDocument, output: OutputDocument) => Promise<unknown>,
  highWater = 1000,
): RecordTransform {
  return (table, records, info) => {
    const queue: DocRecord[] = [];
    let ended = false;
    let failure: { error: unknown } | undefined;
    let wakeReader: (() => void) | undefined;
    let wakeWriter: (() => void) | undefined;
    const wake = () => {
      wakeReader?.();
      wakeReader = undefined;
    };
    const output: OutputDocument = {
      async write(record) {
        while (queue.length >= highWater && !failure) await new Promise<void>((r) => (wakeWriter = r));
        if (failure) throw failure.error;
        queue.push(record);
        wake();
      },
      async commit() {},
      async abort() {},
    };
    const input = tableDocument(table, info, () => records);
    run(input, output).then(
      () => {
        ended = true;
        wake();
      },
      (error: unknown) => {
        failure = { error };
        wake();
      },
    );
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            if (queue.length > 0) {
              const batch = queue.splice(0, queue.length);
              wakeWriter?.();
              wakeWriter = undefined;
              yield* batch;
              continue;
            }
            if (failure) throw failure.error;
            if (ended) return;
            await new Promise<void>((r) => (wakeReader = r));
          }
        } finally {
          // The loader stopped early (an error downstream): release a waiting writer.
          failure ??= { error: new PlaceboError('E_DB', `load of table "${table}" stopped`) };
          wakeWriter?.();
        }
      },
    };
  };
}
