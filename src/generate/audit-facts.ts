/** What a generate run tells the run log: the files it wrote (hash, size), rows per table. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type AuditFacts, type FileFacts, fileFacts } from '../audit/index.js';

/** Files under `dir` written since `since` (ms): this run's outputs, in name order. */
async function writtenSince(dir: string, since: number): Promise<FileFacts[]> {
  const out: FileFacts[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) =>
    join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1,
  )) {
    const path = join(e.parentPath, e.name);
    // mtime has whole-second resolution on some file systems.
    if (e.isFile() && statSync(path).mtimeMs >= since - 1000) out.push(await fileFacts(path));
  }
  return out;
}

export async function generateAuditFacts(
  rows: Record<string, number>,
  where: { dir: string } | { stream: true } | { db: true },
  started: number,
): Promise<Pick<AuditFacts, 'command' | 'profile' | 'inputs' | 'outputs' | 'records' | 'counts'>> {
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  const outputs: FileFacts[] =
    'dir' in where
      ? await writtenSince(where.dir, started)
      : [{ kind: 'stream' in where ? 'stdout' : 'database', sha256: null, bytes: null }];
  return {
    command: 'generate',
    profile: null,
    inputs: [],
    outputs,
    records: { in: 0, out: total },
    counts: { ...rows },
  };
}
