import { readFileSync } from 'node:fs';

/** placebo's own version, from package.json (src/core and dist/core are both two levels deep). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The repository root (for built-in schemas and profiles). */
export const PACKAGE_ROOT: URL = new URL('../../', import.meta.url);
