/**
 * FHIR R4 paths whose meaning the element name alone does not carry (`family`, `given`, `line`,
 * `value`): matched on the end of the folded path, so they hold inside Bundles too.
 */
export interface FhirRule {
  suffix: string;
  kind: string | null;
  freeText?: boolean;
  /** The element mixes kinds (phones and emails): choose per value among these. */
  perValue?: readonly string[];
}

const CONTACT = ['phone', 'email', 'url', 'fax'];

const RULES: readonly FhirRule[] = [
  { suffix: 'name[].family', kind: 'family-name' },
  { suffix: 'name[].given[]', kind: 'given-name' },
  { suffix: 'name[].prefix[]', kind: null },
  { suffix: 'name[].text', kind: 'person-name' },
  { suffix: 'address[].line[]', kind: 'street-address' },
  { suffix: 'address[].text', kind: 'street-address' },
  { suffix: 'address[].city', kind: 'city' },
  { suffix: 'address[].district', kind: 'county' },
  { suffix: 'address[].postalCode', kind: 'zip' },
  { suffix: 'telecom[].value', kind: 'phone', perValue: CONTACT },
  { suffix: 'identifier[].value', kind: 'mrn', perValue: ['ssn', 'mbi', 'email', 'phone'] },
  // Definitional URLs and code systems: names of standards, not of people.
  { suffix: 'extension[].url', kind: null },
  { suffix: 'modifierExtension[].url', kind: null },
  { suffix: 'system', kind: null },
  { suffix: 'meta.profile[]', kind: null },
  { suffix: 'coding[].code', kind: null },
  { suffix: 'coding[].display', kind: null },
  { suffix: 'resourceType', kind: null },
  { suffix: 'birthDate', kind: 'birth-date' },
  { suffix: 'deceasedDateTime', kind: 'date' },
  { suffix: 'photo[].data', kind: 'photo' },
  { suffix: 'photo[].url', kind: 'photo' },
  { suffix: 'text.div', kind: null, freeText: true },
  { suffix: 'note[].text', kind: null, freeText: true },
  { suffix: 'valueString', kind: null, freeText: true },
  { suffix: 'conclusion', kind: null, freeText: true },
];

export function fhirRule(path: string): FhirRule | null {
  for (const rule of RULES) {
    if (path === rule.suffix || path.endsWith(`.${rule.suffix}`)) return rule;
  }
  return null;
}
