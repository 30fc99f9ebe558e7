/** What a run log entry says about files: a SHA-256 and a size, never a path. */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { FileFacts } from './chain.js';

export async function fileFacts(path: string): Promise<FileFacts> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { kind: 'file', sha256: hash.digest('hex'), bytes: statSync(path).size };
}

export function textFacts(text: string, kind: 'stdout' | 'stdin'): FileFacts {
  return { kind, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) };
}

/** `--out DIR --report x.json` → `['--out', '--report']`: names only, in the order given. */
export function flagNames(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const m = /^--([a-z][a-z0-9-]*)/i.exec(a);
    if (m && !out.includes(`--${m[1]}`)) out.push(`--${m[1]}`);
  }
  return out;
}
