/** What a check run tells the run log: hashes and sizes of the files checked, findings per category. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AuditFacts, type FileFacts, fileFacts } from '../audit/index.js';
import { CATEGORIES } from '../catalogue/categories.js';
import type { CheckReport } from './types.js';

async function sourceFacts(file: string, cwd: string): Promise<FileFacts> {
  if (file === '-' || file === 'stdin') return { kind: 'stdin', sha256: null, bytes: null };
  const path = resolve(cwd, file);
  if (existsSync(path) && statSync(path).isFile()) return fileFacts(path);
  return { kind: 'database', sha256: null, bytes: null };
}

export async function checkAuditFacts(
  report: CheckReport,
  cwd: string,
): Promise<Pick<AuditFacts, 'command' | 'profile' | 'inputs' | 'outputs' | 'records' | 'counts'>> {
  const counts: Record<string, number> = {};
  for (const row of report.summary) {
    const name = CATEGORIES[row.category].short;
    counts[name] = (counts[name] ?? 0) + row.real;
  }
  return {
    command: 'check',
    profile: report.profile,
    inputs: await Promise.all(report.sources.map((s) => sourceFacts(s.file, cwd))),
    outputs: [],
    records: { in: report.totals.records, out: 0 },
    counts,
  };
}
