/**
 * The closed loop on the catalogue itself: a table with one column per kind, filled with the
 * catalogue's own `make`, passes check with zero findings in both styles. Every kind is mapped
 * explicitly through the profile so that classification cannot hide a kind.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/catalogue/index.js';
import type { Style } from '../../src/catalogue/types.js';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import { rngFor } from '../../src/core/rng.js';
import { parseProfile } from '../../src/schema/profile.js';
import { tableSource } from './records.js';

const ROWS = 3000;
const fields = Object.fromEntries(KINDS.map((k) => [k.id, k.id]));
const profile = parseProfile(JSON.stringify({ name: 'every-kind', fields }), 'every-kind.yaml');

describe.each(['obvious', 'realistic'] as Style[])('catalogue make, style %s', (style) => {
  it(`passes check with zero findings over ${ROWS} rows × ${KINDS.length} kinds`, async () => {
    const header = KINDS.map((k) => k.id);
    const rows = Array.from({ length: ROWS }, (_, i) =>
      KINDS.map((k) => k.make(rngFor('check-make', style, k.id, i), { style })),
    );
    const report = await checkSources(
      [tableSource(`make-${style}.csv`, header, rows)],
      defaultCheckServices(profile),
      policyFrom(profile),
      {
        style,
      },
    );
    const bad = report.summary.filter((r) => r.real > 0).map((r) => `${r.kind}: ${r.real}`);
    expect(bad).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.totals.records).toBe(ROWS);
    // Every value was tested: fake or (for kinds with no reserved range) unprovable.
    expect(report.totals.fake + report.totals.unprovable).toBe(report.totals.identifierValues);
    expect(report.totals.identifierValues).toBeGreaterThanOrEqual(ROWS * KINDS.length * 0.95);
  });
});
