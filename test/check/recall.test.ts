/**
 * The closed loop, part 2: a production-like export built from hand-written rules of real
 * identifiers must fail check, and the findings must cover ≥ 99% of the planted values of every
 * category (ground truth from the builder).
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import type { CheckReport } from '../../src/check/types.js';
import { loadProfile } from '../../src/schema/profile.js';
import { buildExport, type Planted } from './production-export.js';
import { tableSource } from './records.js';

const profile = loadProfile('safe-harbor');

export function coverage(
  report: CheckReport,
  planted: readonly Planted[],
): Map<number, { hit: number; total: number; missed: Planted[] }> {
  const structured = new Set<string>();
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const f of report.findings) {
    if (f.span) {
      const key = `${f.line}\u0000${f.field}`;
      const list = spans.get(key) ?? [];
      list.push(f.span);
      spans.set(key, list);
    } else structured.add(`${f.line}\u0000${f.field}`);
  }
  const byCat = new Map<number, { hit: number; total: number; missed: Planted[] }>();
  for (const p of planted) {
    const c = byCat.get(p.category) ?? { hit: 0, total: 0, missed: [] };
    c.total++;
    const key = `${p.line}\u0000${p.field}`;
    const hit = p.span
      ? (spans.get(key) ?? []).some((s) => s.start < p.span!.end && p.span!.start < s.end)
      : structured.has(key);
    if (hit) c.hit++;
    else c.missed.push(p);
    byCat.set(p.category, c);
  }
  return byCat;
}

describe('check on a production-like export', () => {
  it('finds ≥ 99% of planted identifiers per category', async () => {
    const e = buildExport(1000, 'recall', (i) => i + 2);
    const report = await checkSources(
      [tableSource('export.csv', e.header, e.rows)],
      defaultCheckServices(profile),
      policyFrom(profile),
      { style: 'obvious', maxFindingsPerField: 1_000_000 },
    );
    expect(report.ok).toBe(false);
    const cov = coverage(report, e.planted);
    const also = new Set(report.findings.flatMap((f) => f.alsoHolds ?? []));
    for (const k of ['birth-date', 'city', 'date', 'street-address']) expect(also.has(k), k).toBe(true);
    for (const [cat, c] of cov)
      expect(
        c.hit / c.total,
        `category ${cat}: ${c.total - c.hit} of ${c.total} missed`,
      ).toBeGreaterThanOrEqual(0.99);
  });
});
