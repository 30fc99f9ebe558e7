/** Encounter, Condition, MedicationRequest, Observation, AllergyIntolerance, DocumentReference. */
import { IDENTIFIER_TYPE, SYSTEM } from './systems.js';
import type { RefMaker, Resource, Row } from './types.js';
import { compact, dateTime, instant, text } from './values.js';

/** Ids of the resources a row's foreign keys point at, resolved by the bundle builder. */
export interface Links {
  patient: string;
  encounter?: string | undefined;
  condition?: string | undefined;
  practitioner?: string | undefined;
  organization?: string | undefined;
}

const reference = (ref: RefMaker, type: string, id: string | undefined) =>
  id === undefined ? undefined : { reference: ref(type, id) };

function typedIdentifier(kind: keyof typeof IDENTIFIER_TYPE, system: string, value: string | undefined) {
  if (value === undefined) return undefined;
  const t = IDENTIFIER_TYPE[kind]!;
  return {
    type: { coding: [{ system: SYSTEM.v2IdentifierType, code: t.code, display: t.display }] },
    system,
    value,
  };
}

const CLASS_DISPLAY: Readonly<Record<string, string>> = {
  AMB: 'ambulatory',
  EMER: 'emergency',
  IMP: 'inpatient encounter',
};

export function encounterResource(id: string, e: Row, ref: RefMaker, l: Links, reason?: string): Resource {
  const classCode = text(e.class_code) ?? 'AMB';
  return compact({
    resourceType: 'Encounter',
    id,
    identifier: [
      typedIdentifier('visit', SYSTEM.local('encounter-number'), text(e.encounter_number)),
      typedIdentifier('account', SYSTEM.local('visit-account'), text(e.visit_number)),
    ].filter(Boolean),
    status: 'finished',
    class: { system: SYSTEM.actCode, code: classCode, display: CLASS_DISPLAY[classCode] ?? classCode },
    type: [{ coding: [{ system: SYSTEM.snomed, code: text(e.type_code), display: text(e.type_display) }] }],
    subject: reference(ref, 'Patient', l.patient),
    participant: l.practitioner
      ? [{ individual: reference(ref, 'Practitioner', l.practitioner) }]
      : undefined,
    period: compact({ start: dateTime(e.start_time), end: dateTime(e.end_time) }),
    reasonReference: reason ? [reference(ref, 'Condition', reason)] : undefined,
    serviceProvider: reference(ref, 'Organization', l.organization),
  }) as Resource;
}

export function conditionResource(id: string, c: Row, ref: RefMaker, l: Links): Resource {
  const resolved = text(c.abatement_date) !== undefined;
  return compact({
    resourceType: 'Condition',
    id,
    clinicalStatus: {
      coding: [{ system: SYSTEM.conditionClinical, code: resolved ? 'resolved' : 'active' }],
    },
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: 'confirmed' }] },
    category: [{ coding: [{ system: SYSTEM.conditionCategory, code: 'encounter-diagnosis' }] }],
    code: {
      coding: [
        { system: SYSTEM.icd10cm, code: text(c.icd10_code), display: text(c.description) },
        ...(text(c.snomed_code) ? [{ system: SYSTEM.snomed, code: text(c.snomed_code) }] : []),
      ],
      text: text(c.description),
    },
    subject: reference(ref, 'Patient', l.patient),
    encounter: reference(ref, 'Encounter', l.encounter),
    onsetDateTime: dateTime(c.onset_date),
    abatementDateTime: dateTime(c.abatement_date),
  }) as Resource;
}

export function medicationRequestResource(id: string, m: Row, ref: RefMaker, l: Links): Resource {
  const sig = [text(m.dose), text(m.route), text(m.frequency)].filter(Boolean).join(' ');
  return compact({
    resourceType: 'MedicationRequest',
    id,
    identifier: [typedIdentifier('placer', SYSTEM.local('order-number'), text(m.order_number))].filter(
      Boolean,
    ),
    status: text(m.end_date) ? 'completed' : 'active',
    intent: 'order',
    medicationCodeableConcept: {
      coding: [{ system: SYSTEM.rxnorm, code: text(m.rxnorm_code), display: text(m.description) }],
      text: text(m.description),
    },
    subject: reference(ref, 'Patient', l.patient),
    encounter: reference(ref, 'Encounter', l.encounter),
    authoredOn: dateTime(m.start_date),
    requester: reference(ref, 'Practitioner', l.practitioner),
    reasonReference: l.condition ? [reference(ref, 'Condition', l.condition)] : undefined,
    dosageInstruction: sig ? [{ text: sig }] : undefined,
  }) as Resource;
}

export function observationResource(id: string, o: Row, ref: RefMaker, l: Links): Resource {
  const category = text(o.category) ?? 'laboratory';
  const unit = text(o.unit);
  const value = Number(o.value);
  return compact({
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: SYSTEM.observationCategory, code: category }] }],
    code: { coding: [{ system: SYSTEM.loinc, code: text(o.loinc_code), display: text(o.description) }] },
    subject: reference(ref, 'Patient', l.patient),
    encounter: reference(ref, 'Encounter', l.encounter),
    effectiveDateTime: dateTime(o.effective_time),
    valueQuantity: Number.isFinite(value)
      ? compact({ value, unit, system: unit ? SYSTEM.ucum : undefined, code: unit })
      : undefined,
  }) as Resource;
}

export function allergyResource(id: string, a: Row, ref: RefMaker, l: Links): Resource {
  const system = text(a.code_system) === 'rxnorm' ? SYSTEM.rxnorm : SYSTEM.snomed;
  const severity = text(a.severity);
  return compact({
    resourceType: 'AllergyIntolerance',
    id,
    clinicalStatus: { coding: [{ system: SYSTEM.allergyClinical, code: 'active' }] },
    verificationStatus: { coding: [{ system: SYSTEM.allergyVerification, code: 'confirmed' }] },
    type: 'allergy',
    category: text(a.category) ? [text(a.category)] : undefined,
    code: {
      coding: [{ system, code: text(a.code), display: text(a.description) }],
      text: text(a.description),
    },
    patient: reference(ref, 'Patient', l.patient),
    recordedDate: dateTime(a.recorded_date),
    reaction: text(a.reaction)
      ? [compact({ manifestation: [{ text: text(a.reaction) }], severity })]
      : undefined,
  }) as Resource;
}

export function documentReferenceResource(id: string, n: Row, ref: RefMaker, l: Links): Resource {
  const body = text(n.text) ?? '';
  return compact({
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    type: { coding: [{ system: SYSTEM.loinc, code: text(n.type_code), display: text(n.type_display) }] },
    subject: reference(ref, 'Patient', l.patient),
    date: instant(n.note_date),
    author: l.practitioner ? [reference(ref, 'Practitioner', l.practitioner)] : undefined,
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: Buffer.from(body, 'utf8').toString('base64'),
        },
      },
    ],
    context: l.encounter ? { encounter: [reference(ref, 'Encounter', l.encounter)] } : undefined,
  }) as Resource;
}

export function practitionerResource(id: string, name: string, npi: string | undefined): Resource {
  if (name === '')
    return compact({
      resourceType: 'Practitioner',
      id,
      identifier: npi ? [{ system: SYSTEM.npi, value: npi }] : undefined,
      active: true,
    }) as Resource;
  const [family, ...given] = name.includes(',')
    ? name.split(',').map((s) => s.trim())
    : [name.split(' ').slice(-1)[0] ?? name, ...name.split(' ').slice(0, -1)];
  return compact({
    resourceType: 'Practitioner',
    id,
    identifier: npi ? [{ system: SYSTEM.npi, value: npi }] : undefined,
    active: true,
    name: [compact({ text: name, family, given: given.filter(Boolean) })],
  }) as Resource;
}

/** The care organisation: one, obviously fictional, with reserved-range contact data. */
export function organizationResource(id: string): Resource {
  return {
    resourceType: 'Organization',
    id,
    identifier: [{ system: SYSTEM.local('organization'), value: 'ZZTEST-ORG-0001' }],
    active: true,
    name: 'ZZTEST Placebo General Hospital',
    telecom: [{ system: 'phone', value: '(202) 555-0100', use: 'work' }],
    address: [
      { line: ['1 Example Way'], city: 'Springfield', state: 'IL', postalCode: '00042', country: 'US' },
    ],
  };
}
