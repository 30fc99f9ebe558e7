/**
 * A profile's site words through the real CLI: the site's ward and staff names (invented here)
 * leave the notes whether the text is scanned inline or on a worker thread, its safe word stays,
 * and check with the same profile finds the names in the unscrubbed notes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-site-words-'));
  writeFileSync(
    join(dir, 'site.yaml'),
    'base: safe-harbor\nsite:\n  places: [Quellmoor West, Quellmoor]\n  people: [Zorvath]\n  safeWords: [Hope]\n',
  );
  writeFileSync(
    join(dir, 'notes.txt'),
    [
      'Called QUELLMOOR WEST for a bed; Quellmoor staff aware.',
      'Zorvath aware of K 3.1, repleted per protocol.',
      'Spoke with Hope re: plan, pt agreeable.',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('site words in a profile', () => {
  it('scrub removes the site names and keeps the safe word, inline and on workers alike', () => {
    const outputs = ['0', '1'].map((workers) => {
      const r = placebo(
        [
          'scrub',
          'notes.txt',
          '--out',
          `out-${workers}`,
          '--profile',
          'site.yaml',
          '--workers',
          workers,
          '--quiet',
        ],
        { cwd: dir },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return readFileSync(join(dir, `out-${workers}`, 'notes.txt'), 'utf8');
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[0]).not.toMatch(/quellmoor|zorvath/i);
    expect(outputs[0]).toContain('Spoke with Hope');
  });

  it('check with the profile finds them in the unscrubbed notes', () => {
    const r = placebo(['check', 'notes.txt', '--profile', 'site.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const kinds = (JSON.parse(r.stdout) as { findings: { kind: string }[] }).findings.map((f) => f.kind);
    expect(kinds).toContain('facility-name');
    expect(kinds).toContain('person-name');
    const without = placebo(['check', 'notes.txt', '--reporter', 'json'], { cwd: dir });
    const plain = (JSON.parse(without.stdout) as { findings: { kind: string }[] }).findings.map(
      (f) => f.kind,
    );
    expect(plain.filter((k) => k === 'facility-name')).toEqual([]);
  });
});
