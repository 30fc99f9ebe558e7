/** The one file writer: whole file or nothing, no temp file left behind either way. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AtomicFile, commitAll, writeFileAtomic } from '../../src/io/atomic-file.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-atomic-'));
  return dir;
};

describe('AtomicFile', () => {
  it('shows nothing until commit, then the whole file; large writes pass the buffer', async () => {
    const d = fresh();
    const target = join(d, 'out.csv');
    writeFileSync(target, 'old\n');
    const f = new AtomicFile(target);
    const big = 'x'.repeat(3 << 20);
    f.write('a,b\n');
    f.write(big);
    f.write(new TextEncoder().encode('\nend\n'));
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    await f.commit();
    expect(readFileSync(target, 'utf8')).toBe(`a,b\n${big}\nend\n`);
    expect(readdirSync(d)).toEqual(['out.csv']);
  });

  it('discard leaves the target as it was and no temp file', () => {
    const d = fresh();
    const target = join(d, 'out.csv');
    writeFileSync(target, 'old\n');
    const f = new AtomicFile(target);
    f.write('new\n');
    f.discard();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(d)).toEqual(['out.csv']);
  });

  it('commitAll renames every file; writeFileAtomic writes one; a missing directory is E_IO naming the file', async () => {
    const d = fresh();
    const files = ['a', 'b', 'c'].map((n) => {
      const f = new AtomicFile(join(d, `${n}.json`));
      f.write(`{"n":"${n}"}`);
      return f;
    });
    await commitAll(files);
    await writeFileAtomic(join(d, 'report.json'), '{}\n');
    expect(readdirSync(d).sort()).toEqual(['a.json', 'b.json', 'c.json', 'report.json']);
    expect(() => new AtomicFile(join(d, 'missing', 'x.csv'))).toThrow(/E_IO|cannot create/);
    try {
      new AtomicFile(join(d, 'missing', 'x.csv'));
    } catch (err) {
      expect((err as { code: string; place: { file: string } }).code).toBe('E_IO');
      expect((err as { place: { file: string } }).place.file).toContain('x.csv');
    }
  });
});
