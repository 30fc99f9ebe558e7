/** The human report: one line per listed finding, then a summary per field and kind. No values. */
import { CATEGORIES } from '../catalogue/categories.js';
import type { CheckReport, Finding, SummaryRow } from './types.js';

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (x: number, word: string): string => `${n(x)} ${word}${x === 1 ? '' : 's'}`;

export function where(f: Finding): string {
  const field = f.at === f.field ? `field "${f.field}"` : `field "${f.field}" at ${f.at}`;
  const span = f.span ? `, chars ${f.span.start}-${f.span.end}` : '';
  return `${f.file}:${f.line} (record ${f.record + 1}) ${field}${span}`;
}

export function findingLine(f: Finding): string {
  const also = f.alsoHolds ? `; record also holds ${f.alsoHolds.join(', ')}` : '';
  return `${where(f)}: ${f.kind} (Safe Harbor ${f.category}) not provably fake: ${f.reason}${also}`;
}

export function formatText(report: CheckReport): string {
  const out: string[] = [];
  const t = report.totals;
  for (const f of report.findings) out.push(findingLine(f));
  const withFindings = report.summary.filter((r) => r.real > 0);
  if (withFindings.length > 0) {
    if (out.length > 0) out.push('');
    out.push('Findings by field and kind:');
    for (const r of withFindings) out.push(`  ${summaryLine(r)}`);
    const omitted = withFindings.reduce((s, r) => s + r.omitted, 0);
    if (omitted > 0)
      out.push(`  (${n(omitted)} findings counted but not listed; raise --max-per-field to list them)`);
  }
  const unprovable = unprovableKinds(report.summary);
  if (unprovable) {
    out.push(
      `Counted, not judged: ${unprovable}. No range of these kinds is set aside for test data (a date, a ` +
        'town or a local record number looks the same whether real or invented), so placebo cannot prove ' +
        'a value of them fake or real; they are not findings.',
    );
  }
  const head = report.ok
    ? `placebo check: OK, every identifier value is provably fake`
    : `placebo check: ${n(t.findings)} value${t.findings === 1 ? '' : 's'} not provably fake in ${n(withFindings.length)} field/kind pair${withFindings.length === 1 ? '' : 's'}`;
  out.push(
    `${head} (${plural(t.records, 'record')} in ${plural(t.sources, 'source')}; ` +
      `${plural(t.identifierValues, 'identifier value')} tested: ${n(t.fake)} fake, ${n(t.findings)} not provably fake, ` +
      `${n(t.unprovable)} unprovable; profile ${report.profile}, style ${report.style})`,
  );
  return `${out.join('\n')}\n`;
}

function summaryLine(r: SummaryRow): string {
  const cat = CATEGORIES[r.category]?.name ?? `category ${r.category}`;
  return `${r.file} ${r.field}: ${r.kind} — ${n(r.real)} not provably fake, ${n(r.fake)} fake (Safe Harbor ${r.category}, ${cat})`;
}

function unprovableKinds(rows: readonly SummaryRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.unprovable > 0) counts.set(r.kind, (counts.get(r.kind) ?? 0) + r.unprovable);
  return [...counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, c]) => `${k} ×${n(c)}`)
    .join(', ');
}
