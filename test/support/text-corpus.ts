/**
 * Test-corpus generator for free-text detection: nursing and progress notes with invented but
 * real-looking identifiers (no ZZTEST markers, issuable-looking SSNs, non-555 phones, public
 * mail domains) planted at known offsets, plus hard negatives (eponyms, drugs, "Will" the verb,
 * "May" the modal, lab tables, vitals, scores, codes, years) recorded as text that must be kept.
 * Names come from faker's English lists (only partly overlapping the detector's Census lists),
 * the Census long tail, and invented surnames that no dictionary holds.
 */

import { en } from '@faker-js/faker';
import { vinCheckChar } from '../../src/catalogue/kinds/vin.js';
import { type Rng, rngFor } from '../../src/core/rng.js';
import { categoryOf } from '../../src/detect/text/kinds.js';
import type { RecordContext, Span } from '../../src/detect/text/types.js';

export interface GoldSpan {
  start: number;
  end: number;
  kind: string;
}

export interface CorpusNote {
  text: string;
  gold: GoldSpan[];
  /** Clinical content that must survive (drug names, doses, codes, eponyms, lab values). */
  keep: { start: number; end: number }[];
  style: string;
}

class NoteBuilder {
  text = '';
  gold: GoldSpan[] = [];
  keep: { start: number; end: number }[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  id(kind: string, value: string): this {
    this.gold.push({ start: this.text.length, end: this.text.length + value.length, kind });
    this.text += value;
    return this;
  }
  k(s: string): this {
    this.keep.push({ start: this.text.length, end: this.text.length + s.length });
    this.text += s;
    return this;
  }
}

// ---------- identifier makers ----------

const FEMALE = en.person?.first_name?.female ?? [];
const MALE = en.person?.first_name?.male ?? [];
const LAST = en.person?.last_name?.generic ?? [];
const SYL_A = [
  'Kel',
  'Dra',
  'Vor',
  'Bran',
  'Qui',
  'Mel',
  'Tor',
  'Zan',
  'Fen',
  'Hol',
  'Ost',
  'Wyl',
  'Jar',
  'Pel',
];
const SYL_B = [
  'wick',
  'dorf',
  'stead',
  'mire',
  'vane',
  'holt',
  'ridge',
  'ton',
  'quist',
  'sley',
  'burn',
  'ner',
];
const CITIES = en.location?.city_name ?? [];
const US_SUFFIX =
  /\s(?:Street|Avenue|Road|Lane|Drive|Way|Place|Boulevard|Highway|Square|Hill|View|Path|Walk)$/;
const STREETS = (en.location?.street_name ?? []).filter((s) => US_SUFFIX.test(s));
const ABBR = ['St', 'St.', 'Ave', 'Rd', 'Dr', 'Blvd', 'Ln', 'Ct', 'Way', 'Pl', 'Cir', 'Ter', 'Pkwy'];
const STATES = ['IL', 'TX', 'CA', 'NY', 'OH', 'GA', 'WA', 'AZ', 'NC', 'MI', 'FL', 'TN', 'MN', 'WI', 'KY'];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'comcast.net', 'icloud.com', 'aol.com'];
const COMPANY_TAIL = [
  'Logistics',
  'Manufacturing',
  'Foods',
  'Construction',
  'Industries',
  'Partners',
  'Motors',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function given(rng: Rng, sex?: 'f' | 'm'): string {
  const s = sex ?? (rng.chance(0.5) ? 'f' : 'm');
  return rng.pick(s === 'f' ? FEMALE : MALE);
}
function family(rng: Rng): string {
  if (rng.chance(0.12)) return rng.pick(SYL_A) + rng.pick(SYL_B);
  return rng.pick(LAST);
}
function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(rng.int(1, 99))}-${pad(rng.int(1, 9999), 4)}`;
}
function phoneParts(rng: Rng): [string, string, string] {
  const npa = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`;
  let nxx = `${rng.int(2, 9)}${rng.digits(2)}`;
  if (nxx === '555') nxx = '556';
  return [npa, nxx, rng.digits(4)];
}
function phone(rng: Rng): string {
  const [a, b, c] = phoneParts(rng);
  return rng.pick([
    `(${a}) ${b}-${c}`,
    `${a}-${b}-${c}`,
    `${a}.${b}.${c}`,
    `${a} ${b} ${c}`,
    `+1 ${a}-${b}-${c}`,
    `1-${a}-${b}-${c}`,
  ]);
}
function date(rng: Rng): string {
  const y = rng.int(2015, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const mon = MONTHS[m - 1] ?? 'March';
  return rng.pick([
    `${y}-${pad(m)}-${pad(d)}`,
    `${pad(m)}/${pad(d)}/${y}`,
    `${m}/${d}/${String(y).slice(2)}`,
    `${m}/${d}/${y}`,
    `${pad(d)}-${mon.slice(0, 3)}-${y}`,
    `${mon} ${d}, ${y}`,
    `${mon.slice(0, 3)} ${d}`,
    `${mon} ${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'}`,
    `${d} ${mon} ${y}`,
    `${y}${pad(m)}${pad(d)}`,
    `${pad(m)}/${pad(d)}/${y} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}`,
  ]);
}
function shortDate(rng: Rng): string {
  return `${rng.int(1, 12)}/${rng.int(11, 28)}`;
}
function mrn(rng: Rng): string {
  return rng.pick([
    rng.digits(8),
    `${rng.int(1, 9)}${rng.digits(6)}`,
    `E${rng.digits(7)}`,
    `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`,
  ]);
}
function email(rng: Rng, first: string, last: string): string {
  const local = rng.pick([
    `${first}.${last}`,
    `${first[0]}${last}${rng.int(1, 99)}`,
    `${last}${first[0]}`,
    `${first}${rng.int(60, 99)}`,
  ]);
  return `${local.toLowerCase().replace(/[^a-z0-9.]/g, '')}@${rng.pick(MAIL)}`;
}
function street(rng: Rng): string {
  const name = rng.pick([
    () => rng.pick(STREETS),
    () => `${rng.pick(LAST)} ${rng.pick(ABBR)}`,
    () => `${rng.pick(['N', 'S', 'E', 'W'])} ${rng.int(1, 99)}th ${rng.pick(ABBR)}`,
    () =>
      `${rng.pick(['Old', 'West', 'North'])} ${rng.pick(LAST)} ${rng.pick(['Road', 'Rd', 'Street', 'Pike'])}`,
  ])();
  const base = `${rng.int(2, 9899)} ${name}`;
  return rng.chance(0.3)
    ? `${base}, ${rng.pick(['Apt', 'Unit', 'Apt.', '#'])} ${rng.int(1, 40)}${rng.pick(['', 'B', 'C'])}`
    : base;
}
function zip(rng: Rng): string {
  const z = `${rng.int(1, 9)}${rng.digits(4)}`;
  return rng.chance(0.2) ? `${z}-${rng.digits(4)}` : z;
}
function vin(rng: Rng): string {
  const alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const chars = Array.from({ length: 17 }, () => rng.pick([...alphabet]));
  for (let i = 12; i < 17; i++) chars[i] = String(rng.int(0, 9));
  chars[8] = vinCheckChar(chars.join('')) ?? '0';
  return chars.join('');
}
function ip(rng: Rng): string {
  return `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
function company(rng: Rng): string {
  return `${rng.pick(LAST)} ${rng.pick(COMPANY_TAIL)}`;
}

/** A realistic-looking invented patient: a row for the clinical generator plus its record context. */
export function makeIdentity(rng: Rng): {
  row: Record<string, string | number | null>;
  facts: { birthDate: string; sex: 'female' | 'male'; deathDate: null; refDate: string };
  ctx: RecordContext;
} {
  const sex = rng.chance(0.5) ? 'female' : 'male';
  const first = given(rng, sex === 'female' ? 'f' : 'm');
  const last = family(rng);
  const birthYear = rng.chance(0.15) ? rng.int(1925, 1934) : rng.int(1940, 2005);
  const birthDate = `${birthYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const [a, b, c] = phoneParts(rng);
  const row: Record<string, string | number | null> = {
    id: rng.int(1, 1e6),
    mrn: rng.digits(8),
    given_name: first,
    middle_name: given(rng),
    family_name: last,
    sex,
    birth_date: birthDate,
    deceased_date: null,
    ssn: ssn(rng),
    medicare_mbi: `${rng.int(1, 9)}EG4TE5MK${rng.digits(2)}`,
    member_id: `W${rng.digits(9)}`,
    account_number: rng.digits(10),
    phone_home: `(${a}) ${b}-${c}`,
    phone_mobile: phone(rng),
    fax: phone(rng),
    email: email(rng, first, last),
    street: street(rng),
    city: rng.pick(CITIES),
    county: `${rng.pick(LAST)} County`,
    state: rng.pick(STATES),
    zip: zip(rng),
    drivers_license: `S${rng.digits(8)}`,
    emergency_contact_name: `${given(rng)} ${last}`,
    emergency_contact_relationship: rng.pick(['spouse', 'daughter', 'son', 'sister']),
    emergency_contact_phone: phone(rng),
    employer: company(rng),
    portal_url: `https://mychart.${rng.pick(LAST).toLowerCase()}health.org/p/${rng.digits(6)}`,
    portal_username: `${first.toLowerCase()}${rng.int(1, 99)}`,
    last_login_ip: ip(rng),
    device_udi: `(01)0${rng.digits(13)}(21)${rng.digits(6)}`,
    device_serial: `PJN${rng.digits(6)}`,
    vehicle_vin: vin(rng),
  };
  const kindOf: Record<string, string> = {
    mrn: 'mrn',
    given_name: 'given-name',
    middle_name: 'given-name',
    family_name: 'family-name',
    ssn: 'ssn',
    medicare_mbi: 'mbi',
    member_id: 'member-id',
    account_number: 'account-number',
    phone_home: 'phone',
    phone_mobile: 'phone',
    fax: 'fax',
    email: 'email',
    street: 'street-address',
    city: 'city',
    county: 'county',
    zip: 'zip',
    drivers_license: 'drivers-license',
    emergency_contact_name: 'person-name',
    emergency_contact_phone: 'phone',
    employer: 'employer-name',
    portal_url: 'url',
    portal_username: 'username',
    last_login_ip: 'ip-address',
    device_udi: 'device-udi',
    device_serial: 'device-serial',
    vehicle_vin: 'vin',
    birth_date: 'birth-date',
  };
  const known = Object.entries(kindOf).map(([col, kind]) => ({
    kind,
    category: categoryOf(kind),
    value: String(row[col] ?? ''),
  }));
  return { row, facts: { birthDate, sex, deathDate: null, refDate: '2025-06-30' }, ctx: { known } };
}

// ---------- clinical filler and hard negatives ----------

const DRUGS = [
  'Lasix 40 mg IV',
  'metoprolol 25 mg PO BID',
  'Coumadin 5 mg',
  'vancomycin 1 g IV q12h',
  'Keflex 500 mg',
  'insulin glargine 20 units',
  'Zosyn 3.375 g IV',
  'Eliquis 5 mg BID',
  'heparin 5000 units SQ',
  'Tylenol 650 mg PO q6h PRN',
  'Protonix 40 mg daily',
  'albuterol nebs q4h',
];
const NEGATIVES = [
  'Hx of Parkinson disease, on Sinemet.',
  'Foley catheter draining clear yellow urine.',
  'Babinski negative bilaterally.',
  'Apgar 8 and 9.',
  'GCS 15.',
  'Glasgow coma scale 14 on arrival.',
  'History of Hodgkin lymphoma in remission.',
  "Crohn's flare last year.",
  'Cushingoid features noted.',
  'Graves disease on methimazole.',
  'Addison disease on hydrocortisone.',
  'Bell palsy resolved.',
  'Down syndrome, lives in group home.',
  "Alzheimer's dementia, oriented to self only.",
  'Will continue current plan.',
  'Will reassess in AM.',
  'May need PT/OT eval.',
  'May benefit from diuresis.',
  'Mark the site prior to OR.',
  'Brown stool, guaiac negative.',
  'Hope to wean O2 today.',
  'Frank hematuria resolved.',
  'Rose to standing with assist x1.',
  'Strength 4/5 in bilateral lower extremities.',
  'Motor 3/5 LUE.',
  'Pain 6/10, improved to 2/10 after Tylenol.',
  'BP 128/76, HR 84, RR 18, SpO2 96% on 2L NC, T 98.9 F.',
  'Na 138, K 4.2, Cl 101, CO2 25, BUN 22, Cr 1.3, Glu 145.',
  'WBC 11.2, Hgb 9.8, Hct 29.4, Plt 212.',
  'INR 2.4, PTT 34.',
  'Troponin 0.04, BNP 850.',
  'Dx: E11.9, I10, N18.3.',
  'LOINC 2160-0 creatinine trending down.',
  'RxNorm 197361 on file.',
  'Diagnosed with CHF in 2019.',
  'Smoked 1 ppd x 20 years, quit in 2015.',
  'Last dose given at 14:30.',
  'Meds given at 0900 and 2100.',
  'Temp 101.2 F at 02:00, Tylenol given.',
  'Give 1/2 tab at bedtime.',
  'Sats 92-95% on RA.',
  'Ambulated 150 ft with walker.',
  'Wells score 2, low probability.',
  'Braden score 14.',
  'Morse fall score 45.',
  'Homans sign negative.',
  'Murphy sign positive.',
  'Allen test normal prior to ABG.',
  'Trendelenburg position for line placement.',
  'Swan-Ganz removed.',
  'Whipple procedure 2018.',
  'Lyme titer pending.',
  'Holter monitor for 48 hours.',
  'Doppler negative for DVT.',
  'Tinel sign positive at wrist.',
  'Lachman negative.',
  'Kussmaul respirations resolved.',
  'Chvostek sign negative.',
  '74 yo with COPD.',
  'Pt is a 68-year-old female.',
  'Age 45.',
  'Cardiology to see.',
  'Hemoglobin A1c 8.1%.',
];

/** ICU nursing-note system lines (dense abbreviations, capitalised clinical words). */
const SYSTEMS = [
  'Neuro: Alert and oriented x3, follows commands, MAE. PERRL 3mm brisk.',
  'Neuro: Sedated on Propofol 30mcg/kg/min, RASS -2, withdraws to pain.',
  'CV: NSR 80-90s, no ectopy. SBP 100-120s. Pulses palpable x4.',
  'CV: Afib with RVR to 140s, Diltiazem gtt started per Cardiology.',
  'Resp: LS coarse bilat, suctioned for thick tan secretions. Vent AC 500 x 14, PEEP 5, FiO2 40%.',
  'Resp: LS clear, diminished at bases. On 2L NC, sats 95-97%. IS 1000.',
  'GI: Abd soft, NT/ND, +BS. Tolerating TF Jevity 1.2 at goal 60cc/hr. No BM this shift.',
  'GU: Foley patent draining clear yellow urine 50-100cc/hr. Lasix 20mg IV with good response.',
  'ID: Tmax 101.2, pan cultured. On Vanco/Zosyn, Vanco trough due with AM labs.',
  'Skin: Coccyx stage II, DuoDerm applied. Turned q2h. Braden 12.',
  'Endo: RISS per protocol, FS 140-180, covered with Humalog 4 units.',
  'Heme: Hct stable 28.5, no s/s bleeding. Heparin gtt per protocol, PTT 65.',
  'Access: R IJ TLC, L radial A-line, PIV x2.',
  'Pain: Fentanyl gtt at 50mcg/hr, appears comfortable. CPOT 1.',
  'Events: Episode of SVT at 0200, Lopressor 5mg IV given with good effect.',
  'Dispo: Full Code. Remains in MICU. Possible call out to Step Down Unit in AM.',
  'Social: Family in to visit, updated by team. Palliative Care following.',
  'Plan: Continue to monitor, wean vent as tolerated, SBT in AM if stable.',
  'Labs: Na 135 K 3.9 Cl 100 HCO3 24 BUN 30 Cr 1.8 Glu 160 Mg 1.9 Phos 3.1.',
  'ABG 7.38/42/88/24 on current settings.',
  'CXR shows improving bilateral infiltrates, ETT in good position.',
  'Seen by Cardiology, Renal and ID today; recs appreciated.',
  'Will Recheck Lytes In AM. May Start Tube Feeds Today.',
  'Mark Site On Right Hip Prior To OR.',
  'Hope To Extubate Tomorrow If Mental Status Allows.',
  'Grace Period For Insurance Discussed With Case Management.',
  'Pt Will Need Rehab Placement. Social Work Aware.',
  'Plan for TEE on Tuesday, NPO after midnight.',
  'MRI brain Monday, Neurology to follow.',
  'Admission per ED report, seen in triage.',
  'Coumadin held, INR 3.4. Vitamin K 2.5 mg PO given.',
  'Cultures: BCx 2/2 GPC in clusters, UCx pending, sputum with GNRs.',
  'Wound care per WOCN: Mepilex to sacrum, Aquacel to abd incision.',
  'Physical Therapy evaluated, ambulated 50 ft with rolling walker and Assist x1.',
  'Diet: Cardiac/Diabetic, Ensure TID. Speech and Swallow eval: Nectar thick liquids.',
  'Allergies: Penicillin (hives), Sulfa (rash), Latex.',
  'Code Status: DNR/DNI confirmed with patient and HCP.',
  'Isolation: Contact precautions for MRSA, VRE.',
  'Lines/Drains: JP drain x1 with 30cc serosanguinous output, Pleurx catheter capped.',
  'Hx: CAD s/p CABG x3, CHF EF 25%, DM2, HTN, HLD, CKD III, Afib on Eliquis.',
];

function neg(b: NoteBuilder, rng: Rng, n: number): void {
  for (let i = 0; i < n; i++) b.t(' ').k(rng.pick(NEGATIVES));
}

// ---------- note templates ----------

type Template = (b: NoteBuilder, rng: Rng) => void;

function patientName(rng: Rng): { first: string; last: string } {
  return { first: given(rng), last: family(rng) };
}

const TEMPLATES: Record<string, Template> = {
  nursing(b, rng) {
    const p = patientName(rng);
    b.t('NURSING NOTE ')
      .id('date', date(rng))
      .t('\nPt ')
      .id('person-name', `${p.first} ${p.last}`)
      .t(' is a ');
    if (rng.chance(0.3)) b.id('age', String(rng.int(90, 104))).t(' yo ');
    else b.k(`${rng.int(30, 89)} yo`).t(' ');
    b.t('admitted with CHF exacerbation. ');
    neg(b, rng, 2);
    b.t(' Received ')
      .k(rng.pick(DRUGS))
      .t('. Wife ')
      .id('given-name', given(rng, 'f'))
      .t(' at bedside, updated on plan.');
    b.t(' Daughter ')
      .id('person-name', `${given(rng)} ${family(rng)}`)
      .t(' can be reached at ')
      .id('phone', phone(rng))
      .t('.');
    neg(b, rng, 2);
    b.t(' Will continue to monitor. -- ')
      .id('person-name', `${given(rng)[0]}. ${rng.pick(LAST)}`)
      .t(', RN\n');
  },
  progress(b, rng) {
    const p = patientName(rng);
    b.t('Progress Note\nPatient: ')
      .id('person-name', `${p.last}, ${p.first}`)
      .t('   MRN: ')
      .id('mrn', mrn(rng));
    b.t('   DOB: ').id('date', date(rng)).t('\nDate of service: ').id('date', date(rng)).t('\nS: ');
    b.t('Pt reports less SOB. ');
    neg(b, rng, 2);
    b.t('\nO: ').k('BP 132/84, HR 88, RR 18').t('. ');
    neg(b, rng, 1);
    b.t('\nA/P: ')
      .k('CHF')
      .t(' - continue ')
      .k(rng.pick(DRUGS))
      .t('. Discussed with Dr. ')
      .id('family-name', rng.pick(LAST));
    b.t(' (cardiology). Follow up on ')
      .id('date', shortDate(rng))
      .t('.\nSigned: ')
      .id('person-name', `${given(rng)} ${family(rng)}`)
      .t(', MD\n');
  },
  social(b, rng) {
    const p = patientName(rng);
    const city = rng.pick(CITIES);
    b.t('SOCIAL WORK NOTE\nMet with pt ')
      .id('person-name', `${p.first} ${p.last}`)
      .t(' and son ')
      .id('given-name', given(rng, 'm'));
    b.t('. Pt lives at ')
      .id('street-address', street(rng))
      .t(', ')
      .id('city', city)
      .t(', ')
      .t(rng.pick(STATES))
      .t(' ')
      .id('zip', zip(rng));
    b.t(' with husband ')
      .id('person-name', `${given(rng, 'm')} ${p.last}`)
      .t('. Works at ')
      .id('employer-name', company(rng));
    b.t(' as a forklift operator. Insurance member ID ')
      .id('member-id', `${rng.pick(['W', 'XJ', 'H'])}${rng.digits(9)}`)
      .t('.');
    neg(b, rng, 1);
    b.t(' Emergency contact: ')
      .id('person-name', `${given(rng)} ${family(rng)}`)
      .t(' ')
      .id('phone', phone(rng))
      .t('.\n');
  },
  admin(b, rng) {
    const p = patientName(rng);
    b.t('Registration update for ').id('person-name', `${p.first} ${p.last}`).t('. SSN ').id('ssn', ssn(rng));
    b.t(', acct # ')
      .id('account-number', rng.digits(9))
      .t(', visit # ')
      .id('encounter-number', rng.digits(8));
    b.t('. Email ')
      .id('email', email(rng, p.first, p.last))
      .t('. Fax records to ')
      .id('fax', phone(rng))
      .t('.');
    b.t(' Claim no. ')
      .id('claim-number', `${rng.pick(['C', 'CLM'])}${rng.digits(10)}`)
      .t(' submitted ')
      .id('date', date(rng))
      .t('.');
    b.t(' Portal login: ')
      .id(
        'username',
        `${p.first[0]?.toLowerCase()}${p.last.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(1, 99)}`,
      )
      .t('.\n');
  },
  ed(b, rng) {
    const p = patientName(rng);
    const age = rng.int(90, 103);
    b.t('ED TRIAGE ')
      .id('date', date(rng))
      .t('\n')
      .id('age', String(age))
      .t(rng.pick(['-year-old', ' y/o', 'yo', ' year old']))
      .t(' ');
    b.t(rng.pick(['female', 'male'])).t(' BIBA from home after fall. ');
    neg(b, rng, 2);
    b.t(' Per EMS, neighbor ')
      .id('person-name', `${given(rng)} ${family(rng)}`)
      .t(' found pt on floor. ');
    b.t('Last seen normal ').id('date', date(rng)).t('. ');
    neg(b, rng, 2);
    b.t('Pt states name is ').id('person-name', `${p.first} ${p.last}`).t(', oriented x3.\n');
  },
  discharge(b, rng) {
    const p = patientName(rng);
    b.t('DISCHARGE SUMMARY\nName: ')
      .id('person-name', `${p.first.toUpperCase()} ${p.last.toUpperCase()}`)
      .t('\nAdmit: ');
    b.id('date', date(rng))
      .t('  Discharge: ')
      .id('date', date(rng))
      .t('\nAttending: Dr. ')
      .id('person-name', `${given(rng)} ${family(rng)}`);
    b.t('\nHospital course: ');
    neg(b, rng, 3);
    b.t('\nDischarge meds: ')
      .k(rng.pick(DRUGS))
      .t(', ')
      .k(rng.pick(DRUGS))
      .t('.\nFollow up with PCP Dr. ')
      .id('family-name', family(rng));
    b.t(' at ')
      .id('phone', phone(rng))
      .t(' in 1 week. Patient portal: ')
      .id('url', `https://mychart.${rng.pick(LAST).toLowerCase()}health.org/visit/${rng.digits(6)}`)
      .t('\n');
  },
  device(b, rng) {
    b.t('Device check: pacemaker serial # ')
      .id('device-serial', `PJN${rng.digits(6)}`)
      .t(' interrogated. ');
    neg(b, rng, 1);
    b.t(' Home monitor IP ')
      .id('ip-address', ip(rng))
      .t(', MAC ')
      .id(
        'mac-address',
        Array.from(
          { length: 6 },
          () => rng.pick([...'0123456789ABCDEF']) + rng.pick([...'0123456789ABCDEF']),
        ).join(':'),
      );
    b.t('. Pt drove; vehicle VIN ')
      .id('vin', vin(rng))
      .t(' noted by security. DL# ')
      .id('drivers-license', `${rng.pick(['S', 'D', 'K'])}${rng.digits(8)}`)
      .t('.\n');
  },
  phonecall(b, rng) {
    const p = patientName(rng);
    b.t('Telephone encounter ')
      .id('date', date(rng))
      .t(' ')
      .t(`${pad(rng.int(8, 17))}:${pad(rng.int(0, 59))}`)
      .t('\nCalled pt ');
    b.id('given-name', p.first).t(' at ').id('phone', phone(rng)).t(' re: lab results. ');
    neg(b, rng, 2);
    b.t(' Spoke with ')
      .id('person-name', `${given(rng)} ${p.last}`)
      .t(' (')
      .t(rng.pick(['wife', 'son', 'daughter', 'caregiver']))
      .t('). ');
    b.t('Verified identity with last 4 of SSN ')
      .id('ssn', rng.digits(4))
      .t(' and DOB ')
      .id('date', date(rng))
      .t('. ');
    b.t('Callback number ')
      .id('phone', phone(rng))
      .t(' ext. ')
      .t(String(rng.int(100, 999)))
      .t('.\n');
  },
  messy(b, rng) {
    const p = patientName(rng);
    b.t('PT: ')
      .id('person-name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`)
      .t(' | MRN ')
      .id('mrn', mrn(rng));
    b.t(' | CSN ').id('encounter-number', rng.digits(10)).t(' | DOB ').id('date', date(rng)).t('\n');
    b.t('pt seen w/ ')
      .t(rng.pick(['dtr', 'son', 'wife']))
      .t(' ')
      .id('given-name', given(rng))
      .t('. ');
    neg(b, rng, 2);
    b.t(' addr: ')
      .id('street-address', street(rng))
      .t(' ')
      .id('city', rng.pick(CITIES))
      .t(' ')
      .t(rng.pick(STATES))
      .t(' ')
      .id('zip', zip(rng));
    b.t('. seen by ')
      .id('person-name', `${given(rng)} ${family(rng)}`)
      .t(' NP on ')
      .id('date', shortDate(rng))
      .t('.\n');
  },
  standalone(b, rng) {
    b.t('Overnight: ').id('given-name', given(rng)).t(' called asking for update. ');
    neg(b, rng, 2);
    b.t(' ')
      .id('person-name', `${given(rng)} ${rng.pick(LAST)}`)
      .t(' (PT) worked with pt. ');
    b.t('Message left for Mrs. ').id('family-name', rng.pick(LAST)).t('. ');
    neg(b, rng, 2);
    b.t('\n');
  },
};

/** A MIMIC-style ICU nursing note: mostly dense clinical text, few identifiers. */
TEMPLATES.icu = (b, rng) => {
  b.t(rng.pick(['MICU NPN ', 'NURSING PROGRESS NOTE 7P-7A ', 'CCU Nursing Note ', 'SICU nsg note ']))
    .id('date', date(rng))
    .t('\n');
  const order = [...SYSTEMS];
  for (let i = 0; i < 7; i++) {
    const line = order.splice(rng.int(0, order.length - 1), 1)[0] ?? '';
    b.k(line).t('\n');
    if (i === 2 && rng.chance(0.5))
      b.t('Wife ').id('given-name', given(rng, 'f')).t(' called for update, questions answered.\n');
    if (i === 4 && rng.chance(0.4))
      b.t('Dtr ')
        .id('person-name', `${given(rng, 'f')} ${family(rng)}`)
        .t(' is HCP, phone ')
        .id('phone', phone(rng))
        .t('.\n');
  }
  b.t('--')
    .id('person-name', `${given(rng)} ${rng.pick(LAST)}`)
    .t(', RN\n');
};

/** Hospital extract debris: ALL CAPS, lower case, pipes and carets, run-together fields. */
TEMPLATES.extract = (b, rng) => {
  const p = patientName(rng);
  const up = (x: string) => x.toUpperCase();
  b.t('PID|1||')
    .id('mrn', rng.digits(8))
    .t('^^^HOSP^MR||')
    .id('person-name', `${up(p.last)}^${up(p.first)}^${up(given(rng)[0] ?? 'A')}`);
  b.t('||')
    .id('date', `${rng.int(1930, 2000)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}`)
    .t('|F|||');
  b.id('street-address', up(street(rng)))
    .t('^^')
    .id('city', up(rng.pick(CITIES)))
    .t('^')
    .t(rng.pick(STATES))
    .t('^')
    .id('zip', zip(rng))
    .t('\n');
  b.t('NOTE: PT ')
    .id('person-name', `${up(given(rng))} ${up(rng.pick(LAST))}`)
    .t(' ')
    .id('age', String(rng.int(90, 99)))
    .t('YO ');
  b.t(rng.pick(['F', 'M']))
    .t(' ADM ')
    .id('date', date(rng))
    .t(' FOR ')
    .k('CHF EXACERBATION')
    .t('. ');
  b.t('wife ')
    .id('given-name', given(rng, 'f').toLowerCase())
    .t(' at bedside, ph ')
    .id('phone', phone(rng))
    .t('. ');
  b.k('LASIX 40MG IV BID').t('. ').k('K 3.2, MG 1.8').t('. ');
  b.t('ssn:').id('ssn', ssn(rng).replace(/-/g, '')).t(' acct#').id('account-number', rng.digits(9)).t(' ');
  b.t('email:')
    .id('email', email(rng, p.first, p.last))
    .t('\n');
};

// ---------- PhysioNet-deid-style ICU nursing notes ----------

/** Given names that are everyday words or organisms ("Will", "Hope", "Candida"). */
const WORD_NAMES = [
  'Will',
  'Hope',
  'Daisy',
  'Penny',
  'Rusty',
  'Don',
  'Ginger',
  'Candida',
  'Faith',
  'Grace',
  'Bill',
  'Rose',
  'Joy',
  'Art',
  'Sandy',
  'Dawn',
];
const FACILITY_HEAD = [
  'Lakeview',
  'Brookside',
  'Hillcrest',
  'Maple Grove',
  'Riverbend',
  'Oakmont',
  'Fairhaven',
  'Pine Ridge',
  'Cedar Valley',
  'Greenfield',
  'Northshore',
  'Elmwood',
  'Harborview',
  'Wexley',
  'Sterling Park',
];
const FACILITY_TAIL = [
  'Hospital',
  'General Hospital',
  'Medical Center',
  'Nursing Home',
  'Rehab',
  'Rehabilitation Center',
  'Clinic',
  'Health Center',
  'Manor',
  'Care Center',
  'Nursing and Rehab',
  'Community Hospital',
  'Memorial Hospital',
];
const HOLIDAYS = [
  'Christmas',
  'Thanksgiving',
  'Easter',
  "New Year's Eve",
  'Christmas Eve',
  'Labor Day',
  'Memorial Day',
  'July 4th',
  'Halloween',
];
const DEID_NEG = [
  'Neuro: a+ox3, mae, follows commands, perrla.',
  'CV: hr 80s nsr no ectopy, sbp 100-120s, k 3.8 repleted w/ 40meq kcl.',
  'Resp: ls cta, diminished bases, 2l nc sats 95-98%, rr 12-20.',
  'GI: abd soft, +bs, tol clears, no bm, colace/senna given.',
  'GU: foley draining 30-50cc/hr clear yellow urine, lasix 20mg iv x1.',
  'ID: tmax 100.9, wbc 12.1, on vanco/zosyn, bcx pending.',
  'Skin: intact, turned q2-4h, waffle boots on.',
  'Endo: fs 150-180, riss per sliding scale, 4u humalog given.',
  'Heme: hct 27.9, 1 unit prbc given, heparin gtt @ 900u/hr, ptt 60-80.',
  'Pain: c/o incisional pain 6/10, morphine 2-4mg iv q2h prn with relief.',
  'Drips: levophed 0.05-0.1 mcg/kg/min, propofol 20mcg/kg/min, insulin gtt 3u/hr.',
  'Vent: ac 500x14, peep 5, fio2 40%, abg 7.36/44/92.',
  'Candida albicans in urine, fluconazole started.',
  'ginger ale given for nausea with effect.',
  'rusty colored sputum, sent for cx.',
  'pt will need rehab placement, cm aware.',
  'hope to wean vent in am.',
  'may need cxr in am.',
  'Will Need PT Eval Prior To DC.',
  'don gown and gloves per contact precautions.',
  'Ativan 1-2mg iv q4-6h prn agitation.',
  'plan: cont to monitor, wean fio2 as tol, f/u labs.',
  'pt dc to rehab once bed available, SW following.',
  'cardiology clinic appt after dc, pt aware.',
  'MICU team aware of low uo 20-30cc/hr.',
  'ekg: sinus tach 110s, no st changes.',
  'Hx: cad, chf ef 30%, copd on 2l home o2, dm2, cri.',
  'pt oob to chair x1 with pt/ot, tol well.',
  'Coumadin held for inr 3.2, vit k 5mg po given.',
  'lytes repleted: kcl 20meq, mag sulfate 2gm.',
  'sats 88-92% on 4l, rt aware, nebs given.',
  'pt is full code, confirmed w/ family.',
  'cxr: ? lll infiltrate, ? effusion.',
  'Foley dc at 0600, due to void by 1400.',
  'MD aware of hr 120s, lopressor 5mg iv x2 given.',
  'RN to f/u with team re: tf rate.',
  'PT/OT following, recs for rehab.',
  'Hct 30.2 -> 28.1, guaiac neg stools.',
];

function wordName(rng: Rng): string {
  return rng.pick(WORD_NAMES);
}
function facility(rng: Rng): string {
  const head = rng.pick(FACILITY_HEAD);
  const tail = rng.pick(FACILITY_TAIL);
  return rng.chance(0.2) ? `St. ${rng.pick(LAST)}'s ${tail}` : `${head} ${tail}`;
}
/** Phone numbers in the notations nurses write. */
function messyPhone(rng: Rng): string {
  const [a, b, c] = phoneParts(rng);
  return rng.pick([
    `(${a}) ${b}-${c}`,
    `(${a})${b}-${c}`,
    `${a}-${b}-${c}`,
    `${a}.${b}.${c}`,
    `${a} ${b} ${c}`,
    `${a}/${b}-${c}`,
    `${a}${b}${c}`,
    `${b}-${c}`,
    `1-${a}-${b}-${c}`,
    `${a}-${b}${c}`,
  ]);
}
function monthDayFragment(rng: Rng): string {
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return rng.chance(0.5) ? `${m}/${d}` : `${m}-${d}`;
}
function clinician(rng: Rng): { text: string; kind: string } {
  const g = given(rng);
  const l = family(rng);
  return rng.pick([
    { text: `${g[0]}. ${l}`, kind: 'person-name' },
    { text: `${g} ${l}`, kind: 'person-name' },
    { text: `${l}`, kind: 'family-name' },
    { text: `${g[0]}${l[0]}`, kind: 'person-name' },
  ]);
}

function dneg(b: NoteBuilder, rng: Rng, n: number): void {
  for (let i = 0; i < n; i++) b.t(' ').k(rng.pick(DEID_NEG));
}

/**
 * MIMIC-II-like nursing note (the shape of the PhysioNet deid gold standard): terse lower-case
 * shorthand, few identifiers — relatives and clinicians by first name, hospitals, holidays,
 * month/day fragments, phones in any notation, ages over 89.
 */
TEMPLATES.deid = (b, rng) => {
  b.t(
    rng.pick([
      'Nursing Progress Note 7a-7p\n',
      'NPN 1900-0700\n',
      'micu nsg note: ',
      'CCU NPN\n',
      'Nursing note, ',
    ]),
  );
  if (rng.chance(0.35))
    b.id('age', String(rng.int(90, 101))).t(rng.pick([' yo f ', ' y/o m ', 'yo woman ', ' year old man ']));
  else b.k(`${rng.int(40, 89)} yo`).t(' ');
  b.t('admitted ');
  if (rng.chance(0.6)) b.t('from ').id('facility-name', facility(rng)).t(' ');
  b.t('on ').id('date', monthDayFragment(rng)).t(' with ').k('urosepsis').t('.');
  dneg(b, rng, 2);
  b.t('\n');
  const lines: Array<() => void> = [
    () =>
      b
        .t('Family in to visit, ')
        .t(rng.pick(['dtr ', 'daughter ', 'son ', 'wife ', 'husband ', 'niece ']))
        .id('given-name', rng.chance(0.5) ? wordName(rng) : given(rng))
        .t(' updated by RN.'),
    () =>
      b
        .t(rng.pick(['Called ', 'called ', 'Spoke with ', 'spoke w/ ']))
        .t(rng.pick(['daughter ', 'son ', 'wife ', 'sister ', 'grandson ']))
        .id('given-name', wordName(rng))
        .t(' at ')
        .id('phone', messyPhone(rng))
        .t(', questions answered.'),
    () =>
      b
        .t('HCP is ')
        .t(rng.pick(['dtr', 'son', 'husband']))
        .t(' ')
        .id('person-name', `${rng.chance(0.5) ? wordName(rng) : given(rng)} ${family(rng)}`)
        .t(' (')
        .id('phone', messyPhone(rng))
        .t(').'),
    () =>
      b
        .id('person-name', `${wordName(rng)} ${family(rng)}`)
        .t(' (')
        .t(rng.pick(['friend', 'neighbor', 'son']))
        .t(') called for update.'),
    () =>
      b
        .t('Dr. ')
        .id(...((c) => [c.kind, c.text] as [string, string])(clinician(rng)))
        .t(' paged re: ')
        .k('low uo')
        .t(', ')
        .k('500cc NS bolus')
        .t(' given.'),
    () =>
      b
        .t('Dr ')
        .id('person-name', `${given(rng)[0]}`)
        .t(' aware.'),
    () =>
      b
        .t('seen by ')
        .id('person-name', `${given(rng)} ${family(rng)}`)
        .t(rng.pick([' NP', ' (renal)', ', MD', ' from ID']))
        .t('.'),
    () => b.t('per ').id('given-name', wordName(rng)).t(' in pharmacy, ').k('vanco level').t(' at 0500.'),
    () =>
      b
        .t('Pt was at ')
        .id('facility-name', facility(rng))
        .t(' until ')
        .id('date', monthDayFragment(rng))
        .t(', then transferred here.'),
    () => b.t('Plan for dc to ').id('facility-name', facility(rng)).t(' when bed available.'),
    () => b.t('Family plans to visit over ').id('date', rng.pick(HOLIDAYS)).t('.'),
    () => b.t('last BM ').id('date', monthDayFragment(rng)).t(', ').k('colace').t(' given.'),
    () =>
      b
        .t('Last admitted ')
        .id('date', `${rng.int(1, 12)}/${rng.int(1, 28)}`)
        .t(' for ')
        .k('CHF')
        .t('.'),
    () =>
      b
        .t('pt is a ')
        .id('age', String(rng.int(90, 104)))
        .t(' y/o with ')
        .k('dementia')
        .t('.'),
    () =>
      b
        .t('PCP Dr. ')
        .id('family-name', family(rng))
        .t(' at ')
        .id('facility-name', facility(rng))
        .t(' notified.'),
    () =>
      b
        .t('Wife ')
        .id('given-name', given(rng, 'f'))
        .t(' states pt fell on ')
        .id('date', monthDayFragment(rng))
        .t(' at home.'),
    () =>
      b
        .t('Message left for ')
        .t(rng.pick(['son', 'dtr', 'wife']))
        .t(' ')
        .id('given-name', wordName(rng))
        .t(' on cell ')
        .id('phone', messyPhone(rng))
        .t('.'),
    () =>
      b
        .t('Report given to ')
        .id('person-name', `${given(rng)[0]}. ${family(rng)}`)
        .t(' RN at ')
        .id('facility-name', facility(rng))
        .t('.'),
  ];
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    rng.pick(lines)();
    dneg(b, rng, rng.int(1, 2));
    b.t('\n');
  }
  b.t(rng.pick(['-- ', '--', 'Signed: ', '']))
    .id('person-name', `${given(rng)[0]}. ${rng.pick(LAST)}`)
    .t(rng.pick([', RN', ' RN', ' RN, BSN']))
    .t('\n');
};

/** A second, independently phrased deid-style note: other contexts and harder negatives. */
const DEID2_NEG = [
  'transferred to MICU from floor for hypotension.',
  'returned to unit from IR at 1500.',
  'f/u in Cardiology Clinic in 2 wks.',
  'f/u with Heart Failure Clinic, Coumadin Clinic to manage INR.',
  'Rehab screening today, PT recs acute rehab.',
  'pt will go to rehab vs home w/ services.',
  'on 2-4L NC overnight, now on RA.',
  'levo at 0.05-0.1, MAP 60-65.',
  'Haldol 2.5mg IV x1 for agitation, Ativan 0.5-1mg prn.',
  'Mark Site Prior To Procedure.',
  'Don Gown And Gloves Before Entering Room.',
  'Will Follow Up With Team In AM.',
  'Grace period for meds discussed.',
  'Foley to gravity, Swan removed, Hickman line flushed.',
  "Murphy's sign neg, guaiac neg, Trendelenburg for line.",
  'Pt seen by Ortho, PT, OT, Nutrition and SW today.',
  'TF Impact with fiber at 45cc/hr, residuals 10-20cc.',
  'UO 200-300cc/hr after Lasix 40mg IV.',
  'temp 99.1-100.4, cultures sent x2.',
  'Pt has hx of Candida esophagitis.',
  'sputum: yeast, not Candida auris.',
  'Christmas lights on at nsg station, pt enjoyed music.',
  'Hope to extubate in AM if RSBI < 80.',
  'will cont to monitor and notify MD of changes.',
  'plan d/w MICU team and renal fellow.',
  'Sinemet 25/100 TID, Apgar n/a.',
  'ABG 7.32/48/76/26, vent changed to PS 10/5.',
  'Pt states "I want to go home".',
  'Pt watching TV, Red Sox game on.',
  'Chaplain in to visit, pt appreciative.',
];

TEMPLATES.deid2 = (b, rng) => {
  b.t(rng.pick(['Nsg Note 7p-7a: ', 'NURSING ADMIT NOTE\n', 'Addendum: ', 'npn 3-11: ']));
  const lines: Array<() => void> = [
    () =>
      b
        .t('Pt is ')
        .id('age', String(rng.int(90, 99)))
        .t(' yrs old, lives alone in ')
        .id('city', rng.pick(CITIES))
        .t('.'),
    () =>
      b
        .t('Admitted to ')
        .id('facility-name', `${rng.pick(FACILITY_HEAD)} ${rng.pick(['Hospital', 'Medical Center'])}`)
        .t(' ')
        .id('date', monthDayFragment(rng))
        .t(', tx here ')
        .id('date', monthDayFragment(rng))
        .t('.'),
    () =>
      b
        .t('Came from ')
        .id(
          'facility-name',
          `${rng.pick(FACILITY_HEAD)} ${rng.pick(['House', 'Senior Center', 'Home for the Aged', 'Village'])}`,
        )
        .t(' where she resides.'),
    () => b.t('MD ').id('family-name', family(rng)).t(' notified of ').k('BP 80s/40s').t('.'),
    () => b.t('covering NP ').id('given-name', given(rng)).t(' aware, no new orders.'),
    () =>
      b
        .t(rng.pick(['Nephew ', 'Niece ', 'Granddaughter ']))
        .id('person-name', `${wordName(rng)} ${family(rng)}`)
        .t(' visited, very supportive.'),
    () =>
      b
        .t('Emergency contact: ')
        .id('person-name', `${given(rng)} ${family(rng)}`)
        .t(', cell ')
        .id('phone', messyPhone(rng))
        .t(', work ')
        .id('phone', messyPhone(rng))
        .t('.'),
    () => b.t("Pt's friend ").id('given-name', wordName(rng)).t(' brought in clothes.'),
    () =>
      b
        .t('Case discussed w/ Dr. ')
        .id('family-name', family(rng))
        .t(' and ')
        .id('person-name', `${given(rng)[0]}. ${family(rng)}`)
        .t(', NP.'),
    () => b.t('Per ').id('given-name', wordName(rng)).t(' (dtr), pt was independent at baseline.'),
    () =>
      b
        .t('Wife ')
        .id('person-name', `${wordName(rng)} ${family(rng)}`)
        .t(' would like to be called at ')
        .id('phone', messyPhone(rng))
        .t(' with any changes.'),
    () => b.t('Fam to return ').id('date', rng.pick(HOLIDAYS)).t(' am.'),
    () => b.t('Seen in ED ').id('date', monthDayFragment(rng)).t(' for same.'),
    () =>
      b
        .t('Surgery ')
        .id('date', `${rng.int(1, 12)}/${rng.int(1, 28)}`)
        .t(': ')
        .k('CABG x3')
        .t('.'),
    () =>
      b
        .t('report called to ')
        .id('given-name', given(rng))
        .t(' at ')
        .id('facility-name', `${rng.pick(FACILITY_HEAD)} Nursing Home`)
        .t(', ')
        .id('phone', messyPhone(rng))
        .t('.'),
  ];
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    rng.pick(lines)();
    for (let k = rng.int(1, 2); k > 0; k--) b.t(' ').k(rng.pick(DEID2_NEG));
    b.t('\n');
  }
  b.id('person-name', `${given(rng)} ${family(rng)}`).t(rng.pick([', RN', ' RN', ', SN']));
  b.t('\n');
};

/** Held-out phrasing (written after the rules above, measured once — see deid-corpus.test.ts). */
TEMPLATES.deid3 = (b, rng) => {
  b.t(rng.pick(['CSRU Nursing Progress Note\n', 'T/SICU NPN 11p-7a\n', 'Nsg event note: ']));
  const lines: Array<() => void> = [
    () =>
      b
        .t("Pt's ")
        .t(rng.pick(['husband', 'brother', 'sister-in-law', 'goddaughter']))
        .t(', ')
        .id('person-name', `${wordName(rng)} ${family(rng)}`)
        .t(', called from home, ')
        .id('phone', messyPhone(rng))
        .t('.'),
    () =>
      b
        .t('Spoke to ')
        .id('given-name', wordName(rng))
        .t(' (')
        .t(rng.pick(['wife', 'HCP', 'son']))
        .t(') who will be in tomorrow.'),
    () =>
      b
        .t("Hx obtained from pt's PCP, Dr. ")
        .id('person-name', `${given(rng)} ${family(rng)}`)
        .t(', ')
        .id('phone', messyPhone(rng))
        .t('.'),
    () =>
      b
        .t('Pt is a resident of ')
        .id(
          'facility-name',
          `${rng.pick(FACILITY_HEAD)} ${rng.pick(['Nursing Home', 'Rehab', 'Manor', 'Assisted Living'])}`,
        )
        .t('.'),
    () =>
      b
        .t('Pt is a ')
        .id('age', String(rng.int(90, 102)))
        .t(' y.o. ')
        .t(rng.pick(['female', 'male']))
        .t(' s/p fall ')
        .id('date', monthDayFragment(rng))
        .t('.'),
    () => b.t('Pt was here last ').id('date', rng.pick(HOLIDAYS)).t(' with same.'),
    () => b.t('CT done ').id('date', monthDayFragment(rng)).t(' at OSH.'),
    () =>
      b
        .t('Paged ')
        .id('person-name', `Dr. ${family(rng)}`.slice(4))
        .t(' x2, awaiting call back.'),
    () =>
      b
        .t('Cardiology (')
        .id('person-name', `${given(rng)[0]}. ${family(rng)}`)
        .t(') in to see pt.'),
    () => b.t('Daughter-in-law ').id('given-name', given(rng, 'f')).t(' in to visit w/ grandchildren.'),
  ];
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    rng.pick(lines)();
    for (let k = rng.int(1, 2); k > 0; k--) b.t(' ').k(rng.pick(rng.chance(0.5) ? DEID_NEG : DEID2_NEG));
    b.t('\n');
  }
  b.id('person-name', `${given(rng)[0]}. ${family(rng)}`).t(', RN\n');
};

const STYLES = Object.keys(TEMPLATES).filter((s) => !s.startsWith('deid'));

/** `n` notes from a seed; the same seed gives the same corpus. */
export function generateCorpus(
  n: number,
  seed = 'text-corpus',
  styles: readonly string[] = STYLES,
): CorpusNote[] {
  const out: CorpusNote[] = [];
  for (let i = 0; i < n; i++) {
    const rng = rngFor(seed, i);
    const style = styles[i % styles.length] ?? 'nursing';
    const b = new NoteBuilder();
    (TEMPLATES[style] as Template)(b, rng);
    out.push({ text: b.text, gold: b.gold, keep: b.keep, style });
  }
  return out;
}

export interface CategoryScore {
  category: number;
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
}

export interface CorpusScore {
  recall: number;
  precision: number;
  /** Share of clinical keep-phrases left untouched. */
  preserved: number;
  byCategory: CategoryScore[];
  /** Recall per gold kind (kind → [found, gold]). */
  byKind: Record<string, [number, number]>;
  misses: { style: string; kind: string; value: string; around: string }[];
  falsePositives: { style: string; kind: string; value: string }[];
}

/**
 * Scores detected spans against the gold spans. A gold identifier counts as found when every
 * letter and digit of it is covered by some detected span (any kind: scrub removes it either
 * way); a detected span counts as correct when it overlaps a gold identifier.
 */
export function scoreCorpus(notes: CorpusNote[], detect: (text: string) => Span[]): CorpusScore {
  const cats = new Map<number, CategoryScore>();
  const cat = (c: number) => {
    let s = cats.get(c);
    if (!s) {
      s = { category: c, gold: 0, found: 0, predicted: 0, correct: 0, recall: 1, precision: 1 };
      cats.set(c, s);
    }
    return s;
  };
  let keepTotal = 0;
  let keepKept = 0;
  const misses: CorpusScore['misses'] = [];
  const byKind: Record<string, [number, number]> = {};
  const falsePositives: CorpusScore['falsePositives'] = [];
  for (const note of notes) {
    const spans = detect(note.text);
    const covered = new Uint8Array(note.text.length);
    for (const s of spans) covered.fill(1, s.start, s.end);
    for (const g of note.gold) {
      const c = cat(categoryOf(g.kind));
      c.gold++;
      let ok = true;
      for (let i = g.start; i < g.end; i++)
        if (!covered[i] && /[A-Za-z0-9]/.test(note.text[i] ?? '')) ok = false;
      const bk = byKind[g.kind] ?? [0, 0];
      byKind[g.kind] = bk;
      bk[1]++;
      if (ok) bk[0]++;
      if (ok) c.found++;
      else
        misses.push({
          style: note.style,
          kind: g.kind,
          value: note.text.slice(g.start, g.end),
          around: note.text.slice(Math.max(0, g.start - 30), g.end + 20),
        });
    }
    for (const s of spans) {
      const c = cat(s.category);
      c.predicted++;
      if (note.gold.some((g) => g.start < s.end && s.start < g.end)) c.correct++;
      else falsePositives.push({ style: note.style, kind: s.kind, value: note.text.slice(s.start, s.end) });
    }
    for (const k of note.keep) {
      keepTotal++;
      if (!spans.some((s) => s.start < k.end && k.start < s.end)) keepKept++;
    }
  }
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  for (const c of cats.values()) {
    c.recall = c.gold === 0 ? 1 : c.found / c.gold;
    c.precision = c.predicted === 0 ? 1 : c.correct / c.predicted;
    gold += c.gold;
    found += c.found;
    predicted += c.predicted;
    correct += c.correct;
  }
  return {
    recall: gold === 0 ? 1 : found / gold,
    precision: predicted === 0 ? 1 : correct / predicted,
    preserved: keepTotal === 0 ? 1 : keepKept / keepTotal,
    byCategory: [...cats.values()].sort((a, b) => a.category - b.category),
    byKind,
    misses,
    falsePositives,
  };
}
