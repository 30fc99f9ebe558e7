import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import { formatReport } from '../../src/check/formats.js';
import { loadProfile } from '../../src/schema/profile.js';
import { tableSource } from './records.js';

const profile = loadProfile('safe-harbor');
const services = defaultCheckServices(profile);
const policy = policyFrom(profile);

describe('check engine', () => {
  it('passes provably fake identifiers and flags an issuable SSN without echoing it', async () => {
    const header = ['id', 'ssn', 'phone', 'email', 'dob'];
    const rows = Array.from({ length: 50 }, (_, i) => [
      String(i),
      `666-12-${String(1000 + i)}`,
      `(202) 555-01${String(i % 100).padStart(2, '0')}`,
      `daffy${i}@example.com`,
      `1980-04-0${String((i % 9) + 1)}`,
    ]);
    rows[7] = ['7', '412-55-8731', '(202) 555-0107', 'daffy7@example.com', '1980-04-02'];
    const report = await checkSources([tableSource('t.csv', header, rows)], services, policy, {
      style: 'obvious',
    });
    expect(report.ok).toBe(false);
    expect(report.totals.findings).toBe(1);
    const f = report.findings[0]!;
    expect(f).toMatchObject({ file: 't.csv', line: 9, record: 7, field: 'ssn', kind: 'ssn', category: 7 });
    for (const format of ['text', 'json', 'github'] as const) {
      const out = formatReport(report, format);
      expect(out).not.toContain('412-55-8731');
      expect(out).not.toContain('8731');
    }
  });
});
