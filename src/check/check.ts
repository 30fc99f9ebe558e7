/**
 * `check` over any number of record sources → one report. Knows nothing of files: the CLI (or a
 * database adapter) hands it sources; the services tie it to the catalogue and the classifiers.
 */
import { checkSource } from './check-source.js';
import type { CheckPolicy, CheckServices } from './services.js';
import { FindingTally } from './tally.js';
import type { CheckOptions, CheckReport, CheckSource, FieldReport, SourceReport } from './types.js';

export const DEFAULT_MAX_FINDINGS_PER_FIELD = 100;

export async function checkSources(
  sources: Iterable<CheckSource> | AsyncIterable<CheckSource>,
  services: CheckServices,
  policy: CheckPolicy,
  opts: CheckOptions,
): Promise<CheckReport> {
  const tally = new FindingTally(opts.maxFindingsPerField ?? DEFAULT_MAX_FINDINGS_PER_FIELD);
  const reports: SourceReport[] = [];
  const fields: FieldReport[] = [];
  for await (const source of sources) {
    const result = await checkSource(source, services, policy, opts, tally);
    reports.push(result.source);
    fields.push(...result.fields);
  }
  return {
    ok: tally.real === 0,
    style: opts.style,
    profile: policy.name,
    sources: reports,
    totals: {
      sources: reports.length,
      records: reports.reduce((n, s) => n + s.records, 0),
      identifierValues: tally.identifierValues,
      fake: tally.fake,
      findings: tally.real,
      unprovable: tally.unprovable,
    },
    summary: tally.summary(),
    findings: tally.findings,
    fields,
  };
}
