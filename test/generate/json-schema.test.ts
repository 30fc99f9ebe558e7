import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GENERATOR_JSON_SCHEMA_PATH,
  generatorJsonSchemaText,
} from '../../src/schema/generator-json-schema.js';
import { parseGeneratorSchema } from '../../src/schema/generator-load.js';
import { ROOT } from './helpers.js';

describe('schemas/generator.schema.json', () => {
  it('is generated from the zod schema and up to date (npm run schema:json)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, GENERATOR_JSON_SCHEMA_PATH), 'utf8'));
    expect(committed).toEqual(JSON.parse(generatorJsonSchemaText()));
  });

  it('describes the generator keys of a column', () => {
    const text = generatorJsonSchemaText();
    for (const key of [
      'kind',
      'faker',
      'choice',
      'sequence',
      'template',
      'ref',
      'via',
      'chart',
      'nullRate',
      'unique',
    ])
      expect(text).toContain(`"${key}"`);
  });

  it('the default schema validates', () => {
    const file = 'schemas/patients.yaml';
    const loaded = parseGeneratorSchema(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(Object.keys(loaded.schema.tables)).toEqual([
      'patients',
      'encounters',
      'conditions',
      'medications',
      'observations',
      'allergies',
      'notes',
    ]);
  });
});
