/**
 * Golden FHIR pairs, one file per resource type: golden/input/<type>.<ext> scrubbed in ONE run of
 * the built CLI (so references between the files get the same tokens as the ids they point at)
 * with golden/profile.yaml and fixed tokens (PLACEBO_SCRUB_SEED), compared byte for byte with
 * golden/expected/<type>.<ext>. Every output resource must also be schema-valid FHIR R4, and every
 * reference between the files must resolve. After an intended change, regenerate with
 * UPDATE_GOLDEN=1 and review the diff line by line.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placebo } from '../scrub/helpers/cli.js';
import { validateResource } from './validator.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const FILES = readdirSync(join(GOLDEN, 'input')).sort();

type Json = Record<string, unknown> & { resourceType: string; id?: string };

function resources(text: string, file: string): Json[] {
  const docs = file.endsWith('.ndjson')
    ? text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Json)
    : [JSON.parse(text) as Json];
  const out: Json[] = [];
  for (const d of docs) {
    out.push(d);
    if (d.resourceType === 'Bundle') for (const e of d.entry as { resource: Json }[]) out.push(e.resource);
  }
  return out;
}

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'placebo-fhir-golden-'));
  cpSync(join(GOLDEN, 'input'), join(work, 'input'), { recursive: true });
  const r = placebo(
    ['scrub', 'input', '--out', 'out', '--profile', join(GOLDEN, 'profile.yaml'), '--quiet'],
    {
      cwd: work,
      env: { PLACEBO_SCRUB_SEED: 'fhir-golden' },
    },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('golden FHIR scrub outputs', () => {
  it.each(FILES)('%s', (file) => {
    const got = readFileSync(join(work, 'out', file), 'utf8');
    const expectedFile = join(GOLDEN, 'expected', file);
    if (update) writeFileSync(expectedFile, got);
    expect(got).toBe(readFileSync(expectedFile, 'utf8'));
    for (const res of resources(got, file)) expect(validateResource(res)).toEqual([]);
  });

  it('references between the scrubbed files resolve', () => {
    const all = FILES.flatMap((f) => resources(readFileSync(join(work, 'out', f), 'utf8'), f));
    const ids = new Set(all.map((r) => `${r.resourceType}/${r.id}`));
    const refs =
      JSON.stringify(all.filter((r) => r.resourceType !== 'Bundle')).match(
        /"reference":"[A-Za-z]+\/[^"]+"/g,
      ) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ids.has(ref.slice('"reference":"'.length, -1)), ref).toBe(true);
  });
});
