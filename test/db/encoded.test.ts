import { describe, expect, it } from 'vitest';
import { openDbSink } from '../../src/db/sink.js';
import { encoderFor } from '../../src/generate/writers/index.js';
import type { CellValue } from '../../src/table/types.js';
import { checksums, patient, TABLES } from './fixtures.js';
import { DIALECTS } from './helpers.js';

/** Rows the way the generator makes them (timestamps without a zone). */
const visitRow = (i: number, p: number): CellValue[] => [
  i,
  p,
  '2024-05-01T10:20:30',
  i % 4 === 0 ? null : `a "note", with\nlines ${i}`,
];

async function loadRows(url: string, encoded: boolean) {
  const sink = openDbSink(url);
  await sink.open(TABLES);
  const enc = Object.fromEntries(
    TABLES.map((t) => [
      t.name,
      encoderFor(t, {
        format: sink.encoding.format,
        dialect: sink.encoding.format === 'sql' ? sink.encoding.dialect : 'postgres',
        tables: TABLES,
      }),
    ]),
  );
  for (let p = 1; p <= 40; p += 4) {
    const ps = [p, p + 1, p + 2, p + 3].map(patient);
    const vs = [p, p + 1, p + 2, p + 3].map((x) => visitRow(x, x));
    for (const [table, rows] of [
      ['patients', ps],
      ['visits', vs],
    ] as const) {
      if (encoded) await sink.writeEncoded(table, enc[table]?.batch(rows) ?? '');
      else await sink.write(table, rows);
    }
  }
  await sink.close();
  return sink.counts;
}

for (const d of DIALECTS) {
  describe.skipIf(!d.enabled)(`encoded batches from the generator's encoders: ${d.name}`, () => {
    it('load the same rows as row batches', async () => {
      const a = await d.fresh();
      const b = await d.fresh();
      try {
        const ca = await loadRows(a.url, false);
        const cb = await loadRows(b.url, true);
        expect(Object.fromEntries(cb)).toEqual({ patients: 40, visits: 40 });
        expect(Object.fromEntries(ca)).toEqual(Object.fromEntries(cb));
        expect(await checksums(b)).toEqual(await checksums(a));
      } finally {
        await a.drop();
        await b.drop();
      }
    });
  });
}
