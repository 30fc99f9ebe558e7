/**
 * The closed loop at size: `placebo generate` at 2,000 patients (seed 1) passes `placebo check`
 * with exit 0 in every tabular format check reads. Foreign keys of the generated data set are its
 * own row keys, ages over 89 sit in records whose person identifiers are all provably fake, and
 * every name in a generated note carries the marker. Used by closed-loop-2000-*.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placebo } from './cli.js';

type Format = 'csv' | 'tsv' | 'ndjson' | 'json';

const dir = mkdtempSync(join(tmpdir(), 'placebo-loop-2000-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The loop for some of the formats: two files of two formats each, which vitest runs side by side. */
export function describeClosedLoop2000(formats: readonly Format[]): void {
  describe('generate → check at 2,000 patients, seed 1', () => {
    for (const format of formats) {
      it(`${format}: exit 0, no findings`, { timeout: 900_000 }, async () => {
        const out = join(dir, format);
        const gen = await placebo(
          ['generate', '--count', '2000', '--seed', '1', '--format', format, '--out', out, '--quiet'],
          dir,
        );
        expect(gen.code, gen.stderr).toBe(0);
        const r = await placebo(['check', out, '--reporter', 'json', '--quiet'], dir);
        const report = JSON.parse(r.stdout) as {
          totals: { records: number; findings: number };
          summary: { file: string; field: string; kind: string; real: number }[];
        };
        expect(report.summary.filter((s) => s.real > 0).map((s) => `${s.file} ${s.field} ${s.kind}`)).toEqual(
          [],
        );
        expect(report.totals.records).toBeGreaterThan(150_000);
        expect(r.code).toBe(0);
      });
    }
  });
}
