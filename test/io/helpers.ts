import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openInput, openOutput } from '../../src/io/index.js';
import type { DocRecord } from '../../src/io/types.js';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-io-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Read `file`, let `edit` change leaves, write next to it; returns output bytes and the records seen. */
export async function roundTrip(
  file: string,
  edit: (r: DocRecord) => void = () => {},
  opts: { format?: string; delimiter?: string } = {},
): Promise<{ out: Buffer; records: DocRecord[]; outFile: string }> {
  const doc = await openInput(file, opts);
  const outFile = `${file}.out`;
  const out = await openOutput(outFile, doc);
  const records: DocRecord[] = [];
  try {
    for await (const r of doc.records()) {
      edit(r);
      records.push(r);
      await out.write(r);
    }
  } catch (err) {
    await out.abort();
    throw err;
  }
  await out.commit();
  return { out: readFileSync(outFile), records, outFile };
}

export async function readAll(
  file: string,
  opts: { format?: string; delimiter?: string } = {},
): Promise<DocRecord[]> {
  const doc = await openInput(file, opts);
  const rows: DocRecord[] = [];
  for await (const r of doc.records()) rows.push(r);
  return rows;
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
}
