import { beforeAll, describe, expect, it } from 'vitest';
import { sharedOrganization } from '../../src/fhir/resources.js';
import type { Plan } from '../../src/generate/plan.js';
import { defaultPlan, fhirFiles } from './default-plan.js';
import { references } from './json-walk.js';
import { validateResource } from './validator.js';

type Json = Record<string, unknown>;
let plan: Plan;

beforeAll(async () => {
  plan = await defaultPlan('7', 40);
});

const block = (mode: 'fhir' | 'fhir-ndjson', start: number, end: number) => fhirFiles(plan, mode, start, end);

describe('FHIR transaction Bundles', () => {
  it('makes one valid Bundle per patient whose references all resolve inside it', () => {
    const files = block('fhir', 0, 40);
    expect(files.size).toBe(40);
    const types = new Set<string>();
    for (const text of files.values()) {
      const bundle = JSON.parse(text) as { type: string; entry: { fullUrl: string; resource: Json }[] };
      expect(bundle.type).toBe('transaction');
      expect(validateResource(bundle as never)).toEqual([]);
      const urls = new Set(bundle.entry.map((e) => e.fullUrl));
      for (const e of bundle.entry) {
        types.add(e.resource.resourceType as string);
        expect(validateResource(e.resource as never)).toEqual([]);
        for (const r of references(e.resource)) expect(urls.has(r), r).toBe(true);
      }
    }
    for (const t of [
      'Patient',
      'Encounter',
      'Condition',
      'MedicationRequest',
      'Observation',
      'AllergyIntolerance',
      'Practitioner',
      'Organization',
      'DocumentReference',
    ])
      expect(types, t).toContain(t);
  });

  it('carries code systems, UCUM units and typed identifiers', () => {
    const bundle = JSON.parse([...block('fhir', 0, 1).values()][0]!) as { entry: { resource: Json }[] };
    const res = bundle.entry.map((e) => e.resource);
    const patient = res.find((r) => r.resourceType === 'Patient') as { identifier: { type?: Json }[] };
    const codes = patient.identifier.map((i) => JSON.stringify(i.type ?? {}));
    expect(codes.some((c) => c.includes('"MR"'))).toBe(true);
    expect(codes.some((c) => c.includes('"SS"'))).toBe(true);
    const text = JSON.stringify(res);
    for (const system of [
      'http://hl7.org/fhir/sid/icd-10-cm',
      'http://loinc.org',
      'http://unitsofmeasure.org',
    ])
      expect(text).toContain(system);
  });
});

describe('FHIR bulk NDJSON', () => {
  it('writes one file per resource type, valid resources, Type/id references that resolve', () => {
    const files = block('fhir-ndjson', 0, 40);
    const ids = new Set<string>();
    const refs: string[] = [];
    for (const [file, text] of files) {
      const type = file.replace('.ndjson', '');
      for (const line of text.trimEnd().split('\n')) {
        const r = JSON.parse(line) as Json & { resourceType: string; id: string };
        expect(r.resourceType).toBe(type);
        expect(validateResource(r)).toEqual([]);
        ids.add(`${type}/${r.id}`);
        refs.push(...references(r));
      }
    }
    ids.add(`Organization/${sharedOrganization(plan.seed).id}`);
    for (const r of refs) expect(ids.has(r), r).toBe(true);
  });

  it('gives the same patient the same ids as the bundle format, whatever the block split', () => {
    const whole = block('fhir-ndjson', 0, 10).get('Patient.ndjson');
    const parts =
      (block('fhir-ndjson', 0, 4).get('Patient.ndjson') ?? '') +
      (block('fhir-ndjson', 4, 10).get('Patient.ndjson') ?? '');
    expect(parts).toBe(whole);
    const firstBundle = JSON.parse(block('fhir', 0, 1).get('patient-1.json')!) as {
      entry: { resource: Json }[];
    };
    const firstBulk = JSON.parse(whole!.split('\n')[0]!) as Json;
    expect(firstBundle.entry[0]!.resource).toEqual(firstBulk);
  });
});
