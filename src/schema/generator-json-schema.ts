/**
 * `npm run schema:json`: writes schemas/generator.schema.json from the zod schema, so editors
 * can validate and complete generator schemas. A test checks the committed file is current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../core/version.js';
import { generatorJsonSchema } from './generator-schema.js';

export const GENERATOR_JSON_SCHEMA_PATH = 'schemas/generator.schema.json';

export function generatorJsonSchemaText(): string {
  return `${JSON.stringify(generatorJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL(GENERATOR_JSON_SCHEMA_PATH, PACKAGE_ROOT), generatorJsonSchemaText());
  process.stderr.write(`wrote ${GENERATOR_JSON_SCHEMA_PATH}\n`);
}
