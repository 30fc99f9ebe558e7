/** Ground-truth scoring: which planted identifier values the findings point at, per category. */
import type { CheckReport } from '../../src/check/types.js';
import type { Planted } from './production-export.js';

/** A structured value is covered by a finding on its line and field; a span by an overlapping span. */
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
