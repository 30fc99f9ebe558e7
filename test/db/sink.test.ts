import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, PlaceboError } from '../../src/core/errors.js';
import { introspect } from '../../src/db/introspect.js';
import { openDbSink } from '../../src/db/sink.js';
import { loadFixture, NOTE, patient, TABLES } from './fixtures.js';
import { DIALECTS } from './helpers.js';

const load = loadFixture;

for (const d of DIALECTS) {
  describe.skipIf(!d.enabled)(`database sink: ${d.name}`, () => {
    it('round-trips rows with types, primary and foreign keys', async () => {
      const db = await d.fresh();
      try {
        const sink = await load(db.url, 300);
        expect(Object.fromEntries(sink.counts)).toEqual({ patients: 300, visits: 600 });
        const [c] = await db.query(
          'SELECT COUNT(*) AS n FROM visits v JOIN patients p ON p.id = v.patient_id',
        );
        expect(Number(c?.n)).toBe(600);
        const notes = await db.query('SELECT note FROM visits WHERE id = 7');
        expect(notes[0]?.note).toBe(`${NOTE} 7`);
        const nulls = await db.query('SELECT COUNT(*) AS n FROM visits WHERE note IS NULL');
        expect(Number(nulls[0]?.n)).toBe(150);
        const p10 = (await db.query('SELECT * FROM patients WHERE id = 10'))[0] ?? {};
        expect(p10.mrn).toBe('FAKE-000010');
        expect(p10.birth_date).toBeNull();
        expect(Number(p10.weight)).toBeCloseTo(80.5);
        expect(Boolean(Number(p10.deceased) || p10.deceased === true)).toBe(true);
        const s = await introspect(db.url);
        const visits = s.tables.find((t) => t.name === 'visits');
        const patients = s.tables.find((t) => t.name === 'patients');
        expect(s.tables.map((t) => t.name)).toEqual(['patients', 'visits']);
        expect(patients?.primaryKey).toEqual(['id']);
        expect(patients?.uniques.map((u) => u.columns)).toEqual([['mrn']]);
        expect(visits?.foreignKeys).toMatchObject([
          { columns: ['patient_id'], refTable: 'patients', refColumns: ['id'] },
        ]);
        expect(visits?.columns.find((c) => c.name === 'at')?.generic).toBe('timestamp');
        expect(patients?.columns.find((c) => c.name === 'weight')?.generic).toBe('real');
        expect(patients?.columns.find((c) => c.name === 'name')?.nullable).toBe(false);
      } finally {
        await db.drop();
      }
    });

    it('a failure mid-load leaves no table behind and names no value', async () => {
      const db = await d.fresh();
      try {
        const err = await load(db.url, 200, 150).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(PlaceboError);
        const line = formatError(err as PlaceboError);
        expect(line).toMatch(/E_DB/);
        expect(line).toMatch(/visits/);
        expect(line).not.toMatch(/Testpatient|FAKE-|line one/);
        expect(line.includes('\n')).toBe(false);
        if ('path' in db) {
          expect(existsSync(String(db.path))).toBe(false); // the file this run created is gone
          return;
        }
        const left = await introspect(db.url);
        expect(left.tables.map((t) => t.name)).toEqual([]);
      } finally {
        await db.drop();
      }
    });

    it('a child table loaded without its parent gets no dangling foreign key', async () => {
      const db = await d.fresh();
      try {
        const sink = openDbSink(db.url);
        await sink.open([TABLES[1] as (typeof TABLES)[number]]);
        await sink.write('visits', [
          [1, 99, '2024-05-01T10:20:30', null],
          [2, 98, '2024-05-01T10:20:30', 'x'],
        ]);
        await sink.close();
        const s = await introspect(db.url);
        expect(s.tables.map((t) => [t.name, t.foreignKeys.length])).toEqual([['visits', 0]]);
        expect(Object.fromEntries(sink.counts)).toEqual({ visits: 2 });
      } finally {
        await db.drop();
      }
    });

    it('truncate replaces rows; append adds them; create refuses an existing table', async () => {
      const db = await d.fresh();
      try {
        await load(db.url, 10);
        const again = await load(db.url, 10).catch((e: unknown) => e);
        expect(formatError(again as PlaceboError)).toMatch(/already exists/);
        for (const [mode, expected] of [
          ['truncate', 4],
          ['append', 8],
        ] as const) {
          const sink = openDbSink(db.url, { mode });
          await sink.open(TABLES);
          for (let p = 1; p <= 4; p++)
            await sink.write('patients', [patient(mode === 'append' ? p + 100 : p)]);
          await sink.close();
          const [c] = await db.query('SELECT COUNT(*) AS n FROM patients');
          expect(Number(c?.n)).toBe(expected);
        }
      } finally {
        await db.drop();
      }
    });
  });
}
