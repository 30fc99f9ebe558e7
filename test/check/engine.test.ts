import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import { formatReport } from '../../src/check/formats.js';
import { loadProfile, parseProfile } from '../../src/schema/profile.js';
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

describe('profile conventions', () => {
  const header = ['mrn', 'ssn', 'portal_username', 'audit_user'];
  const rows = Array.from({ length: 30 }, (_, i) => [
    `TST${String(100000 + i)}`,
    `666-12-${String(1000 + i)}`,
    i === 3 ? 'qa.shared.login' : `zztest.user${i}`,
    `jsmith${i}`,
  ]);

  it('honours site test prefixes, the allow-list and ignored fields', async () => {
    const p = parseProfile(
      'site:\n  testPrefixes: [TST]\n  allow: [qa.shared.login]\ncheck:\n  ignoreFields: [audit_user]\n',
      'site.yaml',
    );
    const report = await checkSources(
      [tableSource('t.csv', header, rows)],
      defaultCheckServices(p),
      policyFrom(p),
      {
        style: 'obvious',
      },
    );
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.fields.find((f) => f.field === 'audit_user')?.skipped).toBe(true);
  });

  it('flags the same data without the site conventions', async () => {
    const report = await checkSources([tableSource('t.csv', header, rows)], services, policy, {
      style: 'obvious',
    });
    const kinds = new Set(report.findings.map((f) => `${f.field}:${f.kind}`));
    expect(kinds).toContain('mrn:mrn');
    expect(kinds).toContain('portal_username:username');
    expect(report.summary.find((r) => r.field === 'mrn')?.real).toBe(30);
  });

  it('tests only the kinds the profile lists', async () => {
    const p = parseProfile('check:\n  kinds: [ssn]\n', 'ssn-only.yaml');
    const report = await checkSources(
      [tableSource('t.csv', header, rows)],
      defaultCheckServices(p),
      policyFrom(p),
      {
        style: 'obvious',
      },
    );
    expect(report.ok).toBe(true);
    expect(new Set(report.summary.map((r) => r.kind))).toEqual(new Set(['ssn']));
  });
});

describe('value sweep and caps', () => {
  it('finds an issuable SSN in a field with an uninformative name', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [String(i), i === 12 ? '287-65-4411' : `code-${i}`]);
    const report = await checkSources([tableSource('t.csv', ['id', 'ref2'], rows)], services, policy, {
      style: 'obvious',
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ field: 'ref2', kind: 'ssn', line: 14 });
  });

  it('lists at most N findings per field but counts them all', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`41${String(i % 10)}-55-${String(1000 + i)}`]);
    const report = await checkSources([tableSource('t.csv', ['ssn'], rows)], services, policy, {
      style: 'obvious',
      maxFindingsPerField: 7,
    });
    expect(report.findings).toHaveLength(7);
    expect(report.totals.findings).toBe(500);
    expect(report.summary[0]).toMatchObject({ real: 500, omitted: 493 });
  });
});
