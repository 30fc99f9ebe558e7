import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput, openOutput } from '../../src/io/index.js';
import { OutputBatch } from '../../src/scrub/output-batch.js';

/** Copy `n` small text files through outputs of one batch; returns the batch and the out dir. */
async function copied(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-batch-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  const batch = new OutputBatch();
  for (let i = 0; i < n; i++) {
    const file = join(dir, `note${i}.txt`);
    writeFileSync(file, `invented note number ${i}\n`);
    const input = await openInput(file);
    const output = await openOutput(join(out, `note${i}.txt`), input);
    for await (const record of input.records()) await output.write(record);
    await batch.add(output, join(out, `note${i}.txt`));
  }
  return { batch, out };
}

describe('OutputBatch', () => {
  it('makes nothing visible before publish, then every file at once', async () => {
    const { batch, out } = await copied(40);
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toEqual([]);
    await batch.publish();
    expect(readdirSync(out).sort()).toHaveLength(40);
    expect(readFileSync(join(out, 'note7.txt'), 'utf8')).toBe('invented note number 7\n');
    expect(batch.published).toHaveLength(40);
  });

  it('abort before publish leaves no file and no temp file behind', async () => {
    const { batch, out } = await copied(25);
    await batch.abort();
    expect(readdirSync(out)).toEqual([]);
  });

  it('abort after publish removes what was published', async () => {
    const { batch, out } = await copied(3);
    await batch.publish();
    await batch.abort();
    expect(readdirSync(out)).toEqual([]);
  });
});
