/**
 * Test data for FHIR scrubbing: generated resources (RowEngine + encodeFhirBlock, as generate
 * does) with invented, real-looking identifiers planted by this code into every element the
 * rules cover — names, telecom, addresses, identifiers, dates, photo, contacts, extensions,
 * RelatedPerson, Practitioner, Organization, Observation values and notes, narratives and base64
 * notes. Every planted value is recorded (where, and whether it sits in free text) for recall.
 */
type Json = Record<string, unknown>;

export interface Planted {
  /** Resource type and element, for per-element figures. */
  element: string;
  value: string;
  /** Found inside free text (narrative, base64 note, note text), not as a whole value. */
  inText: boolean;
  /** The resource it was planted in (the test maps it to its place in the output). */
  resource: Json;
}

const GIVEN = ['Winifred', 'Osgood', 'Harriet', 'Bartholomew', 'Eudora', 'Thaddeus', 'Perpetua', 'Ignatius'];
const FAMILY = ['Ashcombe', 'Marchbanks', 'Quimby', 'Kettleby', 'Pennywhistle', 'Thistlewood', 'Fairweather'];
const STREETS = ['Larkspur Lane', 'Oriel Street', 'Juniper Court', 'Mallow Road', 'Heron Way'];
const CITIES = ['Wrentham', 'Lowestoft', 'Framingham', 'Attleboro', 'Haverhill'];

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** The invented person of patient number `i` (values shaped like real ones, none from a record). */
export function person(i: number) {
  const pick = <T>(a: readonly T[], k: number) => a[(i + k) % a.length]!;
  const n = String(1000 + i).slice(-4);
  return {
    given: pick(GIVEN, 0),
    family: pick(FAMILY, 0),
    relGiven: pick(GIVEN, 3),
    relFamily: pick(FAMILY, 2),
    maiden: pick(FAMILY, 4),
    phone: `(617) 432-${n}`,
    relPhone: `(508) 384-${n}`,
    email: `${pick(GIVEN, 0).toLowerCase()}.${pick(FAMILY, 0).toLowerCase()}${i}@postbox.org`,
    mrn: `MRN77${String(100000 + i * 37)}`,
    ssn: `219-31-${String(2000 + i).slice(-4)}`,
    street: `${14 + i} ${pick(STREETS, 0)}`,
    city: pick(CITIES, 0),
    birthCity: pick(CITIES, 2),
    zip: `0209${i % 10}`,
    birthDate: `19${50 + (i % 40)}-03-${String(10 + (i % 18))}`,
    deceased: `2025-11-${String(10 + (i % 18))}T08:15:00Z`,
    relBirth: `19${40 + (i % 30)}-07-02`,
  };
}

/**
 * Plant identifiers into one patient's resources (a Bundle's entries or bulk lines, in place).
 * `ref` makes a reference to a resource id in the current layout. Returns what was planted.
 */
export function plantPatient(
  resources: Json[],
  i: number,
  ref: (type: string, id: string) => string,
): {
  planted: Planted[];
  added: Json[];
} {
  const p = person(i);
  const planted: Planted[] = [];
  let into: Json = {};
  const plant = (element: string, value: string, inText = false) =>
    planted.push({ element, value, inText, resource: into });
  const patient = resources.find((r) => r.resourceType === 'Patient')!;
  into = patient;
  patient.name = [{ use: 'official', family: p.family, given: [p.given] }];
  plant('Patient.name.family', p.family);
  plant('Patient.name.given', p.given);
  patient.telecom = [
    { system: 'phone', value: p.phone, use: 'home' },
    { system: 'email', value: p.email },
  ];
  plant('Patient.telecom.value', p.phone);
  plant('Patient.telecom.value', p.email);
  patient.address = [{ use: 'home', line: [p.street], city: p.city, state: 'MA', postalCode: p.zip }];
  plant('Patient.address.line', p.street);
  plant('Patient.address.city', p.city);
  plant('Patient.address.postalCode', p.zip);
  patient.identifier = [
    { system: 'https://hospital.example.org/mrn', value: p.mrn },
    { system: 'http://hl7.org/fhir/sid/us-ssn', value: p.ssn },
  ];
  plant('Patient.identifier.value', p.mrn);
  plant('Patient.identifier.value', p.ssn);
  patient.birthDate = p.birthDate;
  plant('Patient.birthDate', p.birthDate);
  delete patient.deceasedBoolean;
  patient.deceasedDateTime = p.deceased;
  plant('Patient.deceasedDateTime', p.deceased);
  patient.photo = [{ contentType: 'image/jpeg', data: b64(`JFIF face of patient ${i}`) }];
  plant('Patient.photo.data', b64(`JFIF face of patient ${i}`));
  patient.contact = [
    {
      relationship: [{ text: 'daughter' }],
      name: { family: p.relFamily, given: [p.relGiven] },
      telecom: [{ system: 'phone', value: p.relPhone }],
    },
  ];
  plant('Patient.contact.name.family', p.relFamily);
  plant('Patient.contact.telecom.value', p.relPhone);
  patient.extension = [
    {
      url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
      valueAddress: { city: p.birthCity, state: 'MA', country: 'US' },
    },
    { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: p.maiden },
  ];
  plant('Patient.extension:birthPlace.valueAddress.city', p.birthCity);
  plant('Patient.extension:mothersMaidenName.valueString', p.maiden);
  patient.text = {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Patient <b>${p.given} ${p.family}</b>, MRN ${p.mrn}, DOB ${p.birthDate}.</p><p>Home phone ${p.phone}; lives at ${p.street}, ${p.city}.</p></div>`,
  };
  for (const v of [p.given, p.family, p.mrn, p.birthDate, p.phone, p.street])
    plant('Patient.text.div', v, true);

  const patientRef = ref('Patient', patient.id as string);
  const relId = `rp-${i}`;
  const related: Json = {
    resourceType: 'RelatedPerson',
    id: relId,
    patient: { reference: patientRef },
    relationship: [{ text: 'daughter' }],
    name: [{ family: p.relFamily, given: [p.relGiven] }],
    telecom: [{ system: 'phone', value: p.relPhone }],
    address: [{ line: [`${30 + i} ${STREETS[(i + 2) % STREETS.length]}`], city: p.city, postalCode: p.zip }],
    birthDate: p.relBirth,
  };
  into = related;
  plant('RelatedPerson.name.family', p.relFamily);
  plant('RelatedPerson.name.given', p.relGiven);
  plant('RelatedPerson.birthDate', p.relBirth);
  plant('RelatedPerson.address.line', `${30 + i} ${STREETS[(i + 2) % STREETS.length]}`);

  for (const prac of resources.filter((r) => r.resourceType === 'Practitioner')) {
    into = prac;
    prac.telecom = [{ system: 'phone', value: `(781) 293-${String(3000 + i).slice(-4)}`, use: 'work' }];
    prac.address = [{ line: [`${200 + i} Clinic Drive`], city: 'Norwood', postalCode: '02062' }];
    plant('Practitioner.telecom.value', `(781) 293-${String(3000 + i).slice(-4)}`);
    plant('Practitioner.address.line', `${200 + i} Clinic Drive`);
  }
  const obs = resources.find((r) => r.resourceType === 'Observation');
  if (obs) {
    into = obs;
    delete obs.valueQuantity;
    obs.valueString = `Reported by ${p.given} ${p.family}, call back on ${p.phone}`;
    obs.issued = '2024-05-06T07:08:09Z';
    obs.note = [{ text: `Daughter ${p.relGiven} ${p.relFamily} (${p.relPhone}) brought the sample.` }];
    plant('Observation.valueString', p.phone, true);
    plant('Observation.valueString', `${p.given} ${p.family}`, true);
    plant('Observation.issued', '2024-05-06T07:08:09Z');
    plant('Observation.note.text', p.relPhone, true);
  }
  const doc = resources.find((r) => r.resourceType === 'DocumentReference');
  const added: Json[] = [related];
  if (doc) {
    const note = `Discharge summary for ${p.given} ${p.family}, MRN ${p.mrn}. SSN ${p.ssn}. Contact ${p.email} or ${p.phone}. Address: ${p.street}, ${p.city} ${p.zip}.`;
    const extra: Json = {
      resourceType: 'DocumentReference',
      id: `doc-${i}`,
      status: 'current',
      subject: { reference: patientRef },
      date: '2024-02-03T04:05:06Z',
      description: `Letter to ${p.given} ${p.family}`,
      content: [
        {
          attachment: {
            contentType: 'text/plain; charset=utf-8',
            data: b64(note),
            url: `https://files.hospital-records.net/patients/${p.mrn}/summary.txt`,
            size: note.length,
          },
        },
        { attachment: { contentType: 'image/png', data: b64(`PNG scan of ${p.family}`), title: 'scan' } },
      ],
    };
    added.push(extra);
    into = extra;
    for (const v of [p.mrn, p.ssn, p.email, p.phone, p.street, `${p.given} ${p.family}`])
      plant('DocumentReference.content.attachment.data', v, true);
    plant(
      'DocumentReference.content.attachment.url',
      `https://files.hospital-records.net/patients/${p.mrn}/summary.txt`,
    );
    plant('DocumentReference.date', '2024-02-03T04:05:06Z');
  }
  return { planted, added };
}
