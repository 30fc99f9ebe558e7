/**
 * `scrub --dry-run` prints the field table and writes nothing; its decisions are the ones the
 * real run takes (compared field by field with the run's report).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'placebo-dry-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('placebo scrub gen --out clean --dry-run: the same decisions as the run, nothing written', () => {
  expect(placebo(['generate', '--count', '20', '--out', 'gen', '--quiet'], { cwd: dir }).code).toBe(0);
  const before = readdirSync(dir).sort();
  const dry = placebo(['scrub', 'gen', '--out', 'clean', '--report', 'r.json', '--dry-run'], { cwd: dir });
  expect(dry.code, dry.stderr).toBe(0);
  expect(dry.stderr).toBe('placebo scrub --dry-run: nothing was written\n');
  expect(readdirSync(dir).sort()).toEqual(before);
  const lines = dry.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^table\s+field\s+kind\s+category\s+action\s+how detected$/);
  expect(dry.stdout).toMatch(/\npatients\s+ssn\s+ssn\s+7 SSNs\s+surrogate\s+/);

  const run = placebo(['scrub', 'gen', '--out', 'clean', '--report', 'r.json', '--quiet'], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(existsSync(join(dir, 'clean', 'patients.csv'))).toBe(true);
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
  const expected = report.files.flatMap(
    (f: { input: string; fields: { path: string; kind: string | null; action: string }[] }) =>
      f.fields.map((x) =>
        [
          f.input.replace(/^gen\//, '').replace(/\.csv$/, ''),
          x.path,
          x.kind ?? '-',
          x.action.replace(/ free text.*/, ''),
        ].join(' | '),
      ),
  );
  const printed = lines.slice(1).map((l) => {
    const c = l.split(/ {2,}/);
    return [c[0], c[1], c[2], c[4]!.replace(/ \(key .*\)$/, '')].join(' | ');
  });
  expect(printed.sort()).toEqual(expected.sort());
});
