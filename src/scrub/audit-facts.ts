/** What a scrub run tells the run log: hashes and sizes of its files, counts per category. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AuditFacts, FileFacts } from '../audit/index.js';
import { CATEGORIES } from '../catalogue/categories.js';
import type { Category } from '../catalogue/types.js';
import type { ScrubReport } from './report.js';

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function side(name: string, sha256: string | null, cwd: string, std: 'stdin' | 'stdout'): FileFacts {
  if (name === '-') return { kind: std, sha256: null, bytes: null };
  return { kind: 'file', sha256, bytes: sizeOf(resolve(cwd, name)) };
}

export function scrubAuditFacts(
  report: ScrubReport,
  cwd: string,
  database: boolean,
): Pick<AuditFacts, 'command' | 'profile' | 'inputs' | 'outputs' | 'records' | 'counts'> {
  const counts: Record<string, number> = {};
  for (const [cat, t] of Object.entries(report.totals.categories))
    counts[CATEGORIES[Number(cat) as Category]?.short ?? cat] = t.values + t.spans;
  const db: FileFacts = { kind: 'database', sha256: null, bytes: null };
  return {
    command: 'scrub',
    profile: report.profile.name,
    inputs: database ? [db] : report.files.map((f) => side(f.input, f.sha256.input, cwd, 'stdin')),
    outputs: database ? [db] : report.files.map((f) => side(f.output, f.sha256.output, cwd, 'stdout')),
    records: report.totals.records,
    counts,
  };
}
