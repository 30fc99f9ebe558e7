/**
 * generate's CSV/TSV encoder is hand-written for speed; csv-stringify, with the options generate used
 * before, is the oracle: the same bytes for any header and rows of cell values, and csv-parse reads
 * the values back.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delimitedEncoder } from '../../src/generate/writers/delimited.js';
import type { CellValue, TableSpec } from '../../src/table/types.js';

/** Text made of the characters that matter to CSV and TSV, plus multi-byte ones. */
const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', '"', ',', '\t', '\n', '\r', ' ', 'é', '😀', '0', '-'),
    maxLength: 8,
  }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const value: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.constant(''),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
);

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    names: fc.array(text, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(value, { minLength: width, maxLength: width }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',' as const, '\t' as const),
  }),
);

function spec(names: string[]): TableSpec {
  return {
    name: 't',
    columns: names.map((name) => ({ name, type: 'text', nullable: true, unique: false })),
    primaryKey: null,
    foreignKeys: [],
  };
}

/** What generate wrote with csv-stringify. */
function oracle(rows: CellValue[][], delimiter: string): string {
  return stringify(rows, {
    delimiter,
    record_delimiter: '\n',
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
  });
}

describe('delimited encoder', () => {
  it('writes the same bytes as csv-stringify, head and batches', () => {
    fc.assert(
      fc.property(table, ({ names, rows, delimiter }) => {
        const enc = delimitedEncoder(spec(names), delimiter);
        expect(enc.head()).toBe(oracle([names], delimiter));
        expect(enc.batch(rows)).toBe(oracle(rows, delimiter));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back through csv-parse to the same cells', () => {
    fc.assert(
      fc.property(table, ({ names, rows, delimiter }) => {
        // A bare CR is left unquoted, as csv-stringify does; csv-parse would take it for a line end.
        const clean = rows.map((r) => r.map((v) => (typeof v === 'string' ? v.replaceAll('\r', '') : v)));
        const enc = delimitedEncoder(spec(names.map((_, i) => `c${i}`)), delimiter);
        const back = parse(enc.head() + enc.batch(clean), { delimiter, columns: true }) as Record<
          string,
          string
        >[];
        const cells = (v: CellValue): string => (v === null ? '' : typeof v === 'string' ? v : String(v));
        expect(back.map((o) => Object.values(o))).toEqual(clean.map((r) => r.map(cells)));
      }),
      { numRuns: 300 },
    );
  });
});
