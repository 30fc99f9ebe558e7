/**
 * The closed loop, part 2: a production-like export built from hand-written rules of real
 * identifiers must fail check, and the findings must cover ≥ 99% of the planted values of every
 * category (ground truth from the builder).
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import { findSpans } from '../../src/detect/text/index.js';
import { loadProfile } from '../../src/schema/profile.js';
import { inlineSpanFinder } from '../../src/scrub/span-finder.js';
import { coverage } from './coverage.js';
import { buildExport } from './production-export.js';
import { tableSource } from './records.js';

const profile = loadProfile('safe-harbor');

describe('check on a production-like export', () => {
  it('finds ≥ 99% of planted identifiers per category', async () => {
    const e = buildExport(1000, 'recall', (i) => i + 2);
    const report = await checkSources(
      [tableSource('export.csv', e.header, e.rows)],
      defaultCheckServices(profile),
      policyFrom(profile),
      { style: 'obvious', maxFindingsPerField: 1_000_000 },
    );
    expect(report.ok).toBe(false);
    const cov = coverage(report, e.planted);
    const also = new Set(report.findings.flatMap((f) => f.alsoHolds ?? []));
    for (const k of ['birth-date', 'city', 'date', 'street-address']) expect(also.has(k), k).toBe(true);
    for (const [cat, c] of cov)
      expect(
        c.hit / c.total,
        `category ${cat}: ${c.total - c.hit} of ${c.total} missed`,
      ).toBeGreaterThanOrEqual(0.99);
  });
});

describe('batched free-text scanning', () => {
  it('gives the same report as record-by-record scanning', async () => {
    const e = buildExport(600, 'batch', (i) => i + 2);
    const source = () => [tableSource('export.csv', e.header, e.rows)];
    const opts = { style: 'obvious' as const, maxFindingsPerField: 50 };
    const inline = await checkSources(source(), defaultCheckServices(profile), policyFrom(profile), opts);
    const batched = defaultCheckServices(profile);
    batched.spanFinder = inlineSpanFinder((t, c) => findSpans(t, c));
    const viaBatches = await checkSources(source(), batched, policyFrom(profile), opts);
    expect(viaBatches).toEqual(inline);
    expect(inline.totals.findings).toBeGreaterThan(0);
  });
});
