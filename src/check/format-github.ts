/**
 * `--reporter github`: GitHub Actions workflow commands, one `::error` annotation per listed
 * finding (shown on the file and line in a pull request), then a `::notice` summary.
 */
import type { CheckReport, Finding } from './types.js';

/** Escaping rules of workflow commands: message data and property values differ. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function message(f: Finding): string {
  const at = f.at === f.field ? `field "${f.field}"` : `field "${f.field}" at ${f.at}`;
  const span = f.span ? ` chars ${f.span.start}-${f.span.end}` : '';
  const also = f.alsoHolds ? `; record also holds ${f.alsoHolds.join(', ')}` : '';
  return `${at}${span}, record ${f.record + 1}: ${f.kind} (Safe Harbor ${f.category}) not provably fake: ${f.reason}${also}`;
}

export function formatGithub(report: CheckReport): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    const props = `file=${prop(f.file)},line=${f.line},title=${prop('placebo check')}`;
    lines.push(`::error ${props}::${data(message(f))}`);
  }
  const t = report.totals;
  const omitted = report.summary.reduce((s, r) => s + r.omitted, 0);
  const more = omitted > 0 ? ` (${omitted} more not annotated)` : '';
  const summary = report.ok
    ? `every identifier value is provably fake (${t.identifierValues} tested in ${t.records} records)`
    : `${t.findings} values not provably fake${more}; ${t.identifierValues} tested in ${t.records} records`;
  lines.push(`::${report.ok ? 'notice' : 'error'} title=${prop('placebo check')}::${data(summary)}`);
  return `${lines.join('\n')}\n`;
}
