import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Leaf } from '../../src/io/types.js';
import { elementOf, nestedContexts } from '../../src/scrub/nested-context.js';
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

describe('nestedContexts', () => {
  const leaf = (at: string) => ({ at }) as Leaf;
  const known = (value: string) => ({ kind: 'mrn', category: 8 as const, value });

  it('splits a record into rows only along an array of many objects', () => {
    const leaves = [
      leaf('source'),
      ...Array.from({ length: 12 }, (_, i) => [
        leaf(`data.patients[${i}].mrn`),
        leaf(`data.patients[${i}].note`),
      ]).flat(),
    ];
    const ctxOf = nestedContexts(leaves, (i) =>
      leaves[i]!.at.endsWith('.mrn') ? known(`M${i}`) : leaves[i]!.at === 'source' ? known('S') : undefined,
    );
    expect(ctxOf).toBeDefined();
    // the note of patients[3] sees its own mrn and the record-level value, not the others'
    expect(
      ctxOf!(8)!
        .known.map((k) => k.value)
        .sort(),
    ).toEqual(['M7', 'S']);
  });

  it("keeps one context for a person's own lists, however long", () => {
    const leaves = [leaf('note'), ...Array.from({ length: 12 }, (_, i) => leaf(`phones[${i}]`))];
    expect(nestedContexts(leaves, () => known('x'))).toBeUndefined();
    const few = [leaf('note'), ...Array.from({ length: 4 }, (_, i) => leaf(`rows[${i}].mrn`))];
    expect(nestedContexts(few, () => known('x'))).toBeUndefined();
  });
});
