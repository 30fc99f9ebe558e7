/**
 * Clinical model throughput: buildChart calls per second on one core (CPU time of this process,
 * since the machine may be shared), for charts read without notes (notes are built lazily) and
 * with every note rendered. Patients are spread over birth years 1925–2024, both sexes, one in
 * ten deceased; the patient row is a fixed obviously-fake row.
 */
import { rngFor } from '../core/rng.js';
import { buildChart } from '../generate/clinical/chart.js';
import type { PatientFacts, PatientRow } from '../generate/clinical/types.js';
import type { Bench, BenchRow } from './types.js';

const ROW: PatientRow = {
  id: 1,
  mrn: 'TEST0000001',
  given_name: 'Daffy',
  middle_name: 'Q',
  family_name: 'ZZTEST-Duck',
  birth_date: '1950-01-01',
  ssn: '666-04-2917',
  member_id: 'ZZTEST000001',
  account_number: 'TEST000001',
  medicare_mbi: '1S00A00AA00',
  phone_home: '(202) 555-0142',
  phone_mobile: '(202) 555-0143',
  fax: '(202) 555-0144',
  email: 'daffy.duck@example.com',
  street: '1 Test Lane',
  city: 'Testville',
  state: 'IL',
  zip: '00042',
  drivers_license: 'TEST1234567',
  emergency_contact_name: 'Jane ZZTEST-Roe',
  emergency_contact_relationship: 'daughter',
  emergency_contact_phone: '(202) 555-0145',
  employer: 'ZZTEST Acme',
  portal_url: 'https://portal.example.com/p/1',
  portal_username: 'test_daffy',
  last_login_ip: '203.0.113.7',
  device_serial: 'TESTSN000001',
};

function factsFor(i: number): PatientFacts {
  const year = 1925 + (i % 100);
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    birthDate: `${year}-${month}-15`,
    sex: i % 2 === 0 ? 'female' : 'male',
    deathDate: i % 10 === 0 && year < 2020 ? '2023-03-01' : null,
    refDate: '2025-06-30',
  };
}

function measure(n: number, withNotes: boolean): { rate: number; perPatient: string } {
  let encounters = 0;
  let observations = 0;
  let noteChars = 0;
  buildChart(rngFor('warm'), factsFor(0), ROW).notes.length; // load data, compile templates
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const chart = buildChart(rngFor('bench', 'patients', i), factsFor(i), ROW);
    encounters += chart.encounters.length;
    observations += chart.observations.length;
    if (withNotes) for (const note of chart.notes) noteChars += note.text.length;
  }
  const c = process.cpuUsage(c0);
  const seconds = (c.user + c.system) / 1e6;
  const perPatient = `${(encounters / n).toFixed(1)} encounters, ${(observations / n).toFixed(0)} observations${withNotes ? `, ${Math.round(noteChars / n)} note chars` : ''} per patient`;
  return { rate: n / seconds, perPatient };
}

export const run: Bench = async ({ quick }) => {
  const n = quick ? 2000 : 50_000;
  const rows: BenchRow[] = [];
  const bare = measure(n, false);
  rows.push({
    name: 'buildChart, notes not read',
    value: bare.rate,
    unit: 'patients/s',
    note: bare.perPatient,
  });
  const full = measure(n, true);
  rows.push({
    name: 'buildChart, every note rendered',
    value: full.rate,
    unit: 'patients/s',
    baselineName: 'notes not read',
    baseline: bare.rate,
    ratio: full.rate / bare.rate,
    note: full.perPatient,
  });
  return rows;
};
