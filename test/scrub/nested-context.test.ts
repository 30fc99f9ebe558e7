import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementOf } from '../../src/scrub/nested-context.js';
import { placebo } from './helpers/cli.js';

describe('rows wrapped in one JSON object', () => {
  it('groups leaves by their outermost array element', () => {
    expect(elementOf('patients[12].contacts[0].phone')).toBe('patients[12]');
    expect(elementOf('patients[3]')).toBe('patients[3]');
    expect(elementOf('export.name')).toBe('');
  });

  it("scrubs each row's note with that row's own identifiers, and keys in notes join", () => {
    const dir = mkdtempSync(join(tmpdir(), 'placebo-wrapped-'));
    const rows = Array.from({ length: 40 }, (_, i) => ({
      mrn: `QK${7100 + i}X`,
      last_name: `Vellacourt${i}`,
      note: `Vellacourt${i} reviewed, chart QK${7100 + i}X updated.`,
    }));
    writeFileSync(join(dir, 'export.json'), JSON.stringify({ source: 'unit', patients: rows }));
    const r = placebo(['scrub', 'export.json', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out/export.json'), 'utf8')) as {
      source: string;
      patients: { mrn: string; last_name: string; note: string }[];
    };
    expect(out.source).toBe('unit');
    expect(out.patients).toHaveLength(40);
    for (const p of out.patients) {
      expect(p.note).not.toMatch(/Vellacourt|QK\d+X/);
      // the MRN in the note got the token the row's mrn field got
      expect(p.note).toContain(p.mrn);
    }
  });
});
