import { describe, expect, it } from 'vitest';
import { CHECK_JSON_SCHEMA, type CheckReport, formatReport } from '../../src/check/index.js';

const report: CheckReport = {
  ok: false,
  style: 'obvious',
  profile: 'safe-harbor',
  sources: [{ file: 'in,1/a:b.csv', format: 'csv', records: 3 }],
  totals: { sources: 1, records: 3, identifierValues: 3, fake: 1, findings: 2, unprovable: 0 },
  summary: [
    {
      file: 'in,1/a:b.csv',
      field: 'note',
      kind: 'phone',
      category: 4,
      real: 2,
      fake: 1,
      unprovable: 0,
      omitted: 1,
    },
  ],
  findings: [
    {
      file: 'in,1/a:b.csv',
      line: 7,
      record: 5,
      field: 'note',
      at: 'note',
      kind: 'phone',
      category: 4,
      reason: 'phone line is outside 555-0100..0199\n100%',
      span: { start: 3, end: 17 },
      alsoHolds: ['birth-date', 'city'],
    },
  ],
  fields: [],
};

describe('report formats', () => {
  it('github: workflow-command escaping of properties and message', () => {
    const out = formatReport(report, 'github');
    const [first, last] = out.trim().split('\n');
    expect(first).toBe(
      '::error file=in%2C1/a%3Ab.csv,line=7,title=placebo check::field "note" chars 3-17, record 6: phone (Safe Harbor 4) ' +
        'not provably fake: phone line is outside 555-0100..0199%0A100%25; record also holds birth-date, city',
    );
    expect(last).toBe(
      '::error title=placebo check::2 values not provably fake (1 more not annotated); 3 tested in 3 records',
    );
  });

  it('json: versioned document with the report fields in a fixed order', () => {
    const doc = JSON.parse(formatReport(report, 'json'));
    expect(Object.keys(doc)).toEqual([
      'schema',
      'ok',
      'profile',
      'style',
      'totals',
      'sources',
      'summary',
      'findings',
      'fields',
    ]);
    expect(doc.schema).toBe(CHECK_JSON_SCHEMA);
    expect(doc.findings[0].span).toEqual({ start: 3, end: 17 });
  });

  it('text: location, kind, rule and the record context; counts when findings were left out', () => {
    const out = formatReport(report, 'text');
    expect(out).toContain(
      'in,1/a:b.csv:7 (record 6) field "note", chars 3-17: phone (Safe Harbor 4) not provably fake: phone line is outside',
    );
    expect(out).toContain('record also holds birth-date, city');
    expect(out).toContain('1 findings counted but not listed');
  });
});
