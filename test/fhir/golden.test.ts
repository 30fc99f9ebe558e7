/**
 * Golden FHIR pairs, one directory per resource type under golden/: input.<ext>, profile.yaml and
 * expected.<ext>, scrubbed by the built CLI with fixed tokens (PLACEBO_SCRUB_SEED). Each expected
 * output must also be schema-valid FHIR R4. After an intended change, regenerate with
 * UPDATE_GOLDEN=1 and review the diff line by line.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placebo } from '../scrub/helpers/cli.js';
import { validateResource } from './validator.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

type Json = Record<string, unknown> & { resourceType: string; id?: string };

function resources(text: string, ext: string): Json[] {
  const docs =
    ext === 'ndjson'
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

describe('golden FHIR scrub outputs', () => {
  for (const name of readdirSync(GOLDEN).sort()) {
    it(name, () => {
      const dir = join(GOLDEN, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      const ext = input.slice('input.'.length);
      const work = mkdtempSync(join(tmpdir(), `placebo-fhir-golden-${name}-`));
      try {
        copyFileSync(join(dir, input), join(work, input));
        copyFileSync(join(dir, 'profile.yaml'), join(work, 'profile.yaml'));
        const r = placebo(['scrub', input, '--out', 'out', '--profile', 'profile.yaml', '--quiet'], {
          cwd: work,
          env: { PLACEBO_SCRUB_SEED: `fhir-golden-${name}` },
        });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const got = readFileSync(join(work, 'out', input), 'utf8');
        const expectedFile = join(dir, `expected.${ext}`);
        if (update) writeFileSync(expectedFile, got);
        expect(got).toBe(readFileSync(expectedFile, 'utf8'));
        for (const res of resources(got, ext)) expect(validateResource(res)).toEqual([]);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
