/**
 * A production-like export built from hand-written rules of what REAL identifiers look like —
 * deliberately not from placebo's catalogue or fake ranges — with ground truth of every planted
 * identifier value. All values are invented here by a seeded generator; none is from a real record.
 */
import { type Rng, rngFor } from '../../src/core/rng.js';

const GIVEN = [
  'Maria',
  'James',
  'Linda',
  'Robert',
  'Patricia',
  'Michael',
  'Jennifer',
  'David',
  'Susan',
  'Thomas',
];
const FAMILY = [
  'Garcia',
  'Johnson',
  'Okafor',
  'Nguyen',
  'Kowalski',
  'Brennan',
  'Haddad',
  'Lindqvist',
  'Moreau',
];
const STREETS = ['Maple', 'Oak', 'Cedar', 'Washington', 'Lakeview', 'Hillcrest', 'Elm'];
const SUFFIX = ['St', 'Ave', 'Rd', 'Blvd', 'Ln'];
const CITIES = ['Springfield', 'Riverton', 'Fairview', 'Georgetown', 'Salem'];
const STATES = ['MA', 'OH', 'TX', 'CA', 'NY'];
/** Area codes in service (hand-picked). */
const NPAS = ['617', '212', '415', '312', '713', '404', '206', '303', '614', '919'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net', 'icloud.com'];
/** Letters CMS uses in MBI letter positions (all but S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

export interface Planted {
  line: number;
  field: string;
  kind: string;
  category: number;
  /** For values planted inside free text. */
  span?: { start: number; end: number };
}

export interface Export {
  header: string[];
  rows: string[][];
  planted: Planted[];
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function ssn(r: Rng): string {
  let area = r.int(1, 665);
  if (area === 78 || area === 219) area += 1; // stay clear of the two famous sample numbers' areas
  return `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
}

function phone(r: Rng): string {
  let nxx = r.int(201, 999);
  if (nxx === 555 || nxx % 100 === 11) nxx = 432;
  return `(${r.pick(NPAS)}) ${nxx}-${pad(r.int(0, 9999), 4)}`;
}

function publicIp(r: Rng): string {
  // First octets of ordinary ISP space: never private, loopback, link-local or documentation.
  const a = r.pick([24, 45, 67, 68, 73, 98, 107, 142, 174, 208]);
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function mbi(r: Rng): string {
  const L = () => MBI_LETTERS.charAt(r.int(0, MBI_LETTERS.length - 1));
  const D = () => String(r.int(0, 9));
  const AN = () => (r.chance(0.5) ? D() : L());
  return `${r.int(1, 9)}${L()}${AN()}${D()}${L()}${AN()}${D()}${L()}${L()}${D()}${D()}`;
}

function date(r: Rng, y0: number, y1: number): string {
  return `${r.int(y0, y1)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
}

export const EXPORT_HEADER = [
  'MRN',
  'patient_name',
  'SSN',
  'DOB',
  'home_phone',
  'email',
  'address',
  'city',
  'state',
  'zip',
  'last_login_ip',
  'medicare_mbi',
  'visit_date',
  'note',
];

/** Build `count` rows; `lineOf(i)` gives the file line of row i (CSV: i + 2). */
export function buildExport(count: number, seed: string, lineOf: (i: number) => number): Export {
  const rows: string[][] = [];
  const planted: Planted[] = [];
  for (let i = 0; i < count; i++) {
    const r = rngFor('check-prod-export', seed, i);
    const line = lineOf(i);
    const given = r.pick(GIVEN);
    const family = r.pick(FAMILY);
    const name = `${given} ${family}`;
    const v = {
      mrn: pad(r.int(100000, 9999999), 8),
      ssn: ssn(r),
      phone: phone(r),
      email: `${given.toLowerCase()}.${family.toLowerCase()}${r.int(1, 99)}@${r.pick(DOMAINS)}`,
      ip: publicIp(r),
      mbi: mbi(r),
      zip: pad(r.int(1001, 99950), 5),
    };
    const row = [
      v.mrn,
      name,
      v.ssn,
      date(r, 1935, 2010),
      v.phone,
      v.email,
      `${r.int(2, 9999)} ${r.pick(STREETS)} ${r.pick(SUFFIX)}`,
      r.pick(CITIES),
      r.pick(STATES),
      v.zip,
      v.ip,
      v.mbi,
      date(r, 2019, 2024),
      '',
    ];
    const plant = (field: string, kind: string, category: number) =>
      planted.push({ line, field, kind, category });
    plant('MRN', 'mrn', 8);
    plant('patient_name', 'person-name', 1);
    plant('SSN', 'ssn', 7);
    plant('home_phone', 'phone', 4);
    plant('email', 'email', 6);
    // address, city and DOB are planted too, but no street, city or date can be proven fake or
    // real: check reports them only next to a record's findings ("record also holds …").
    plant('zip', 'zip', 2);
    plant('last_login_ip', 'ip-address', 15);
    plant('medicare_mbi', 'mbi', 9);

    // A note mentioning some of the identifiers, with ground-truth offsets.
    let note = '';
    const say = (text: string) => {
      note += text;
    };
    const mention = (value: string, kind: string, category: number) => {
      planted.push({
        line,
        field: 'note',
        kind,
        category,
        span: { start: note.length, end: note.length + value.length },
      });
      note += value;
    };
    say('Pt seen today for follow-up. ');
    if (r.chance(0.6)) {
      say('Call back at ');
      mention(v.phone, 'phone', 4);
      say(' if symptoms worsen. ');
    }
    if (r.chance(0.4)) {
      say('Portal message sent to ');
      mention(v.email, 'email', 6);
      say('. ');
    }
    if (r.chance(0.5)) {
      say('Spoke with patient ');
      mention(name, 'person-name', 1);
      say(' about the plan. ');
    }
    if (r.chance(0.3)) {
      say('Insurance verified, SSN ');
      mention(v.ssn, 'ssn', 7);
      say(' on file. ');
    }
    say('BP stable, continue current meds.');
    row[13] = note;
    rows.push(row);
  }
  return { header: [...EXPORT_HEADER], rows, planted };
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(e: Export): string {
  return `${[e.header, ...e.rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

export function toNdjson(e: Export): string {
  return e.rows
    .map((row) => JSON.stringify(Object.fromEntries(e.header.map((h, i) => [h, row[i] ?? '']))))
    .join('\n')
    .concat('\n');
}
