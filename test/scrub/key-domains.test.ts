/**
 * Keys survive scrub: generated files scrubbed in one run still join on every foreign key (csv,
 * ndjson, json), with every person and record key replaced by a value of the same type; the
 * inference names its evidence; and two refreshes with the same vault give identical keys.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { nameAgrees } from '../../src/scrub/keys/infer-files.js';
import { hospitalData, hospitalDdl } from '../db/hospital.js';
import { placebo } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'placebo-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, string | number | null>;

function readTable(file: string): Row[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.csv')) return parse(text, { columns: true }) as Row[];
  if (file.endsWith('.ndjson'))
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
  return JSON.parse(text) as Row[];
}

function tables(folder: string): Map<string, Row[]> {
  return new Map(readdirSync(folder).map((f) => [f.replace(/\.\w+$/, ''), readTable(join(folder, f))]));
}

/** `patient_id` → `patients`, `condition_id` → `conditions`. */
const parentOf = (column: string) => `${column.replace(/_id$/, '')}s`;

describe('generate, then scrub every table in one run', () => {
  for (const format of ['csv', 'ndjson', 'json'] as const) {
    it(`keeps every foreign key joining (${format})`, () => {
      const gen = join(dir, `gen-${format}`);
      const out = join(dir, `out-${format}`);
      const g = placebo(
        ['generate', '--count', '30', '--seed', '2', '--format', format, '--out', gen, '--quiet'],
        {
          cwd: dir,
        },
      );
      expect(g.code, g.stderr).toBe(0);
      const files = readdirSync(gen).map((f) => join(gen, f));
      const r = placebo(
        ['scrub', ...files, '--out', out, '--report', join(dir, `${format}.json`), '--quiet'],
        {
          cwd: dir,
        },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const before = tables(gen);
      const after = tables(out);
      let joins = 0;
      for (const [table, rows] of after) {
        const original = before.get(table)!;
        expect(rows.length).toBe(original.length);
        rows.forEach((row, i) => {
          // Every person and record key is new, and keeps its type.
          expect(row.id, `${table}.id`).not.toEqual(original[i]!.id);
          expect(typeof row.id).toBe(typeof original[i]!.id);
          for (const [column, value] of Object.entries(row)) {
            const parent = after.get(parentOf(column));
            // `member_id` is an identifier, not a key: only columns named after a table are keys.
            if (!column.endsWith('_id') || !parent || value === null || value === '') continue;
            expect(
              parent.some((p) => p.id === value),
              `${table}.${column}`,
            ).toBe(true);
            joins++;
          }
        });
      }
      expect(joins).toBeGreaterThan(500);
      const report = JSON.parse(readFileSync(join(dir, `${format}.json`), 'utf8')) as { notes: string[] };
      expect(report.notes).toContainEqual(
        expect.stringMatching(/^inferred foreign key encounters\.patient_id → patients\.id: the name agrees/),
      );
      expect(report.notes).toContainEqual(
        expect.stringMatching(/^key domain patients\.id .*person identifiers/),
      );
    }, 300_000);
  }

  it('column names agree with tables in the usual spellings', () => {
    for (const c of ['patient_id', 'PATIENT', 'PATIENTID', 'patientId', 'SUPERVISINGPROVIDERID'])
      expect(nameAgrees(c, c.toLowerCase().includes('provider') ? 'providers' : 'patients'), c).toBe(true);
    expect(nameAgrees('allergy_id', 'allergies')).toBe(true);
    expect(nameAgrees('description', 'patients')).toBe(false);
    expect(nameAgrees('APPOINTMENTID', 'encounters')).toBe(false);
  });
});

describe('nightly refresh with a vault', () => {
  it('gives every key the same replacement as the night before', () => {
    const src = join(dir, 'prod.db');
    const db = new Database(src);
    for (const sql of hospitalDdl('sqlite')) db.exec(sql);
    for (const sql of hospitalData(40).inserts) db.exec(sql);
    db.close();
    const env = { PLACEBO_VAULT_KEY: 'a'.repeat(64) };
    const keys = (night: string) => {
      const r = placebo(
        [
          'scrub',
          '--from',
          `sqlite:${src}`,
          '--to',
          `sqlite:${join(dir, night)}`,
          '--vault',
          'keys.vault',
          '--quiet',
        ],
        {
          cwd: dir,
          env,
        },
      );
      expect(r.code, r.stderr).toBe(0);
      const out = new Database(join(dir, night), { readonly: true });
      try {
        return {
          patients: out.prepare('SELECT id, guarantor_id FROM patients ORDER BY rowid').all(),
          encounters: out.prepare('SELECT id, patient_id FROM encounters ORDER BY rowid').all(),
          diagnoses: out.prepare('SELECT encounter_id, seq FROM diagnoses ORDER BY rowid').all(),
        };
      } finally {
        out.close();
      }
    };
    const monday = keys('monday.db');
    const tuesday = keys('tuesday.db');
    expect(monday.encounters.length).toBeGreaterThan(10);
    expect(tuesday).toEqual(monday);
  }, 300_000);
});
