/** Writes schemas/profiles/profile.schema.json from the zod schema: `node dist/src/schema/profile-json-schema.js`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../core/version.js';
import { profileJsonSchema } from './profile-schema.js';

export function writeProfileJsonSchema(): string {
  const file = fileURLToPath(new URL('schemas/profiles/profile.schema.json', PACKAGE_ROOT));
  writeFileSync(file, `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeProfileJsonSchema();
