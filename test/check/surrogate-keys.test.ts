/**
 * Surrogate row keys: a header-only MRN / encounter-number field holding the data set's own dense
 * row numbers is unprovable, not a finding; a column of real-looking sparse MRNs is still reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import { denseRange, SURROGATE_WHY, surrogateKeys } from '../../src/check/surrogate-keys.js';
import { rngFor } from '../../src/core/rng.js';
import { loadProfile } from '../../src/schema/profile.js';
import { tableSource } from './records.js';

const profile = loadProfile('safe-harbor');
const services = defaultCheckServices(profile);
const policy = policyFrom(profile);

describe('surrogateKeys', () => {
  it('accepts dense integers and generator composite keys', () => {
    expect(surrogateKeys(['1', '2', '2', '3', '5', '4'])).toBe(true);
    expect(surrogateKeys(['E1-1', 'E1-2', 'E2-1', 'E3-4', 'E3-1'])).toBe(true);
    expect(surrogateKeys(['C4-12', 'C4-3', 'C5-1', 'C6-7', 'C6-1', 'C5-9', 'C4-5', 'C6-10'])).toBe(true);
    expect(surrogateKeys(['1'])).toBe(true);
    // Foreign keys skip rows (patients without allergies).
    expect(surrogateKeys(['3', '9', '14', '22', '30', '41'])).toBe(true);
  });

  it('refuses sparse numbers, leading zeros, mixed shapes and a lone large number', () => {
    expect(surrogateKeys(['4829113', '1930482', '7710352'])).toBe(false);
    expect(surrogateKeys(['001', '002', '003'])).toBe(false);
    expect(surrogateKeys(['E1-1', 'E2'])).toBe(false);
    expect(surrogateKeys(['4829113'])).toBe(false);
    expect(surrogateKeys(['V4829113', 'V1930482', 'V7710352'])).toBe(false);
    // Sequentially issued real numbers are dense but do not count from 1.
    expect(surrogateKeys(['TST100000', 'TST100001', 'TST100002'])).toBe(false);
    expect(surrogateKeys(['4500001', '4500002', '4500003'])).toBe(false);
    expect(surrogateKeys([])).toBe(false);
  });

  it('a run counting from near 1 is dense; the same run shifted far up is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 300 }), (start, n) => {
        const run = Array.from({ length: n }, (_, i) => start + i);
        expect(denseRange(run)).toBe(start + n - 1 <= 10 * n);
        expect(denseRange(run.map((x) => x + 100_000))).toBe(false);
      }),
    );
  });
});

describe('check: surrogate keys', () => {
  const header = ['id', 'patient_id', 'encounter_id', 'ssn'];

  it('counts dense patient_id / encounter_id keys as unprovable, with the reason in the field report', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(i + 1),
      String((i % 20) + 1),
      `E${(i % 20) + 1}-${(i % 3) + 1}`,
      `666-12-${String(1000 + i)}`,
    ]);
    const report = await checkSources([tableSource('t.csv', header, rows)], services, policy, {
      style: 'obvious',
    });
    expect(report.findings).toEqual([]);
    const row = (field: string) => report.summary.find((s) => s.field === field);
    expect(row('patient_id')).toMatchObject({ kind: 'mrn', real: 0, fake: 0, unprovable: 60 });
    expect(row('encounter_id')).toMatchObject({ kind: 'encounter-number', real: 0, unprovable: 60 });
    const f = report.fields.find((x) => x.field === 'patient_id');
    expect(f?.explanation).toContain(SURROGATE_WHY);
  });

  it('still reports a column of sparse MRNs named patient_id or mrn', async () => {
    const rng = rngFor('test', 'sparse-mrn');
    for (const name of ['patient_id', 'mrn', 'medical_record_number']) {
      for (const digits of [6, 7, 8, 10]) {
        const rows = Array.from({ length: 40 }, () => [
          String(rng.int(10 ** (digits - 1), 10 ** digits - 1)),
        ]);
        const report = await checkSources([tableSource('t.csv', [name], rows)], services, policy, {
          style: 'obvious',
        });
        expect(report.totals.findings, `${name} ${digits}`).toBe(40);
        expect(report.fields[0]?.explanation).not.toContain(SURROGATE_WHY);
      }
    }
  });
});
