import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../generate/helpers.js';

function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

describe('placebo generate --format fhir | fhir-ndjson', () => {
  it('writes the same bulk files with one or two workers, and one Bundle per patient', async () => {
    const one = tempDir();
    const two = tempDir();
    const bundles = tempDir();
    expect(
      (await cli(['generate', '--count', '70', '--format', 'fhir-ndjson', '--out', one, '--workers', '1']))
        .code,
    ).toBe(0);
    expect(
      (await cli(['generate', '--count', '70', '--format', 'fhir-ndjson', '--out', two, '--workers', '2']))
        .code,
    ).toBe(0);
    expect(tree(two)).toEqual(tree(one));
    expect(Object.keys(tree(one))).toContain('Patient.ndjson');
    expect(tree(one)['Patient.ndjson']!.trimEnd().split('\n')).toHaveLength(70);

    expect((await cli(['generate', '--count', '12', '--format', 'fhir', '--out', bundles])).code).toBe(0);
    const files = readdirSync(bundles);
    expect(files.filter((f) => /^patient-\d+\.json$/.test(f))).toHaveLength(12);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]); // no staging left behind
    const bundle = JSON.parse(readFileSync(join(bundles, 'patient-1.json'), 'utf8')) as {
      entry: { resource: { id: string; resourceType: string } }[];
    };
    const bulkPatient = JSON.parse(readFileSync(join(one, 'Patient.ndjson'), 'utf8').split('\n')[0]!) as {
      id: string;
    };
    expect(bundle.entry[0]!.resource.id).toBe(bulkPatient.id);
  });

  it('refuses stdout and names the problem in one line', async () => {
    const r = await cli(['generate', '--format', 'fhir', '--out', '-', '--table', 'patients']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('FHIR');
  });
});
