/**
 * Staging refresh of a typed hospital schema (test/db/hospital.ts: bigint and uuid keys, a
 * composite key, a self-reference, CHECK, unique, view, index, a non-default schema), six database
 * pairs through the real CLI (what each pair must satisfy: test/db/staging.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { introspect } from '../../src/db/introspect.js';
import { hospitalData, hospitalDdl } from './hospital.js';
import {
  count,
  ENABLED,
  fresh,
  HOSPITAL_PATIENTS,
  type Name,
  PAIRS,
  refresh,
  type Source,
} from './staging.js';

describe('staging refresh: typed hospital schema', () => {
  const sources = new Map<Name, Source>();
  const data = hospitalData(HOSPITAL_PATIENTS);
  beforeAll(async () => {
    for (const d of new Set(PAIRS.map(([from]) => from))) {
      if (!ENABLED[d]) continue;
      const db = await fresh(d);
      for (const sql of hospitalDdl(d)) await db.query(sql);
      for (const sql of data.inserts) await db.query(sql);
      const structure = await introspect(db.url);
      sources.set(d, {
        db,
        structure,
        identifiers: data.identifiers,
        keys: ['encounters.id', 'diagnoses.encounter_id'],
      });
    }
  }, 600_000);

  it('the source holds what the schema promises', async () => {
    const s = sources.get('sqlite')!;
    expect(s.structure.tables.map((t) => t.name).sort()).toEqual([
      'diagnoses',
      'encounters',
      'patients',
      'providers',
    ]);
    expect(await count(s.db, 'encounters')).toBe(data.counts.encounters);
    expect(s.structure.tables.find((t) => t.name === 'diagnoses')!.primaryKey).toEqual([
      'encounter_id',
      'seq',
    ]);
  });

  for (const [from, to] of PAIRS)
    it.skipIf(!ENABLED[from] || !ENABLED[to])(
      `${from} → ${to}`,
      async () => {
        const dst = await refresh(`hospital-${from}-${to}`, sources.get(from)!, to);
        // The CHECK constraints hold for the scrubbed rows (year-only dates keep their order).
        const broken = await dst.query(
          'SELECT COUNT(*) AS n FROM encounters WHERE discharged_at < admitted_at OR patient_id IS NULL',
        );
        expect(Number(broken[0]?.n)).toBe(0);
        const sex = await dst.query("SELECT COUNT(*) AS n FROM patients WHERE sex NOT IN ('F', 'M', 'U')");
        expect(Number(sex[0]?.n)).toBe(0);
      },
      600_000,
    );
});
