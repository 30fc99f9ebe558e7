/** Patient (with its identifiers, telecom, address, contacts) and the Device of an implant. */
import { IDENTIFIER_TYPE, SYSTEM } from './systems.js';
import type { RefMaker, Resource, Row } from './types.js';
import { compact, dateTime, text } from './values.js';

function identifier(kind: keyof typeof IDENTIFIER_TYPE, system: string, value: string | undefined) {
  if (value === undefined) return undefined;
  const t = IDENTIFIER_TYPE[kind]!;
  return {
    use: kind === 'mrn' ? 'usual' : 'secondary',
    type: {
      coding: [{ system: SYSTEM.v2IdentifierType, code: t.code, display: t.display }],
      text: t.display,
    },
    system,
    value,
  };
}

function telecom(system: 'phone' | 'fax' | 'email' | 'url', value: string | undefined, use?: string) {
  return value === undefined ? undefined : compact({ system, value, use });
}

export function patientResource(id: string, p: Row): Resource {
  const given = [text(p.given_name), text(p.middle_name)].filter((g): g is string => g !== undefined);
  const relationship = text(p.emergency_contact_relationship);
  const contacts: unknown[] = [];
  if (text(p.emergency_contact_name) !== undefined) {
    contacts.push(
      compact({
        relationship: [
          {
            coding: [{ system: SYSTEM.v2ContactRole, code: 'C', display: 'Emergency Contact' }],
            ...(relationship ? { text: relationship } : {}),
          },
        ],
        name: { text: text(p.emergency_contact_name) },
        telecom: [telecom('phone', text(p.emergency_contact_phone))].filter(Boolean),
      }),
    );
  }
  if (text(p.employer) !== undefined) {
    contacts.push({
      relationship: [{ coding: [{ system: SYSTEM.v2ContactRole, code: 'E', display: 'Employer' }] }],
      organization: { display: text(p.employer) },
    });
  }
  const deceased = text(p.deceased_date);
  return compact({
    resourceType: 'Patient',
    id,
    identifier: [
      identifier('mrn', SYSTEM.local('mrn'), text(p.mrn)),
      identifier('ssn', SYSTEM.ssn, text(p.ssn)),
      identifier('mbi', SYSTEM.mbi, text(p.medicare_mbi)),
      identifier('member', SYSTEM.local('member-id'), text(p.member_id)),
      identifier('account', SYSTEM.local('account'), text(p.account_number)),
      identifier('license', SYSTEM.local('drivers-license'), text(p.drivers_license)),
      text(p.portal_username) && { system: SYSTEM.local('portal-username'), value: text(p.portal_username) },
    ].filter(Boolean),
    active: deceased === undefined,
    name: [compact({ use: 'official', family: text(p.family_name), given })],
    telecom: [
      telecom('phone', text(p.phone_home), 'home'),
      telecom('phone', text(p.phone_mobile), 'mobile'),
      telecom('fax', text(p.fax), 'home'),
      telecom('email', text(p.email), 'home'),
      telecom('url', text(p.portal_url)),
    ].filter(Boolean),
    gender: text(p.sex) === 'male' ? 'male' : text(p.sex) === 'female' ? 'female' : 'unknown',
    birthDate: text(p.birth_date),
    ...(deceased !== undefined ? { deceasedDateTime: dateTime(deceased) } : { deceasedBoolean: false }),
    address: [
      compact({
        use: 'home',
        line: text(p.street) ? [text(p.street)] : undefined,
        city: text(p.city),
        district: text(p.county),
        state: text(p.state),
        postalCode: text(p.zip),
        country: 'US',
      }),
    ],
    contact: contacts,
  }) as Resource;
}

/** The implanted device of a patient who has one (UDI device identifier and serial number). */
export function deviceResource(id: string, p: Row, ref: RefMaker, patientId: string): Resource | undefined {
  const udi = text(p.device_udi);
  const serial = text(p.device_serial);
  if (udi === undefined && serial === undefined) return undefined;
  return compact({
    resourceType: 'Device',
    id,
    udiCarrier: udi
      ? [{ deviceIdentifier: udi, issuer: 'http://hl7.org/fhir/NamingSystem/gs1-di' }]
      : undefined,
    status: 'active',
    serialNumber: serial,
    type: {
      coding: [{ system: SYSTEM.snomed, code: '706004007', display: 'Implant device' }],
    },
    patient: { reference: ref('Patient', patientId) },
  }) as Resource;
}
