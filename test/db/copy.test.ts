import { describe, expect, it } from 'vitest';
import { formatError, type PlaceboError } from '../../src/core/errors.js';
import { copyDatabase } from '../../src/db/copy-database.js';
import { documentTransform } from '../../src/db/documents.js';
import { introspect } from '../../src/db/introspect.js';
import type { DbRecord } from '../../src/db/record.js';
import { readTable } from '../../src/db/source.js';
import { checksums, loadFixture } from './fixtures.js';
import { DIALECTS, freshPg, freshSqlite, PG_URL } from './helpers.js';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as PlaceboError,
  );

async function* shiftIds(table: string, records: AsyncIterable<DbRecord>) {
  for await (const r of records) {
    for (const l of r.leaves) {
      if (l.path === 'id' && table === 'patients') l.replace(String(Number(l.value) + 1000));
      if (l.path === 'patient_id') l.replace(String(Number(l.value) + 1000));
      if (l.path === 'name') l.replace(`Renamed ${r.index}`);
      if (l.path === 'note') l.replace(null);
    }
    yield r;
  }
}

for (const d of DIALECTS) {
  describe.skipIf(!d.enabled)(`copyDatabase: ${d.name}`, () => {
    it('identity copy: same rows, same keys and indexes, source untouched', async () => {
      const src = await d.fresh();
      const dst = await d.fresh();
      try {
        await loadFixture(src.url, 120);
        await src.query('CREATE INDEX visits_at_idx ON visits (at)');
        const before = await checksums(src);
        const result = await copyDatabase(src.url, dst.url);
        expect(result.tables).toEqual([
          { table: 'patients', read: 120, written: 120 },
          { table: 'visits', read: 240, written: 240 },
        ]);
        expect(await checksums(src)).toEqual(before);
        expect(await checksums(dst)).toEqual(before);
        const s = await introspect(src.url);
        const t = await introspect(dst.url);
        const shape = (x: typeof s) =>
          x.tables.map((tb) => ({
            name: tb.name,
            columns: tb.columns.map((c) => [c.name, c.type, c.nullable]),
            pk: tb.primaryKey,
            fks: tb.foreignKeys.map((f) => [f.columns, f.refTable, f.refColumns]),
            uniques: tb.uniques.map((u) => u.columns),
            indexes: tb.indexes.map((i) => [i.name, i.columns, i.unique]),
          }));
        expect(shape(t)).toEqual(shape(s));
        expect(t.tables[1]?.indexes.map((i) => i.name)).toEqual(['visits_at_idx']);
      } finally {
        await src.drop();
        await dst.drop();
      }
    });

    it('a value-changing transform: foreign keys still join, counts match, source untouched', async () => {
      const src = await d.fresh();
      const dst = await d.fresh();
      try {
        await loadFixture(src.url, 50);
        const before = await checksums(src);
        const result = await copyDatabase(src.url, dst.url, { transform: shiftIds });
        expect(result.tables.map((c) => c.written)).toEqual([50, 100]);
        expect(await checksums(src)).toEqual(before);
        const [j] = await dst.query(
          'SELECT COUNT(*) AS n FROM visits v JOIN patients p ON p.id = v.patient_id',
        );
        expect(Number(j?.n)).toBe(100);
        const [m] = await dst.query('SELECT MIN(id) AS lo, MAX(id) AS hi FROM patients');
        expect([Number(m?.lo), Number(m?.hi)]).toEqual([1001, 1050]);
        const names = await dst.query("SELECT COUNT(*) AS n FROM patients WHERE name LIKE 'Renamed %'");
        expect(Number(names[0]?.n)).toBe(50);
        const notes = await dst.query('SELECT COUNT(*) AS n FROM visits WHERE note IS NOT NULL');
        expect(Number(notes[0]?.n)).toBe(0);
      } finally {
        await src.drop();
        await dst.drop();
      }
    });

    it('a failure mid-copy leaves no table in the target; replace refreshes atomically', async () => {
      const src = await d.fresh();
      const dst = await d.fresh();
      try {
        await loadFixture(src.url, 60);
        async function* breakAt(table: string, records: AsyncIterable<DbRecord>) {
          for await (const r of records) {
            if (table === 'visits' && r.index === 70) r.leaves.find((l) => l.path === 'at')?.replace(null);
            yield r;
          }
        }
        const err = await failure(copyDatabase(src.url, dst.url, { transform: breakAt, batch: 16 }));
        expect(err?.code).toBe('E_DB');
        expect(formatError(err as PlaceboError)).toMatch(/visits/);
        if (d.name !== 'sqlite') expect((await introspect(dst.url)).tables).toEqual([]);
        // A refresh over an existing copy: a failure keeps the old copy whole (PostgreSQL, SQLite).
        await copyDatabase(src.url, dst.url);
        const again = await copyDatabase(src.url, dst.url, { replace: true, transform: shiftIds });
        expect(again.tables.map((c) => c.written)).toEqual([60, 120]);
        if (d.name !== 'mysql') {
          const before = await checksums(dst);
          expect(
            await failure(copyDatabase(src.url, dst.url, { replace: true, transform: breakAt })),
          ).toBeDefined();
          expect(await checksums(dst)).toEqual(before);
        }
      } finally {
        await src.drop();
        await dst.drop();
      }
    });

    it('refuses to copy a database onto itself', async () => {
      const src = await d.fresh();
      try {
        await loadFixture(src.url, 3);
        const same = src.url.replace('127.0.0.1', 'localhost');
        const err = await failure(copyDatabase(src.url, same));
        expect(err?.code).toBe('E_USAGE');
        expect(err?.message).toMatch(/same database/);
      } finally {
        await src.drop();
      }
    });

    it('readTable streams records located by table and primary key', async () => {
      const src = await d.fresh();
      try {
        await loadFixture(src.url, 5);
        const recs: DbRecord[] = [];
        for await (const r of readTable(src.url, 'visits')) recs.push(r);
        expect(recs).toHaveLength(10);
        const r = recs.find((x) => x.rowKey[0] === '3');
        expect(r?.table).toBe('visits');
        expect(r?.leaves.map((l) => l.path)).toEqual(['id', 'patient_id', 'at', 'note']);
        expect(r?.leaves[0]?.type).toBe('number');
        expect(r?.leaves[3]?.value).toContain('line one\nline\ttwo \\ back');
        const nulls = recs.filter((x) => x.leaves[3]?.type === 'null');
        expect(nulls).toHaveLength(2);
      } finally {
        await src.drop();
      }
    });
  });
}

describe('SQLite: 64-bit integers', () => {
  it('copy exactly, beyond 2^53', async () => {
    const src = await freshSqlite();
    const dst = await freshSqlite();
    try {
      await src.query('CREATE TABLE big (id INTEGER PRIMARY KEY, n INTEGER)');
      await src.query('INSERT INTO big VALUES (1, 9007199254740993), (2, -9223372036854775808)');
      await copyDatabase(src.url, dst.url);
      const rows = await dst.query('SELECT CAST(n AS TEXT) AS n, typeof(n) AS t FROM big ORDER BY id');
      expect(rows).toEqual([
        { n: '9007199254740993', t: 'integer' },
        { n: '-9223372036854775808', t: 'integer' },
      ]);
    } finally {
      await src.drop();
      await dst.drop();
    }
  });
});

describe.skipIf(!PG_URL)('copyDatabase across dialects', () => {
  it('PostgreSQL: a mixed-case schema and table name round-trip', async () => {
    const src = await freshPg();
    const dst = await freshPg();
    try {
      await src.query('CREATE SCHEMA "Odd Schema"');
      await src.query('CREATE TABLE "Odd Schema"."Visit Log" ("Id" bigint PRIMARY KEY, "Note" text)');
      await src.query(`INSERT INTO "Odd Schema"."Visit Log" VALUES (1, 'a'), (2, NULL)`);
      const from = new URL(src.url);
      from.searchParams.set('schema', 'Odd Schema');
      const res = await copyDatabase(from.toString(), dst.url);
      expect(res.tables).toEqual([{ table: 'Visit Log', read: 2, written: 2 }]);
      const rows = await dst.query('SELECT * FROM "Visit Log" ORDER BY "Id"');
      expect(rows).toEqual([
        { Id: '1', Note: 'a' },
        { Id: '2', Note: null },
      ]);
      await src.query('DROP SCHEMA "Odd Schema" CASCADE');
    } finally {
      await src.drop();
      await dst.drop();
    }
  });

  it('PostgreSQL → SQLite keeps rows, keys and joins', async () => {
    const src = await freshPg();
    const dst = await freshSqlite();
    try {
      await loadFixture(src.url, 40);
      const result = await copyDatabase(src.url, dst.url);
      expect(result.tables.map((c) => c.written)).toEqual([40, 80]);
      const [j] = await dst.query(
        'SELECT COUNT(*) AS n FROM visits v JOIN patients p ON p.id = v.patient_id',
      );
      expect(Number(j?.n)).toBe(80);
      const t = await introspect(dst.url);
      expect(t.tables[1]?.foreignKeys).toMatchObject([{ columns: ['patient_id'], refTable: 'patients' }]);
      const [p] = await dst.query(
        'SELECT weight, typeof(weight) AS tw, typeof(id) AS ti FROM patients WHERE id = 2',
      );
      expect(p).toEqual({ weight: 72.5, tw: 'real', ti: 'integer' });
      const bools = await dst.query(
        'SELECT deceased, COUNT(*) AS n FROM patients GROUP BY deceased ORDER BY deceased',
      );
      expect(bools).toEqual([
        { deceased: 0, n: 20 },
        { deceased: 1, n: 20 },
      ]);
    } finally {
      await src.drop();
      await dst.drop();
    }
  });
});

for (const d of DIALECTS.filter((x) => x.name !== 'sqlite')) {
  describe.skipIf(!d.enabled)(`interrupted reads: ${d.name}`, () => {
    it('a transform that throws half-way through a large table fails fast and cleanly', async () => {
      const src = await d.fresh();
      const dst = await d.fresh();
      try {
        await loadFixture(src.url, 1500);
        async function* stop(table: string, records: AsyncIterable<DbRecord>) {
          for await (const r of records) {
            if (table === 'visits' && r.index === 10) throw new Error('transform gave up');
            yield r;
          }
        }
        const started = Date.now();
        await expect(copyDatabase(src.url, dst.url, { transform: stop })).rejects.toThrow(
          'transform gave up',
        );
        expect(Date.now() - started).toBeLessThan(10_000);
        expect((await introspect(dst.url)).tables).toEqual([]);
        // The loader fails while a push-style transform still holds the source mid-table.
        const nulls = documentTransform(async (input, output) => {
          for await (const r of input.records()) {
            if (input.file === 'visits' && r.index === 10)
              r.leaves.find((l) => l.path === 'at')?.replace(null);
            await output.write(r);
          }
        }, 8);
        const t2 = Date.now();
        const err = await failure(copyDatabase(src.url, dst.url, { transform: nulls, batch: 4 }));
        expect(err?.code).toBe('E_DB');
        expect(Date.now() - t2).toBeLessThan(10_000);
        expect((await introspect(dst.url)).tables).toEqual([]);
        // Early exit from readTable closes its snapshot too.
        for await (const r of readTable(src.url, 'visits')) if (r.index === 5) break;
        expect((await copyDatabase(src.url, dst.url)).tables.map((t) => t.written)).toEqual([1500, 3000]);
      } finally {
        await src.drop();
        await dst.drop();
      }
    });
  });
}
