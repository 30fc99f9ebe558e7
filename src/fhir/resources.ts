/**
 * One patient's rows → FHIR R4 resources, with references made by a RefMaker so the same
 * resources serve transaction Bundles (urn:uuid) and bulk NDJSON (Type/id).
 */
import {
  allergyResource,
  conditionResource,
  documentReferenceResource,
  encounterResource,
  type Links,
  medicationRequestResource,
  observationResource,
  organizationResource,
  practitionerResource,
} from './clinical.js';
import { resourceId } from './ids.js';
import { deviceResource, patientResource } from './patient.js';
import type { PatientGroup, RefMaker, Resource } from './types.js';
import { text } from './values.js';

/**
 * `withOrganization`: bundles carry the shared Organization in each (conditional create); bulk
 * output writes it once, so it is left out per patient there.
 */
export function patientResources(
  group: PatientGroup,
  seed: string,
  ref: RefMaker,
  withOrganization = true,
): Resource[] {
  const id = (type: string, key: unknown) => resourceId(seed, type, String(key));
  const patientId = id('Patient', group.patient.id);
  const organization = id('Organization', 'main');
  const practitioners = new Map<string, Resource>();
  const practitioner = (name: string | undefined, npi: string | undefined): string | undefined => {
    const key = npi ?? name;
    if (key === undefined) return undefined;
    const pid = id('Practitioner', key);
    if (!practitioners.has(pid)) practitioners.set(pid, practitionerResource(pid, name ?? '', npi));
    return pid;
  };
  const fk = (type: string, v: unknown) => (text(v as never) === undefined ? undefined : id(type, v));

  const reasonOf = new Map<string, string>();
  for (const c of group.conditions) {
    const enc = text(c.encounter_id);
    if (enc !== undefined && !reasonOf.has(enc)) reasonOf.set(enc, id('Condition', c.id));
  }
  const attendingOf = new Map<string, string | undefined>();
  const out: Resource[] = [patientResource(patientId, group.patient)];
  const device = deviceResource(id('Device', group.patient.id), group.patient, ref, patientId);
  if (device) out.push(device);

  const clinical: Resource[] = [];
  for (const e of group.encounters) {
    const prac = practitioner(text(e.attending_name), text(e.attending_npi));
    attendingOf.set(String(e.id), prac);
    const links: Links = { patient: patientId, practitioner: prac, organization };
    clinical.push(encounterResource(id('Encounter', e.id), e, ref, links, reasonOf.get(String(e.id))));
  }
  const linksOf = (row: { encounter_id?: unknown }, extra: Partial<Links> = {}): Links => ({
    patient: patientId,
    encounter: fk('Encounter', row.encounter_id),
    ...extra,
  });
  for (const c of group.conditions)
    clinical.push(conditionResource(id('Condition', c.id), c, ref, linksOf(c)));
  for (const m of group.medications) {
    const prac = practitioner(undefined, text(m.prescriber_npi)) ?? attendingOf.get(String(m.encounter_id));
    const links = linksOf(m, { condition: fk('Condition', m.condition_id), practitioner: prac });
    clinical.push(medicationRequestResource(id('MedicationRequest', m.id), m, ref, links));
  }
  for (const o of group.observations)
    clinical.push(observationResource(id('Observation', o.id), o, ref, linksOf(o)));
  for (const a of group.allergies)
    clinical.push(allergyResource(id('AllergyIntolerance', a.id), a, ref, linksOf(a)));
  for (const n of group.notes) {
    const links = linksOf(n, { practitioner: practitioner(text(n.author), undefined) });
    clinical.push(documentReferenceResource(id('DocumentReference', n.id), n, ref, links));
  }
  if (withOrganization && group.encounters.length > 0) out.push(organizationResource(organization));
  out.push(...practitioners.values(), ...clinical);
  return out;
}

/** A transaction Bundle for one patient; every reference is a urn:uuid that resolves inside it. */
export function patientBundle(group: PatientGroup, seed: string): Resource {
  const resources = patientResources(group, seed, (_type, id) => `urn:uuid:${id}`);
  return {
    resourceType: 'Bundle',
    id: resourceId(seed, 'Bundle', String(group.patient.id)),
    type: 'transaction',
    entry: resources.map((r) => ({
      fullUrl: `urn:uuid:${r.id}`,
      resource: r,
      request: request(r),
    })),
  };
}

function request(r: Resource): Record<string, string> {
  const identifiers = r.identifier as { system?: string; value?: string }[] | undefined;
  const first = identifiers?.[0];
  // Shared resources are created once on the server, however many bundles mention them.
  if (
    (r.resourceType === 'Practitioner' || r.resourceType === 'Organization') &&
    first?.system &&
    first.value
  )
    return { method: 'POST', url: r.resourceType, ifNoneExist: `identifier=${first.system}|${first.value}` };
  return { method: 'POST', url: r.resourceType };
}

/** The Organization every encounter points at (bulk output writes it once). */
export function sharedOrganization(seed: string): Resource {
  return organizationResource(resourceId(seed, 'Organization', 'main'));
}
