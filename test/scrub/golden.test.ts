/**
 * Golden input/expected pairs: each directory under golden/ holds input.<ext>, profile.yaml and
 * expected.<ext>. Surrogates and tokens are fixed by PLACEBO_SCRUB_SEED. After an intended
 * change, regenerate with UPDATE_GOLDEN=1 and review the diff line by line.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden scrub outputs', () => {
  for (const name of readdirSync(GOLDEN).sort()) {
    it(name, () => {
      const dir = join(GOLDEN, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      const ext = input.slice('input.'.length);
      const work = mkdtempSync(join(tmpdir(), `placebo-golden-${name}-`));
      copyFileSync(join(dir, input), join(work, input));
      copyFileSync(join(dir, 'profile.yaml'), join(work, 'profile.yaml'));
      const r = placebo(['scrub', input, '--out', 'out', '--profile', 'profile.yaml', '--quiet'], {
        cwd: work,
        env: { PLACEBO_SCRUB_SEED: `golden-${name}` },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const got = readFileSync(join(work, 'out', input), 'utf8');
      const expectedFile = join(dir, `expected.${ext}`);
      if (update) writeFileSync(expectedFile, got);
      expect(got).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
