/**
 * The closed loop, part 1: `placebo generate` output — every format check can read, both name
 * styles — passes `placebo check` with zero findings over more than 100,000 rows in total.
 * No exceptions: every field of every table must be clean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placebo } from './cli.js';

const PATIENTS = 140;
const FORMATS = ['csv', 'tsv', 'ndjson', 'json'] as const;
const STYLES = ['obvious', 'realistic'] as const;

const dir = mkdtempSync(join(tmpdir(), 'placebo-check-loop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const records: number[] = [];

interface Summary {
  file: string;
  field: string;
  kind: string;
  real: number;
}

describe.each(STYLES)('generate --style %s', (style) => {
  it.concurrent.each(FORMATS)('format %s passes check', { timeout: 600_000 }, async (format) => {
    const out = join(dir, `${style}-${format}`);
    const gen = await placebo(
      [
        'generate',
        '--count',
        String(PATIENTS),
        '--format',
        format,
        '--style',
        style,
        '--out',
        out,
        '--quiet',
        '--workers',
        '1',
      ],
      dir,
    );
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    const r = await placebo(
      ['check', out, '--style', style, '--reporter', 'json', '--max-per-field', '0', '--quiet'],
      dir,
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      totals: { records: number; fake: number; findings: number };
      summary: Summary[];
    };
    const unexpected = report.summary
      .filter((s) => s.real > 0)
      .map((s) => `${s.file} ${s.field}: ${s.kind} ×${s.real}`);
    expect(unexpected).toEqual([]);
    expect(report.totals.findings).toBe(0);
    expect(report.totals.fake).toBeGreaterThan(0);
    records.push(report.totals.records);
  });
});

describe('size of the loop', () => {
  it('covered at least 100,000 rows', () => {
    expect(records).toHaveLength(FORMATS.length * STYLES.length);
    expect(records.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100_000);
  });
});
