/** Code systems, identifier systems and value sets placebo's FHIR output uses (FHIR R4). */
export const SYSTEM = {
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  ucum: 'http://unitsofmeasure.org',
  ssn: 'http://hl7.org/fhir/sid/us-ssn',
  mbi: 'http://hl7.org/fhir/sid/us-mbi',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  v2ContactRole: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  securityLabels: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  /** Local identifier systems live under a reserved example domain (RFC 2606): obviously not a real issuer. */
  local: (name: string) => `https://placebo.example.org/fhir/identifier/${name}`,
} as const;

/** v2-0203 identifier type codes used on Patient.identifier. */
export const IDENTIFIER_TYPE: Readonly<Record<string, { code: string; display: string }>> = {
  mrn: { code: 'MR', display: 'Medical record number' },
  ssn: { code: 'SS', display: 'Social Security number' },
  member: { code: 'MB', display: 'Member Number' },
  mbi: { code: 'MC', display: "Patient's Medicare number" },
  account: { code: 'AN', display: 'Account number' },
  license: { code: 'DL', display: "Driver's license number" },
  visit: { code: 'VN', display: 'Visit number' },
  npi: { code: 'NPI', display: 'National provider identifier' },
  placer: { code: 'PLAC', display: 'Placer Identifier' },
};
