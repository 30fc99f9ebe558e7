import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirRule } from '../../src/detect/fhir-rules.js';
import { distributeText } from '../../src/fhir/narrative-align.js';
import { asInstant } from '../../src/fhir/record-view.js';
import { builtinFhirRules, FhirRuleSet, fhirRuleSet } from '../../src/fhir/scrub-rules.js';
import { parseProfile } from '../../src/schema/profile.js';

describe('FHIR element rules (data)', () => {
  const rules = fhirRuleSet();
  const action = (path: string) => {
    const r = rules.match(path, true);
    return r ? `${r.action}${r.kind ? `:${r.kind}` : ''}${r.instant ? ':instant' : ''}` : null;
  };

  it('loads the shipped rules and matches typed paths, first match wins', () => {
    expect(builtinFhirRules().length).toBeGreaterThan(50);
    expect(action('Patient.name[].family')).toBe('kind:family-name');
    expect(action('RelatedPerson.telecom[].value')).toBe('kind:phone');
    expect(action('Organization.name')).toBe('keep');
    expect(action('Patient.id')).toBe('resource-id');
    expect(action('Patient.name[].id')).toBeNull();
    expect(action('Bundle.entry[].fullUrl')).toBe('reference');
    expect(action('Encounter.subject.reference')).toBe('reference');
    expect(action('Patient.text.div')).toBe('narrative');
    expect(action('DocumentReference.content[].attachment.data')).toBe('attachment');
    expect(action('DocumentReference.date')).toBe('kind:date:instant');
    expect(action('Observation.issued')).toBe('kind:date:instant');
    expect(action('Observation.effectiveDateTime')).toBe('kind:date');
    expect(action('Encounter.period.start')).toBe('kind:date');
    expect(action('Patient.photo[].data')).toBe('remove:photo');
    expect(action('Patient.extension:patient-mothersMaidenName[].valueString')).toBe('kind:family-name');
    expect(action('Patient.extension:other[].valueString')).toBe('free-text');
    expect(action('Patient.extension:patient-birthPlace[].valueAddress.city')).toBe('kind:city');
    expect(action('Condition.code.coding[].display')).toBe('keep');
    expect(action('Encounter.class.display')).toBe('keep');
  });

  it('keeps plain JSON and CSV columns to the generic suffix rules', () => {
    expect(fhirRule('entry[].resource.name[].family')?.kind).toBe('family-name');
    expect(fhirRule('telecom[].value')?.perValue).toContain('email');
    expect(fhirRule('birthDate')?.kind).toBe('birth-date');
    for (const column of ['line', 'date', 'city', 'status', 'comment', 'DOB', 'Name'])
      expect(fhirRule(column)).toBeNull();
  });

  it("puts a profile's fhir.rules in front and rejects malformed ones by path", () => {
    const profile = parseProfile(
      'fhir:\n  rules:\n    - { path: "Organization.name", action: kind, kind: employer-name }\n',
      'site.yaml',
    );
    expect(fhirRule('Organization.name', profile.fhirRules)?.kind).toBe('employer-name');
    expect(fhirRule('Organization.name')?.kind).toBeNull();
    expect(() =>
      parseProfile('fhir:\n  rules:\n    - { path: "Patient.name", action: kind }\n', 'bad.yaml'),
    ).toThrow(/kind/);
    expect(() =>
      parseProfile('fhir:\n  rules:\n    - { path: "Patient..x", action: keep }\n', 'bad.yaml'),
    ).toThrow();
  });

  it('matches `**` over any number of segments, `*` over one', () => {
    const set = new FhirRuleSet([
      { path: 'Patient.*.value', action: 'keep' },
      { path: '**.deep.**.leaf', action: 'free-text' },
    ]);
    expect(set.match('Patient.telecom[].value', true)?.action).toBe('keep');
    expect(set.match('Patient.a.b.value', true)).toBeNull();
    expect(set.match('X.deep.a.b.leaf', true)?.action).toBe('free-text');
    expect(set.match('X.deep.leaf', true)?.action).toBe('free-text');
  });
});

describe('narrative text shared back over its nodes', () => {
  it('is exact when a change stays inside one node', () => {
    expect(distributeText(['Patient ', 'Ann Lee', ', phone 555.'], 'Patient [NAME], phone 555.')).toEqual([
      'Patient ',
      '[NAME]',
      ', phone 555.',
    ]);
  });

  it('always keeps the new text whole and in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('[NAME]', '', 'ZZTEST-X Y', ' ')), {
          maxLength: 3,
        }),
        (nodes, edits) => {
          let next = nodes.join('');
          for (const [at, len, text] of edits) {
            const s = next.length === 0 ? 0 : at % (next.length + 1);
            next = next.slice(0, s) + text + next.slice(s + len);
          }
          const parts = distributeText(nodes, next);
          expect(parts).toHaveLength(nodes.length);
          expect(parts.join('')).toBe(next);
        },
      ),
    );
  });
});

it('generalised dates in instant elements become the first instant of their period', () => {
  expect(asInstant('2024')).toBe('2024-01-01T00:00:00Z');
  expect(asInstant('2024-03')).toBe('2024-03-01T00:00:00Z');
  expect(asInstant('2024-03-05')).toBe('2024-03-05T00:00:00Z');
  expect(asInstant('2024-03-05T10:00:00Z')).toBe('2024-03-05T10:00:00Z');
});
