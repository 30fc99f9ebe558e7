/**
 * Record context inside multi-patient Bundles (src/scrub/fhir-context.ts): a note is matched
 * against its own patient's identifiers; in a family-sized Bundle against every patient's.
 * The identifiers here (QXV<n>Z) fit no pattern, so only record context can find them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../generate/helpers.js';

function bundle(patients: number): unknown {
  const uuid = (kind: number, i: number) =>
    `${kind}00000${String(i).padStart(2, '0')}-aaaa-4bbb-8ccc-000000000000`;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: Array.from({ length: patients }, (_, i) => [
      {
        fullUrl: `urn:uuid:${uuid(0, i)}`,
        resource: {
          resourceType: 'Patient',
          id: `p${i}`,
          identifier: [{ system: 'urn:oid:1.2.3', value: `QXV${i}Z` }],
        },
      },
      {
        fullUrl: `urn:uuid:${uuid(1, i)}`,
        resource: {
          resourceType: 'Observation',
          id: `o${i}`,
          status: 'final',
          code: { text: 'note' },
          subject: { reference: `urn:uuid:${uuid(0, i)}` },
          note: [{ text: `Own code QXV${i}Z checked; next code QXV${(i + 1) % patients}Z noted.` }],
        },
      },
    ]).flat(),
  };
}

function notes(file: string): string[] {
  const b = JSON.parse(readFileSync(file, 'utf8')) as {
    entry: { resource: { note?: { text: string }[] } }[];
  };
  return b.entry.flatMap((e) => e.resource.note?.map((n) => n.text) ?? []);
}

describe('scrub: record context in multi-patient Bundles', () => {
  it("finds each patient's own identifiers in its notes, and in a family-sized Bundle everyone's", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'family.json'), JSON.stringify(bundle(2)));
    writeFileSync(join(dir, 'ward.json'), JSON.stringify(bundle(12)));
    const r = await cli(['scrub', 'family.json', 'ward.json', '--out', 'out', '--workers', '1'], dir);
    expect(r.code).toBe(0);
    const family = notes(join(dir, 'out/family.json'));
    expect(family).toHaveLength(2);
    for (const n of family) expect(n).not.toMatch(/QXV\d+Z/);
    const ward = notes(join(dir, 'out/ward.json'));
    expect(ward).toHaveLength(12);
    ward.forEach((n, i) => {
      expect(n).not.toContain(`Own code QXV${i}Z`);
      expect(n).toMatch(/^Own code \S+ checked/);
    });
  });
});
