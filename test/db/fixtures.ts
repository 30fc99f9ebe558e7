/** A small invented two-table data set (patients → visits) loaded through the real sink. */
import { createHash } from 'node:crypto';
import { openDbSink } from '../../src/db/sink.js';
import type { CellValue, TableSpec } from '../../src/table/types.js';
import type { TestDb } from './helpers.js';

export const TABLES: TableSpec[] = [
  {
    name: 'patients',
    columns: [
      { name: 'id', type: 'integer', nullable: false, unique: true },
      { name: 'name', type: 'text', nullable: false, unique: false },
      { name: 'mrn', type: 'text', nullable: false, unique: true },
      { name: 'birth_date', type: 'date', nullable: true, unique: false },
      { name: 'weight', type: 'real', nullable: true, unique: false },
      { name: 'deceased', type: 'boolean', nullable: false, unique: false },
    ],
    primaryKey: 'id',
    foreignKeys: [],
  },
  {
    name: 'visits',
    columns: [
      { name: 'id', type: 'integer', nullable: false, unique: true },
      { name: 'patient_id', type: 'integer', nullable: false, unique: false },
      { name: 'at', type: 'timestamp', nullable: false, unique: false },
      { name: 'note', type: 'text', nullable: true, unique: false },
    ],
    primaryKey: 'id',
    foreignKeys: [{ column: 'patient_id', table: 'patients', refColumn: 'id' }],
  },
];

export const NOTE = 'line one\nline\ttwo \\ back\r\n"quoted" \'single\' ünï 😀';

export function patient(i: number): CellValue[] {
  return [
    i,
    `Testpatient ${i}`,
    `FAKE-${String(i).padStart(6, '0')}`,
    i % 5 === 0 ? null : '1990-01-02',
    i % 3 === 0 ? null : 70.5 + i,
    i % 2 === 0,
  ];
}

export function visit(i: number, p: number): CellValue[] {
  return [i, p, '2024-05-01T10:20:30.000Z', i % 4 === 0 ? null : `${NOTE} ${i}`];
}

/**
 * Interleaved like the generator: patients, then their visits, in blocks of `block` patients
 * (1: each patient followed by its two visits). `bad`: a NOT NULL violation there.
 */
export async function loadFixture(url: string, n: number, bad?: number, block = n > 500 ? 100 : 1) {
  const sink = openDbSink(url, { mode: 'create' });
  await sink.open(TABLES);
  try {
    let v = 0;
    for (let start = 1; start <= n; start += block) {
      const ps: CellValue[][] = [];
      const vs: CellValue[][] = [];
      for (let p = start; p < start + block && p <= n; p++) {
        ps.push(patient(p));
        const rows = [visit(++v, p), visit(++v, p)];
        if (p === bad) (rows[1] as CellValue[])[2] = null;
        vs.push(...rows);
      }
      await sink.write('patients', ps);
      await sink.write('visits', vs);
    }
    await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  return sink;
}

/** A digest of every row of each table, in primary-key order. */
export async function checksums(
  db: TestDb,
  tables: readonly string[] = ['patients', 'visits'],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows = await db.query(`SELECT * FROM ${t} ORDER BY id`);
    out[t] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  }
  return out;
}
