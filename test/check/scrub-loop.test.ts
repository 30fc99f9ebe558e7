/**
 * The closed loop, part 3: after `placebo scrub` of the production-like export, check passes —
 * except what the scrub profile deliberately keeps. Safe Harbor keeps the 3-digit ZIP prefix,
 * which check counts as unprovable (not a finding); the Limited Data Set keeps the full ZIP, which
 * check reports, and a check profile that accepts it passes.
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
  writeFileSync(join(dir, 'keeps-zip.yaml'), 'base: safe-harbor\ncheck:\n  ignoreFields: [zip]\n');
  const r = await placebo(
    ['scrub', 'export.csv', 'export.ndjson', '--out', 'scrubbed', '--quiet', '--workers', '1'],
    dir,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const lds = await placebo(
    ['scrub', 'export.csv', '--profile', 'limited-data-set', '--out', 'lds', '--quiet', '--workers', '1'],
    dir,
  );
  expect(lds.code, lds.stderr).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Summary {
  field: string;
  kind: string;
  real: number;
  fake: number;
  unprovable: number;
}

describe('check after scrub', () => {
  it('the raw export fails', async () => {
    expect((await placebo(['check', 'export.csv', 'export.ndjson', '--quiet'], dir)).code).toBe(1);
  });

  it('passes after a Safe Harbor scrub; the kept ZIP3 is counted as unprovable', async () => {
    const r = await placebo(['check', 'scrubbed', '--reporter', 'json', '--quiet'], dir);
    const report = JSON.parse(r.stdout) as { totals: { records: number; fake: number }; summary: Summary[] };
    expect(report.totals.records).toBe(2 * ROWS);
    expect(report.summary.filter((s) => s.real > 0)).toEqual([]);
    expect(r.code).toBe(0);
    const zip = report.summary.filter((s) => s.field === 'zip');
    // ZIP3s are unprovable; the restricted prefixes became 000, which is provably fake.
    expect(zip.reduce((n, s) => n + s.unprovable + s.fake, 0)).toBe(2 * ROWS);
    expect(zip.reduce((n, s) => n + s.unprovable, 0)).toBeGreaterThan(ROWS);
    // …and the scrubbed ZIP column really holds 3-digit prefixes only.
    const rows = readFileSync(join(dir, 'scrubbed', 'export.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const zipCol = 9;
    expect(rows.every((row) => /^\d{3}$/.test(row.split(',')[zipCol] ?? ''))).toBe(true);
  });

  it('after a Limited Data Set scrub, reports only the full ZIP the profile keeps', async () => {
    const r = await placebo(['check', 'lds', '--reporter', 'json', '--quiet'], dir);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: Summary[] };
    const failing = report.summary.filter((s) => s.real > 0).map((s) => `${s.field}:${s.kind}:${s.real}`);
    expect(failing).toEqual([`zip:zip:${ROWS}`]);
  });

  it('passes with a check profile that accepts the kept ZIP', async () => {
    const r = await placebo(['check', 'lds', '--profile', 'keeps-zip.yaml'], dir);
    expect(r.stdout).toContain('OK, every identifier value is provably fake');
    expect(r.code).toBe(0);
  });
});
