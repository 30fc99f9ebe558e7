/**
 * Invented, real-looking export rows with ground truth (which cells hold identifiers). Values are
 * made up by this code from small lists; none comes from a real record. The shapes are realistic
 * on purpose (non-555 phones, SSNs outside the 666/9xx ranges, ordinary mail domains) so that a
 * value surviving the scrub would be caught by the assertions.
 */
import { rngFor } from '../../../src/core/rng.js';

const GIVEN = [
  'Harriet',
  'Bartholomew',
  'Ottoline',
  'Cornelius',
  'Philippa',
  'Ignatius',
  'Rosamund',
  'Thaddeus',
];
const FAMILY = [
  'Quimby',
  'Kettleby',
  'Marchbanks',
  'Vandersloot',
  'Pemberton',
  'Ashcombe',
  'Wolverton',
  'Halloran',
];
const STREETS = ['Larkspur Lane', 'Oriel Street', 'Quarry Road', 'Tamarack Avenue', 'Wicklow Court'];
const CITIES = ['Wrentham', 'Lowestoft', 'Ashby', 'Millbury', 'Dunstable'];
const ZIPS = ['02139', '03601', '10001', '20201', '94110', '60614', '89301'];
const DOMAINS = ['aolmail.net', 'granitemail.com', 'postbox.org', 'mailhaven.net'];
const EMPLOYERS = ['Harrowgate Mills', 'Copperline Freight', 'Bellweather Foods'];

export interface FixtureRow {
  [column: string]: string;
}

export const IDENTIFIER_COLUMNS = [
  'patient_name',
  'mrn',
  'dob',
  'street',
  'city',
  'zip',
  'phone',
  'email',
  'ssn',
  'encounter_id',
  'guarantor_name',
  'emergency_contact_phone',
  'employer',
] as const;

export function patientRows(n: number, seed = 'fixture'): FixtureRow[] {
  const rows: FixtureRow[] = [];
  for (let i = 0; i < n; i++) {
    const r = rngFor(seed, i);
    const given = r.pick(GIVEN);
    const family = `${r.pick(FAMILY)}${i}`;
    const old = i % 7 === 3;
    const year = old ? 1925 + r.int(0, 5) : 1950 + r.int(0, 50);
    const dob = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const mrn = `MRN${String(4400000 + i * 7)}`;
    const phone = `(617) 253-${String(1000 + i).padStart(4, '0')}`;
    rows.push({
      patient_name: `${given} ${family}`,
      mrn,
      dob,
      age: String(2026 - year - 1),
      street: `${r.int(10, 990)} ${r.pick(STREETS)}`,
      city: r.pick(CITIES),
      state: 'MA',
      zip: r.pick(ZIPS),
      phone,
      email: `${given.toLowerCase()}.${family.toLowerCase()}@${r.pick(DOMAINS)}`,
      ssn: `${r.int(100, 599)}-${String(r.int(10, 99))}-${String(1000 + i).padStart(4, '0')}`,
      encounter_id: `ENC${String(7700000 + i)}`,
      guarantor_name: `${r.pick(GIVEN)} ${r.pick(FAMILY)}${i + 1000}`,
      emergency_contact_phone: `(508) 867-${String(2000 + i).padStart(4, '0')}`,
      employer: r.pick(EMPLOYERS),
      systolic: String(r.int(100, 160)),
      diagnosis: r.pick(['hypertension', 'type 2 diabetes', 'asthma', 'osteoarthritis']),
      notes: `${given} ${family} (${mrn}) seen on 03/${String(1 + (i % 28)).padStart(2, '0')}/2024 for follow-up. Call ${phone} with results.`,
    });
  }
  return rows;
}

function cell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly FixtureRow[]): string {
  const header = Object.keys(rows[0]!);
  return `${[header.join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))].join('\n')}\n`;
}

/** A small RFC 4180 parser for reading outputs back in tests. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cur);
      cur = '';
    } else if (c === '\n') {
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
    } else if (c !== '\r') cur += c;
  }
  if (cur || row.length) {
    row.push(cur);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}
