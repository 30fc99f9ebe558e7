/**
 * `--reporter html`: check's findings as one self-contained page — the verdict, the 18 Safe
 * Harbor categories with what was tested in each, and every listed finding by place. No values.
 */
import { CATEGORIES } from '../catalogue/categories.js';
import type { Category } from '../catalogue/types.js';
import { barChart, count, esc, page, table } from '../core/html.js';
import { where } from './format-text.js';
import type { CheckReport } from './types.js';

const ALL: readonly Category[] = Array.from({ length: 18 }, (_, i) => (i + 1) as Category);

export function formatHtml(report: CheckReport): string {
  const t = report.totals;
  const verdict = report.ok
    ? '<div class="good"><strong>OK:</strong> every identifier value is provably fake.</div>'
    : `<div class="warn"><strong>${count(t.findings)} value(s) not provably fake.</strong> Each is listed below by place; the values themselves are never shown.</div>`;
  const rows = ALL.map((cat) => {
    const own = report.summary.filter((r) => r.category === cat);
    const sum = (k: 'fake' | 'real' | 'unprovable') => own.reduce((s, r) => s + r[k], 0);
    const present = own.length > 0;
    return {
      cells: [
        `${cat} (${CATEGORIES[cat].letter})`,
        esc(CATEGORIES[cat].name),
        present
          ? sum('real') > 0
            ? `<span class="status found">${count(sum('real'))} not provably fake</span>`
            : '<span class="status absent">all fake or unprovable</span>'
          : '<span class="status absent">not present</span>',
        present
          ? `<ul class="tight">${own.map((r) => `<li><code>${esc(r.file)}</code> · <code>${esc(r.field)}</code> → ${esc(r.kind)}: ${count(r.fake)} fake, ${count(r.real)} not provably fake, ${count(r.unprovable)} unprovable</li>`).join('')}</ul>`
          : 'No field or free-text span of this category was found.',
      ],
      attr: `data-category="${cat}" data-present="${present}"`,
    };
  });
  const findings = report.findings.length
    ? table(
        ['place', 'kind', 'why it is not provably fake'],
        report.findings.map((f) => [esc(where(f)), `${esc(f.kind)} (${f.category})`, esc(f.reason)]),
      )
    : '<p>No finding.</p>';
  const chart = barChart(
    'chart-category',
    'Identifier values tested, by Safe Harbor category',
    ALL.map((cat) => ({
      label: `${cat} ${CATEGORIES[cat].short}`,
      value: report.summary
        .filter((r) => r.category === cat)
        .reduce((s, r) => s + r.fake + r.real + r.unprovable, 0),
    })),
  );
  const body = `<header><h1>Test-data check</h1>
<p class="lead">placebo check · profile ${esc(report.profile)} · style ${esc(report.style)} · ${count(t.records)} records in ${count(t.sources)} source(s); ${count(t.identifierValues)} identifier values tested: ${count(t.fake)} fake, ${count(t.findings)} not provably fake, ${count(t.unprovable)} unprovable${report.auditLog ? ` · run log entry ${report.auditLog.seq}, chain head <span class="hash">${esc(report.auditLog.head)}</span>` : ''}</p>${verdict}</header>
<section id="checklist"><h2>Safe Harbor categories</h2>
${table(
  ['#', 'category', 'status', 'fields and kinds'],
  rows.map((r) => r.cells),
  rows.map((r) => r.attr),
)}
<div class="note">Unprovable kinds (dates, towns, ages…) have no range set aside for test data: they are counted, not findings.</div></section>
<section id="charts"><h2>What was tested</h2>${chart}</section>
<section id="findings"><h2>Findings</h2>${findings}</section>`;
  return page('placebo check report', body);
}
