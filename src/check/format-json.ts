/**
 * `--reporter json`: the report as one JSON document. The shape is versioned by `schema`; fields
 * are only ever added within a version (documented in docs/check.md). No values, ever.
 */
import type { CheckReport } from './types.js';

export const CHECK_JSON_SCHEMA = 'placebo-check/1';

export function formatJson(report: CheckReport): string {
  const doc = {
    schema: CHECK_JSON_SCHEMA,
    ok: report.ok,
    profile: report.profile,
    style: report.style,
    totals: report.totals,
    sources: report.sources,
    summary: report.summary,
    findings: report.findings,
    fields: report.fields,
    ...(report.auditLog ? { auditLog: report.auditLog } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
