/**
 * Generated clinical notes for the benches: the clinical generator's charts for a fixed, obviously
 * fake patient row, with patients spread over birth years 1925–2024, both sexes, one in ten deceased.
 */
import type { Rng } from '../core/rng.js';
import { buildChart } from '../generate/clinical/chart.js';
import type { PatientFacts, PatientRow } from '../generate/clinical/types.js';

export const ROW: PatientRow = {
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

export function factsFor(i: number): PatientFacts {
  const year = 1925 + (i % 100);
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    birthDate: `${year}-${month}-15`,
    sex: i % 2 === 0 ? 'female' : 'male',
    deathDate: i % 10 === 0 && year < 2020 ? '2023-03-01' : null,
    refDate: '2025-06-30',
  };
}

/** The note texts of `patients` generated charts. */
export function generatedNotes(rng: Rng, patients: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < patients; i++) {
    for (const note of buildChart(rng.derive(`p${i}`), factsFor(i), ROW).notes) out.push(note.text);
  }
  return out;
}
