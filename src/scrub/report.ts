/**
 * The scrub report (--report FILE, JSON) and the short summary on stderr. Both are built from
 * names, kinds, counts and hashes only: no value from the data ever enters them.
 */
import { CATEGORIES } from '../catalogue/categories.js';
import type { Category } from '../catalogue/types.js';
import { ZIP3_LISTS } from '../catalogue/zip3.js';
import { VERSION } from '../core/version.js';
import type { Profile } from '../schema/profile.js';
import type { DocumentResult } from './engine.js';
import type { RiskSummary } from './risk.js';
import { addCategory, type CategoryTotals, type FieldCounts } from './stats.js';

export interface FileEntry {
  input: string;
  output: string;
  format: string;
  sha256: { input: string | null; output: string | null };
  result: DocumentResult;
}

export interface KeptItem {
  file: string;
  path: string;
  what: string;
}

export interface ScrubReport {
  tool: { name: 'placebo'; version: string; command: 'scrub' };
  generatedAt: string;
  profile: { name: string; source: string; safeHarbor: boolean; freeText: Profile['freeText'] };
  zip3: { list: string; source: string; prefixes: string[] };
  referenceDate: string;
  files: {
    input: string;
    output: string;
    format: string;
    sha256: { input: string | null; output: string | null };
    records: { in: number; out: number };
    fields: {
      path: string;
      kind: string | null;
      category: number | null;
      freeText: boolean;
      detectedBy: string | null;
      confidence: number;
      explanation: string;
      action: string;
      counts: FieldCounts;
      /** Free text: identifiers found per kind. */
      spanKinds?: Record<string, number>;
    }[];
    /** Re-identification risk over the quasi-identifiers left in this output (counts only). */
    risk: RiskSummary;
  }[];
  totals: {
    files: number;
    records: { in: number; out: number };
    categories: Record<string, { name: string; values: number; spans: number; actions: string[] }>;
  };
  pseudonyms: { created: number; reused: number; vault: string | null };
  /** What was deliberately left in the output, for a reviewer's "actual knowledge" judgement. */
  kept: KeptItem[];
  notes: string[];
  /** With --audit-log: this run's entry and the chain's head after it (`audit verify --head`). */
  auditLog?: { seq: number; head: string };
}

function zip3Info(list: string): ScrubReport['zip3'] {
  if (list === 'union') {
    const p = new Set([...ZIP3_LISTS.census2000.prefixes, ...ZIP3_LISTS.census2020.prefixes]);
    return {
      list,
      source: `union of: ${ZIP3_LISTS.census2000.source}; ${ZIP3_LISTS.census2020.source}`,
      prefixes: [...p].sort(),
    };
  }
  const l = ZIP3_LISTS[list as 'census2000' | 'census2020'];
  return { list, source: l.source, prefixes: [...l.prefixes] };
}

const STATE = /^(state|st|province|region|statecode|stateprovince|addressstate)$/;

function keptFor(file: string, f: DocumentResult['fields'][number]): KeptItem | null {
  const { cls, action } = f;
  const path = cls.path;
  if (action === 'scan')
    return { file, path, what: 'free text: scanned; text between identifier spans kept' };
  if (action === 'keep' && cls.kind) return { file, path, what: `${cls.kind}: kept by the profile` };
  if (action === 'generalise') {
    if (cls.kind === 'date') return { file, path, what: 'date: year kept' };
    if (cls.kind === 'birth-date')
      return { file, path, what: 'birth date: year kept (removed for ages 90+)' };
    if (cls.kind === 'zip') return { file, path, what: 'ZIP: first three digits kept (restricted → 000)' };
    if (cls.kind === 'age') return { file, path, what: 'age: kept below 90, "90+" above' };
  }
  if (action === 'shift') return { file, path, what: `${cls.kind}: shifted (not Safe Harbor)` };
  if (action === 'none' && STATE.test(path.toLowerCase().replace(/[^a-z]/g, '')))
    return { file, path, what: 'state: kept (allowed under Safe Harbor)' };
  return null;
}

export function buildReport(opts: {
  profile: Profile;
  referenceDate: string;
  files: readonly FileEntry[];
  pseudonyms: { created: number; reused: number };
  vault: string | null;
}): ScrubReport {
  const { profile } = opts;
  const totals: CategoryTotals = {};
  const kept: KeptItem[] = [];
  let recIn = 0;
  let recOut = 0;
  const files = opts.files.map((f) => {
    recIn += f.result.recordsIn;
    recOut += f.result.recordsOut;
    for (const [cat, t] of Object.entries(f.result.categories)) {
      addCategory(totals, Number(cat), 'values', t.values);
      addCategory(totals, Number(cat), 'spans', t.spans);
      for (const a of t.actions) addCategory(totals, Number(cat), 'values', 0, a);
    }
    for (const field of f.result.fields) {
      const k = keptFor(f.input, field);
      if (k) kept.push(k);
    }
    return {
      input: f.input,
      output: f.output,
      format: f.format,
      sha256: f.sha256,
      records: { in: f.result.recordsIn, out: f.result.recordsOut },
      fields: f.result.fields.map((x) => ({
        path: x.cls.path,
        kind: x.cls.kind,
        category: x.cls.category,
        freeText: x.cls.freeText,
        detectedBy: x.cls.detectedBy,
        confidence: Math.round(x.cls.confidence * 100) / 100,
        explanation: x.cls.explanation,
        action: x.action === 'scan' ? `scan free text (${profile.freeText.action})` : x.action,
        counts: x.counts,
        ...(x.cls.freeText ? { spanKinds: x.spanKinds } : {}),
      })),
      risk: f.result.risk,
    };
  });
  const categories: ScrubReport['totals']['categories'] = {};
  for (const [cat, t] of Object.entries(totals).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    categories[cat] = { name: CATEGORIES[Number(cat) as Category]?.name ?? cat, ...t };
  }
  const notes: string[] = [];
  if (!profile.safeHarbor) notes.push('This profile is NOT Safe Harbor: the output is still PHI.');
  if (Object.values(profile.actions).includes('shift'))
    notes.push('Dates were shifted per record: shifted dates are not Safe Harbor.');
  return {
    tool: { name: 'placebo', version: VERSION, command: 'scrub' },
    generatedAt: new Date().toISOString(),
    profile: {
      name: profile.name,
      source: profile.source,
      safeHarbor: profile.safeHarbor,
      freeText: profile.freeText,
    },
    zip3: zip3Info(profile.zip3List),
    referenceDate: opts.referenceDate,
    files,
    totals: { files: files.length, records: { in: recIn, out: recOut }, categories },
    pseudonyms: { ...opts.pseudonyms, vault: opts.vault },
    kept,
    notes,
  };
}

function n(x: number): string {
  return x.toLocaleString('en-US');
}

/** A few lines for stderr. */
export function summaryLines(report: ScrubReport): string[] {
  const t = report.totals;
  const lines = [
    `placebo scrub: ${t.files} file(s), ${n(t.records.in)} records in, ${n(t.records.out)} out; profile ${report.profile.name}, ZIP3 list ${report.zip3.list}`,
  ];
  for (const f of report.files) {
    const scrubbed = f.fields.filter((x) => x.kind && x.action !== 'keep' && x.action !== 'none').length;
    const text = f.fields.filter((x) => x.freeText);
    const spans = text.reduce((s, x) => s + x.counts.spans, 0);
    lines.push(
      `  ${f.input} → ${f.output}: ${scrubbed} identifier field(s) transformed, ${text.length} free-text field(s) scanned (${n(spans)} spans)`,
    );
  }
  const cats = Object.entries(t.categories)
    .map(([c, v]) => `${CATEGORIES[Number(c) as Category]?.short ?? c} ${n(v.values + v.spans)}`)
    .join(', ');
  if (cats) lines.push(`  identifiers found, by Safe Harbor category: ${cats}`);
  lines.push(`  pseudonyms: ${n(report.pseudonyms.created)} new, ${n(report.pseudonyms.reused)} reused`);
  if (report.auditLog)
    lines.push(`  run log: entry ${report.auditLog.seq}, chain head ${report.auditLog.head}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines;
}
