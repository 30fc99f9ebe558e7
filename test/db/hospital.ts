/**
 * A realistic typed hospital schema for the staging-refresh tests, in each dialect: bigint and
 * UUID keys, a composite key, a self-reference (guarantor → patient), nullable foreign keys,
 * date / timestamp / timestamptz columns, varchar(n), CHECK constraints, a unique email, a view
 * and an index. Values are invented here (real-looking, from syllables no name list holds).
 */
import { rngFor } from '../../src/core/rng.js';
import type { TestDb } from './helpers.js';

type Dialect = TestDb['dialect'];

const TYPES: Record<Dialect, { uuid: string; tstz: string; ts: string }> = {
  postgres: { uuid: 'uuid', tstz: 'timestamptz', ts: 'timestamp' },
  mysql: { uuid: 'CHAR(36)', tstz: 'DATETIME(6)', ts: 'DATETIME' },
  sqlite: { uuid: 'TEXT', tstz: 'TEXT', ts: 'TIMESTAMP' },
};

export function hospitalDdl(dialect: Dialect): string[] {
  const t = TYPES[dialect];
  return [
    `CREATE TABLE providers (id integer PRIMARY KEY, npi varchar(10) NOT NULL, specialty varchar(40) NOT NULL)`,
    `CREATE TABLE patients (id bigint PRIMARY KEY, mrn varchar(20) NOT NULL UNIQUE, given_name varchar(60) NOT NULL,
       family_name varchar(60) NOT NULL, birth_date date NOT NULL, sex char(1) NOT NULL CHECK (sex IN ('F', 'M', 'U')),
       email varchar(120) UNIQUE, phone varchar(24), street varchar(120),
       guarantor_id bigint, registered_at ${t.tstz} NOT NULL,
       FOREIGN KEY (guarantor_id) REFERENCES patients (id))`,
    `CREATE TABLE encounters (id ${t.uuid} PRIMARY KEY, patient_id bigint NOT NULL, provider_id integer,
       admitted_at ${t.ts} NOT NULL, discharged_at ${t.ts},
       CHECK (discharged_at IS NULL OR discharged_at >= admitted_at),
       FOREIGN KEY (patient_id) REFERENCES patients (id), FOREIGN KEY (provider_id) REFERENCES providers (id))`,
    `CREATE TABLE diagnoses (encounter_id ${t.uuid} NOT NULL, seq smallint NOT NULL, icd10 varchar(8) NOT NULL,
       PRIMARY KEY (encounter_id, seq), FOREIGN KEY (encounter_id) REFERENCES encounters (id))`,
    `CREATE INDEX encounters_admitted_idx ON encounters (admitted_at)`,
    `CREATE VIEW patient_visits AS SELECT e.id AS encounter_id, p.mrn, e.admitted_at
       FROM encounters e JOIN patients p ON p.id = e.patient_id`,
  ];
}

const SYLL = [
  'bran',
  'deth',
  'quil',
  'more',
  'vask',
  'orin',
  'tel',
  'marw',
  'ick',
  'dun',
  'sta',
  'ble',
  'fen',
  'low',
];

export interface HospitalData {
  /** INSERT statements, parents first. */
  inserts: string[];
  /** Text identifier values (names, MRN, email, phone, street) that must not survive. */
  identifiers: string[];
  counts: Record<string, number>;
}

const q = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);

export function hospitalData(patients: number): HospitalData {
  const rng = rngFor('test', 'hospital');
  const word = () => {
    const w = Array.from({ length: 3 }, () => rng.pick(SYLL)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const inserts: string[] = [];
  const identifiers: string[] = [];
  const counts = { providers: 5, patients, encounters: 0, diagnoses: 0 };
  for (let i = 1; i <= 5; i++)
    inserts.push(
      `INSERT INTO providers VALUES (${i}, '${1000000000 + i * 7919}', '${rng.pick(['cardiology', 'family medicine', 'oncology'])}')`,
    );
  const hex = () => Array.from({ length: 32 }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
  for (let p = 1; p <= patients; p++) {
    const id = 9_000_000_000 + p * 37;
    const given = `${word()}${p}`;
    const family = `${word()}${p}`;
    const mrn = `MRN${String(4_100_000 + p * 13).padStart(9, '0')}`;
    const email = p % 5 === 0 ? null : `${given.toLowerCase()}.${family.toLowerCase()}@mailbox-${p % 7}.net`;
    const phone = `(617) 4${String(10 + (p % 80)).padStart(2, '0')}-${String(1000 + p).slice(-4)}`;
    const street = `${100 + p} ${word()} Street`;
    const year = 1928 + rng.int(0, 85);
    const birth = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const guarantor = p > 3 && p % 3 === 0 ? 9_000_000_000 + (p - 2) * 37 : null;
    identifiers.push(given, family, mrn, phone, street, ...(email ? [email] : []));
    inserts.push(
      `INSERT INTO patients VALUES (${id}, '${mrn}', '${given}', '${family}', '${birth}', '${rng.pick(['F', 'M', 'U'])}', ${q(email)}, '${phone}', '${street}', ${q(guarantor)}, '2023-0${rng.int(1, 9)}-1${rng.int(0, 9)} 0${rng.int(0, 9)}:15:00')`,
    );
    for (let e = 0; e < rng.int(0, 3); e++) {
      const h = hex();
      const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
      const day = rng.int(10, 27);
      const admitted = `2024-0${rng.int(1, 9)}-${day} 08:${rng.int(10, 59)}:00`;
      const discharged = rng.chance(0.3) ? null : admitted.replace(/-(\d\d) /, `-${day + 1} `);
      inserts.push(
        `INSERT INTO encounters VALUES ('${uuid}', ${id}, ${rng.chance(0.2) ? 'NULL' : rng.int(1, 5)}, '${admitted}', ${q(discharged)})`,
      );
      counts.encounters++;
      for (let d = 1; d <= rng.int(0, 3); d++) {
        inserts.push(
          `INSERT INTO diagnoses VALUES ('${uuid}', ${d}, '${rng.pick(['E11.9', 'I10', 'J45.909', 'N18.3'])}')`,
        );
        counts.diagnoses++;
      }
    }
  }
  return { inserts, identifiers, counts };
}
