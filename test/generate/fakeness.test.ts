/**
 * Fake by construction: every identifier column of the default schema, over more than 100,000
 * generated rows, passes the catalogue's fakeness test (provable kinds: "fake"; the others are
 * at least never "real"). Names carry the ZZTEST marker unless --style realistic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../src/catalogue/index.js';
import type { Style } from '../../src/catalogue/types.js';
import { loadBuildChart } from '../../src/generate/chart-source.js';
import { RowEngine } from '../../src/generate/engine.js';
import { compilePlan } from '../../src/generate/plan.js';
import { parseGeneratorSchema } from '../../src/schema/generator-load.js';
import { ROOT } from './helpers.js';

const FILE = 'schemas/patients.yaml';
const loaded = parseGeneratorSchema(readFileSync(join(ROOT, FILE), 'utf8'), FILE);
const buildChart = await loadBuildChart();

function identifierColumns(table: string): Map<string, string> {
  const cols = new Map<string, string>();
  for (const [name, col] of Object.entries(loaded.schema.tables[table]!.columns))
    if (typeof col === 'object' && col.kind) cols.set(name, col.kind);
  return cols;
}

function check(style: Style, patients: number): { rows: number; cells: number } {
  const plan = compilePlan(loaded, { seed: `fake-${style}`, style, ...(buildChart ? { buildChart } : {}) });
  const engine = new RowEngine(plan);
  const out = engine.block(0, Math.min(patients, 32));
  // Keep adding patients (a block at a time) until there are enough rows.
  for (let next = 32; next < patients; next += 32) {
    const more = engine.block(next, Math.min(patients, next + 32));
    more.rows.forEach((r, i) => {
      for (const row of r) out.rows[i]!.push(row);
    });
    if (out.rows.reduce((a, r) => a + r.length, 0) > 100_000) break;
  }
  let rows = 0;
  let cells = 0;
  for (const t of plan.tables) {
    const ids = identifierColumns(t.name);
    const tableRows = out.rows[t.position]!;
    rows += tableRows.length;
    t.columns.forEach((c, i) => {
      const kindId = ids.get(c.name);
      if (!kindId) return;
      const kind = getKind(kindId);
      for (const r of tableRows) {
        const v = r[i];
        if (v === null || v === undefined) continue;
        cells++;
        const verdict = kind.isFake(String(v), { style });
        if (kind.provable)
          expect(verdict.status, `${t.name}.${c.name} (${kindId}) is provably fake`).toBe('fake');
        else expect(verdict.status, `${t.name}.${c.name} (${kindId}) is never real`).not.toBe('real');
      }
    });
  }
  return { rows, cells };
}

describe('generated identifiers are provably fake', () => {
  it('every identifier column over more than 100,000 rows (obvious style)', () => {
    const { rows, cells } = check('obvious', 100_000);
    expect(rows).toBeGreaterThan(100_000);
    expect(cells).toBeGreaterThan(50_000);
  });

  it('realistic style drops only the name marker', () => {
    const plan = compilePlan(loaded, { seed: 3, style: 'realistic' });
    const obvious = compilePlan(loaded, { seed: 3, style: 'obvious' });
    const r = new RowEngine(plan).block(0, 50).rows[0]!;
    const o = new RowEngine(obvious).block(0, 50).rows[0]!;
    const idx = (name: string) => plan.root.columns.findIndex((c) => c.name === name);
    for (let i = 0; i < 50; i++) {
      expect(String(o[i]![idx('family_name')])).toMatch(/^ZZTEST-/);
      expect(String(r[i]![idx('family_name')])).not.toMatch(/ZZTEST/);
      expect(r[i]![idx('ssn')]).toBe(o[i]![idx('ssn')]);
      expect(r[i]![idx('birth_date')]).toBe(o[i]![idx('birth_date')]);
    }
    check('realistic', 200);
  });
});
