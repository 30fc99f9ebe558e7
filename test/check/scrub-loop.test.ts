/**
 * The closed loop, part 3: after `placebo scrub` (safe-harbor profile) of the production-like
 * export, check finds nothing but what the profile deliberately keeps: Safe Harbor keeps the
 * 3-digit ZIP prefix, which no rule can prove fake. A check profile that accepts it passes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placebo } from './cli.js';
import { buildExport, toCsv, toNdjson } from './production-export.js';

const ROWS = 250;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-check-scrub-'));
  writeFileSync(join(dir, 'export.csv'), toCsv(buildExport(ROWS, 'scrub-csv', (i) => i + 2)));
  writeFileSync(join(dir, 'export.ndjson'), toNdjson(buildExport(ROWS, 'scrub-ndjson', (i) => i + 1)));
  writeFileSync(join(dir, 'keeps-zip3.yaml'), 'base: safe-harbor\ncheck:\n  ignoreFields: [zip]\n');
  const r = await placebo(
    ['scrub', 'export.csv', 'export.ndjson', '--out', 'scrubbed', '--quiet', '--workers', '1'],
    dir,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Summary {
  field: string;
  kind: string;
  real: number;
}

describe('check after scrub', () => {
  it('the raw export fails', async () => {
    expect((await placebo(['check', 'export.csv', 'export.ndjson', '--quiet'], dir)).code).toBe(1);
  });

  it('finds only the ZIP3 that Safe Harbor keeps', async () => {
    const r = await placebo(['check', 'scrubbed', '--format', 'json', '--quiet'], dir);
    const report = JSON.parse(r.stdout) as { totals: { records: number; fake: number }; summary: Summary[] };
    expect(report.totals.records).toBe(2 * ROWS);
    const failing = report.summary.filter((s) => s.real > 0).map((s) => `${s.field}:${s.kind}`);
    expect(new Set(failing)).toEqual(new Set(['zip:zip']));
    expect(r.code).toBe(1);
    // …and the scrubbed ZIP column really holds 3-digit prefixes only.
    const rows = readFileSync(join(dir, 'scrubbed', 'export.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const zipCol = 9;
    expect(rows.every((row) => /^\d{3}$/.test(row.split(',')[zipCol] ?? ''))).toBe(true);
  });

  it('passes with a profile that accepts the kept ZIP3', async () => {
    const r = await placebo(['check', 'scrubbed', '--profile', 'keeps-zip3.yaml'], dir);
    expect(r.stdout).toContain('OK, every identifier value is provably fake');
    expect(r.code).toBe(0);
  });
});
