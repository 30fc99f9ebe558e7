/**
 * One patient's ADT feed (HL7 v2.5.1): ADT^A04 when the patient registers (the first encounter's
 * start, or the birth date), then per encounter ADT^A08 at its start (visit, diagnoses,
 * allergies, results) and ADT^A03 at its end. Every identifier comes from the generated row, so
 * the feed carries the same provably fake values as the other formats.
 */
import type { PatientGroup, Row } from '../fhir/types.js';
import { ENCODING_CHARACTERS } from '../io/hl7-escape.js';
import { components, dt, dtm, segment, st } from './values.js';

export const VERSION = '2.5.1';
const SENDER = ['PLACEBO', 'ZZTEST-HOSPITAL', 'RECEIVER', 'ZZTEST-RECEIVER'] as const;
const TRIGGERS = { A04: 'ADT_A01', A08: 'ADT_A01', A03: 'ADT_A03' } as const;
type Trigger = keyof typeof TRIGGERS;

const CLASS: Readonly<Record<string, string>> = { AMB: 'O', EMER: 'E', IMP: 'I' };
const RELATIONSHIP: Readonly<Record<string, string>> = {
  spouse: 'SPO',
  parent: 'PAR',
  child: 'CHD',
  sibling: 'SIB',
  friend: 'FND',
};
const SEVERITY: Readonly<Record<string, string>> = { severe: 'SV', moderate: 'MO', mild: 'MI' };
const ALLERGY_TYPE: Readonly<Record<string, string>> = {
  medication: 'DA',
  food: 'FA',
  environment: 'EA',
  biologic: 'DA',
};

/** `ZZTEST-DOE, JANE` or `Jane ZZTEST-Doe` → XPN `family^given`. */
function personName(v: Row[string] | undefined): string {
  if (typeof v !== 'string' || v === '') return '';
  const comma = v.indexOf(',');
  if (comma >= 0) return components(st(v.slice(0, comma).trim()), st(v.slice(comma + 1).trim()));
  const space = v.lastIndexOf(' ');
  return space < 0 ? st(v) : components(st(v.slice(space + 1)), st(v.slice(0, space)));
}

/** XCN of a clinician: `npi^family^given^^^^^^NPI`. */
function clinician(npi: Row[string] | undefined, name: Row[string] | undefined): string {
  if (npi === null || npi === undefined) return '';
  const [family = '', given = ''] = personName(name).split('^');
  return components(st(npi), family, given, '', '', '', '', '', 'NPI');
}

function pid(p: Row): string {
  const ids = [
    components(st(p.mrn), '', '', 'PLACEBO', 'MR'),
    p.member_id ? components(st(p.member_id), '', '', 'ZZTEST-PLAN', 'MB') : '',
    p.medicare_mbi ? components(st(p.medicare_mbi), '', '', 'CMS', 'MC') : '',
  ].filter((x) => x !== '');
  const phones = [
    p.phone_home ? components(st(p.phone_home), 'PRN', 'PH') : '',
    p.phone_mobile ? components(st(p.phone_mobile), 'PRN', 'CP') : '',
    p.email ? components('', 'NET', 'Internet', st(p.email)) : '',
  ].filter((x) => x !== '');
  const sex =
    typeof p.sex === 'string' ? (p.sex.startsWith('m') ? 'M' : p.sex.startsWith('f') ? 'F' : 'U') : 'U';
  const f: string[] = new Array(30).fill('');
  f[0] = '1';
  f[2] = ids.join('~');
  f[4] = components(st(p.family_name), st(p.given_name), st(p.middle_name));
  f[6] = dt(p.birth_date);
  f[7] = sex;
  f[10] = components(st(p.street), '', st(p.city), st(p.state), st(p.zip), 'USA', 'H', '', st(p.county));
  f[12] = phones.join('~');
  f[17] = st(p.account_number);
  f[18] = st(p.ssn);
  f[19] = p.drivers_license ? components(st(p.drivers_license), st(p.state)) : '';
  f[28] = dtm(p.deceased_date);
  f[29] = p.deceased_date ? 'Y' : 'N';
  return segment('PID', f);
}

function pd1(): string {
  return segment('PD1', ['', '', components('ZZTEST PLACEBO CLINIC', 'L', '1')]);
}

function nk1(p: Row): string | undefined {
  if (!p.emergency_contact_name) return undefined;
  const rel = typeof p.emergency_contact_relationship === 'string' ? p.emergency_contact_relationship : '';
  const code = RELATIONSHIP[rel] ?? 'OTH';
  return segment('NK1', [
    '1',
    personName(p.emergency_contact_name),
    components(code, st(rel), 'HL70063'),
    '',
    p.emergency_contact_phone ? components(st(p.emergency_contact_phone), 'PRN', 'PH') : '',
  ]);
}

function pv1(e: Row | undefined, discharged: boolean): string {
  if (!e) return segment('PV1', ['1', 'N']);
  const f: string[] = new Array(45).fill('');
  f[0] = '1';
  f[1] = CLASS[String(e.class_code)] ?? 'O';
  f[2] = components('ZZTEST-WARD', '', '', 'ZZTEST-HOSPITAL');
  f[6] = clinician(e.attending_npi, e.attending_name);
  f[18] = st(e.visit_number ?? e.encounter_number);
  f[43] = dtm(e.start_time);
  if (discharged) f[44] = dtm(e.end_time);
  return segment('PV1', f);
}

function dg1(c: Row, n: number, type: 'W' | 'F'): string {
  return segment('DG1', [
    String(n),
    '',
    components(st(c.icd10_code), st(c.description), 'I10'),
    '',
    dtm(c.onset_date),
    type,
  ]);
}

function al1(a: Row, n: number): string {
  const system = a.code_system === 'rxnorm' ? 'RXNORM' : 'SCT';
  return segment('AL1', [
    String(n),
    ALLERGY_TYPE[String(a.category)] ?? 'MA',
    components(st(a.code), st(a.description), system),
    SEVERITY[String(a.severity)] ?? 'U',
    st(a.reaction),
  ]);
}

function obx(o: Row, n: number): string {
  const numeric = typeof o.value === 'number';
  return segment('OBX', [
    String(n),
    numeric ? 'NM' : 'ST',
    components(st(o.loinc_code), st(o.description), 'LN'),
    '',
    st(o.value),
    o.unit ? components(st(o.unit), '', 'UCUM') : '',
    '',
    '',
    '',
    '',
    'F',
    '',
    '',
    dtm(o.effective_time),
  ]);
}

export interface AdtMessage {
  /** MSH-10: unique in a data set (patient id, event and encounter). */
  controlId: string;
  segments: string[];
}

function message(trigger: Trigger, controlId: string, at: string, body: string[]): AdtMessage {
  const msh = segment('MSH', [
    ENCODING_CHARACTERS,
    ...SENDER,
    at,
    '',
    components('ADT', trigger, TRIGGERS[trigger]),
    controlId,
    'P',
    VERSION,
  ]);
  return { controlId, segments: [msh, segment('EVN', [trigger, at]), ...body] };
}

export function adtMessages(g: PatientGroup): AdtMessage[] {
  const p = g.patient;
  const id = String(p.id);
  const encounters = [...g.encounters].sort((a, b) =>
    String(a.start_time).localeCompare(String(b.start_time)),
  );
  const registered = encounters[0]?.start_time ?? p.birth_date;
  const head = (): string[] => [pid(p), pd1(), ...[nk1(p)].filter((s): s is string => s !== undefined)];
  const allergiesBy = (at: string): string[] =>
    g.allergies.filter((a) => String(a.recorded_date ?? '') <= at.slice(0, 10)).map((a, i) => al1(a, i + 1));
  const out: AdtMessage[] = [
    message('A04', `${id}-A04`, dtm(registered), [
      ...head(),
      pv1(encounters[0], false),
      ...allergiesBy(String(registered)),
    ]),
  ];
  encounters.forEach((e) => {
    const eid = String(e.id);
    const diagnoses = g.conditions.filter((c) => c.encounter_id === e.id);
    const results = g.observations.filter((o) => o.encounter_id === e.id);
    out.push(
      message('A08', `${eid}-A08`, dtm(e.start_time), [
        ...head(),
        pv1(e, false),
        ...diagnoses.map((c, i) => dg1(c, i + 1, 'W')),
        ...allergiesBy(String(e.start_time)),
        ...results.map((o, i) => obx(o, i + 1)),
      ]),
    );
    out.push(
      message('A03', `${eid}-A03`, dtm(e.end_time ?? e.start_time), [
        pid(p),
        pv1(e, true),
        ...diagnoses.map((c, i) => dg1(c, i + 1, 'F')),
      ]),
    );
  });
  return out;
}
