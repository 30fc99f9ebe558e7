/**
 * The scrub report as one self-contained HTML page for an auditor: the run's facts, the 18 Safe
 * Harbor categories as a checklist with evidence, what was kept and why, charts, and the
 * re-identification risk over what is left. Built from the JSON report alone (`placebo report
 * REPORT.json --html FILE` renders a report written earlier), so it can hold no more than the
 * JSON does: names of files and fields, kinds, counts and hashes — never a value.
 */
import { CATEGORIES } from '../catalogue/categories.js';
import type { Category } from '../catalogue/types.js';
import { barChart, count, esc, page, table } from '../core/html.js';
import { CATALOGUE } from '../detect/index.js';
import type { ScrubReport } from './report.js';

type FileReport = ScrubReport['files'][number];
type FieldReport = FileReport['fields'][number];

const ALL: readonly Category[] = Array.from({ length: 18 }, (_, i) => (i + 1) as Category);

function runFacts(r: ScrubReport): string {
  const rows: string[][] = [
    ['placebo version', esc(r.tool.version)],
    ['report written', esc(r.generatedAt)],
    [
      'profile',
      `${esc(r.profile.name)} <span class="hash">(${esc(r.profile.source)})</span>${r.profile.safeHarbor ? '' : ' — <strong>not Safe Harbor</strong>'}`,
    ],
    [
      'ZIP3 list',
      `${esc(r.zip3.list)}: ${esc(r.zip3.source)}<br>restricted prefixes (→ 000): <code>${esc(r.zip3.prefixes.join(' '))}</code>`,
    ],
    ['reference date', esc(r.referenceDate)],
    [
      'records',
      `${count(r.totals.records.in)} in, ${count(r.totals.records.out)} out, in ${count(r.totals.files)} file(s)`,
    ],
    [
      'free text',
      `identifiers ${esc(r.profile.freeText.action === 'tag' ? 'replaced by a tag such as [NAME]' : r.profile.freeText.action)}; dates → ${esc(r.profile.freeText.dates)}`,
    ],
  ];
  if (r.auditLog)
    rows.push([
      'run log',
      `entry ${r.auditLog.seq}, chain head <span class="hash">${esc(r.auditLog.head)}</span>`,
    ]);
  const files = table(
    ['input', 'output', 'format', 'records in', 'records out', 'SHA-256 of input', 'SHA-256 of output'],
    r.files.map((f) => [
      esc(f.input),
      esc(f.output),
      esc(f.format),
      count(f.records.in),
      count(f.records.out),
      `<span class="hash">${esc(f.sha256.input ?? '— (stream or database)')}</span>`,
      `<span class="hash">${esc(f.sha256.output ?? '— (stream or database)')}</span>`,
    ]),
  );
  return `<section id="run"><h2>The run</h2>${table(['', ''], rows)}${files}</section>`;
}

function identifierFields(r: ScrubReport, cat: Category): { file: string; f: FieldReport }[] {
  return r.files.flatMap((file) =>
    file.fields
      .filter((f) => !f.freeText && f.category === cat && f.kind)
      .map((f) => ({ file: file.input, f })),
  );
}

function checklist(r: ScrubReport): string {
  const rows = ALL.map((cat) => {
    const info = CATEGORIES[cat];
    const fields = identifierFields(r, cat);
    const textKinds = new Map<string, number>();
    for (const file of r.files)
      for (const f of file.fields)
        for (const [kind, k] of Object.entries(f.spanKinds ?? {}))
          if ((CATALOGUE.kindById(kind)?.category ?? 18) === cat)
            textKinds.set(kind, (textKinds.get(kind) ?? 0) + k);
    const total = r.totals.categories[String(cat)];
    const found = total !== undefined && total.values + total.spans > 0;
    const present = found || fields.length > 0;
    const fieldList = fields.length
      ? `<ul class="tight">${fields
          .map(
            ({ file, f }) =>
              `<li><code>${esc(file)}</code> · <code>${esc(f.path)}</code> → ${esc(f.kind ?? '')} (${esc(f.detectedBy ?? 'profile')}; ${esc(f.action)}; ${count(f.counts.values)} values: ${count(f.counts.changed)} replaced, ${count(f.counts.removed)} removed, ${count(f.counts.kept)} kept)</li>`,
          )
          .join('')}</ul>`
      : '';
    const textList = textKinds.size
      ? `<div>in free text: ${[...textKinds.entries()].map(([k, c]) => `${esc(k)} ×${count(c)}`).join(', ')} (found by the free-text recognizers; ${esc(r.profile.freeText.action)})</div>`
      : '';
    const status = present
      ? `<span class="status found">found: ${count((total?.values ?? 0) + (total?.spans ?? 0))}</span>`
      : '<span class="status absent">not present</span>';
    const actions = total?.actions.length ? esc(total.actions.join(', ')) : present ? 'see fields' : '—';
    return {
      cells: [
        `${cat} (${info.letter})`,
        esc(info.name),
        status,
        fieldList + textList || 'No field or free-text span of this category was found.',
        actions,
      ],
      attr: `data-category="${cat}" data-present="${present}"`,
    };
  });
  return `<section id="checklist"><h2>Safe Harbor checklist — 45 CFR 164.514(b)(2)(i)</h2>
<p class="lead">Each of the 18 categories: the fields and free-text kinds found, how they were detected, the action taken and the counts.</p>
${table(
  ['#', 'category', 'status', 'evidence', 'action'],
  rows.map((x) => x.cells),
  rows.map((x) => x.attr),
)}
<div class="note"><strong>What placebo cannot see.</strong> Text inside images, scanned pages and PDFs, DICOM pixel data, audio and
video, and binary or encoded columns are not read. Full-face photographs (17) and biometric identifiers (16) are
found only as fields named for them. Identifiers the detectors do not recognise in free text can remain: review
a sample of the output before relying on it (Safe Harbor's "no actual knowledge" condition).</div></section>`;
}

function kept(r: ScrubReport): string {
  const passed = r.files.flatMap((file) =>
    file.fields
      .filter((f) => !f.kind && !f.freeText)
      .map((f) => [
        esc(file.input),
        `<code>${esc(f.path)}</code>`,
        'not an identifier: passed through unchanged',
        esc(f.explanation),
      ]),
  );
  const rows = [
    ...r.kept.map((k) => [esc(k.file), `<code>${esc(k.path)}</code>`, esc(k.what), '']),
    ...passed,
  ];
  return `<section id="kept"><h2>What was kept, and why</h2>
<p class="lead">Fields written to the output unchanged or in part, for the reviewer's "no actual knowledge" judgement.</p>
${rows.length ? table(['file', 'field', 'kept', 'classifier'], rows) : '<p>Nothing was kept.</p>'}</section>`;
}

function charts(r: ScrubReport): string {
  const byCategory = ALL.map((cat) => {
    const t = r.totals.categories[String(cat)];
    return { label: `${cat} ${CATEGORIES[cat].short}`, value: t ? t.values + t.spans : 0 };
  });
  const byFile = r.files.map((f) => ({
    label: f.input,
    value: f.fields.reduce((s, x) => s + (x.kind && !x.freeText ? x.counts.values : 0) + x.counts.spans, 0),
  }));
  return `<section id="charts"><h2>Identifiers found</h2>
${barChart('chart-category', 'By Safe Harbor category', byCategory)}
${barChart('chart-file', 'By file', byFile)}</section>`;
}

function risk(r: ScrubReport): string {
  const k = r.files[0]?.risk?.k ?? 11;
  const rows = r.files.map((f) => {
    const q = f.risk;
    // Reports written before placebo measured risk have none.
    if (!q) return [esc(f.output), 'not measured', '—', '—', '—', '—'];
    if (q.quasiIdentifiers.length === 0)
      return [
        esc(f.output),
        'none found',
        '—',
        '—',
        '—',
        '<span class="absent">no quasi-identifiers left</span>',
      ];
    const share = q.records ? q.inSmallGroups / q.records : 0;
    const pct = `${(share * 100).toFixed(1)}%`;
    const verdict =
      q.inSmallGroups > 0
        ? `<span class="found">${count(q.inSmallGroups)} records (${pct}) are in groups smaller than ${k}: they may be re-identifiable by linking these fields.</span>`
        : `<span class="absent">every record shares its combination with at least ${k - 1} others</span>`;
    return [
      esc(f.output),
      q.quasiIdentifiers
        .map((x) => `${esc(x.name)} (<code>${x.fields.map(esc).join('</code>, <code>')}</code>)`)
        .join('<br>'),
      count(q.records),
      count(q.groups),
      count(q.smallestGroup),
      verdict,
    ];
  });
  const any = r.files.some((f) => (f.risk?.inSmallGroups ?? 0) > 0);
  return `<section id="k-anonymity"><h2>Re-identification risk (k-anonymity, k = ${k})</h2>
<div class="note">Extra information, <strong>not a Safe Harbor test</strong>: Safe Harbor allows these fields. Records are grouped by the
quasi-identifiers left in the output (birth year, sex, ZIP3, state, race, ethnicity, death year); a group smaller
than ${k} (CMS's small-cell rule) is a set of people who may be singled out by linking. Counts only, never a value.</div>
${any ? '<div class="warn">Some records sit in small groups. Consider coarser values or fewer of these fields before sharing the data beyond a test environment.</div>' : '<div class="good">No record sits in a group smaller than the threshold.</div>'}
${table(['output', 'quasi-identifiers (fields)', 'records', 'groups', 'smallest group', 'records in small groups'], rows)}</section>`;
}

export function scrubHtml(r: ScrubReport): string {
  const notes = r.notes.map((x) => `<div class="warn">${esc(x)}</div>`).join('');
  const head = `<header><h1>De-identification report</h1>
<p class="lead">placebo ${esc(r.tool.version)} · ${esc(r.tool.command)} · ${esc(r.generatedAt)} · profile ${esc(r.profile.name)}. placebo is a tool, not a legal opinion: keep this report with your audit trail.</p>${notes}</header>`;
  return page(
    'placebo de-identification report',
    [head, runFacts(r), checklist(r), charts(r), kept(r), risk(r)].join('\n'),
  );
}
