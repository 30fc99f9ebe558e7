/**
 * Recall on generated data with ground truth: `placebo generate --truth` plants identifiers in
 * structured columns and in notes (truth spans); `placebo scrub` must change every structured
 * identifier cell (100%) and should catch the planted note spans.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';
import { parseCsv } from './helpers/fixtures.js';

/** Identifier columns of the default generator schema's patients table. */
const PATIENT_IDS = [
  'mrn',
  'given_name',
  'middle_name',
  'family_name',
  'birth_date',
  'deceased_date',
  'ssn',
  'medicare_mbi',
  'member_id',
  'account_number',
  'phone_home',
  'phone_mobile',
  'fax',
  'email',
  'street',
  'city',
  'county',
  'zip',
  'drivers_license',
  'emergency_contact_name',
  'emergency_contact_phone',
  'employer',
  'portal_url',
  'portal_username',
  'last_login_ip',
  'device_udi',
  'device_serial',
  'vehicle_vin',
];

interface Truth {
  table: string;
  id: string;
  column: string;
  start: number;
  end: number;
  kind: string;
}

describe('recall on generated data', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'placebo-recall-'));
    const g = placebo(['generate', '--out', 'gen', '--count', '40', '--truth', 'truth.ndjson', '--quiet'], {
      cwd: dir,
    });
    expect(g.stderr).toBe('');
    expect(g.code).toBe(0);
    const s = placebo(
      [
        'scrub',
        'gen/patients.csv',
        'gen/notes.csv',
        'gen/encounters.csv',
        '--out',
        'out',
        '--spans',
        'spans.ndjson',
        '--quiet',
      ],
      { cwd: dir },
    );
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
  });

  it('changes 100% of structured identifier cells', () => {
    const input = parseCsv(readFileSync(join(dir, 'gen/patients.csv'), 'utf8'));
    const output = parseCsv(readFileSync(join(dir, 'out/patients.csv'), 'utf8'));
    expect(output).toHaveLength(input.length);
    const missed: string[] = [];
    let total = 0;
    input.forEach((row, i) => {
      for (const c of PATIENT_IDS) {
        const v = row[c];
        if (v === undefined || v === '') continue;
        total++;
        if (output[i]![c] === v) missed.push(c);
      }
    });
    expect(total).toBeGreaterThan(40 * 15);
    expect(missed).toEqual([]);
    const encIn = parseCsv(readFileSync(join(dir, 'gen/encounters.csv'), 'utf8'));
    const encOut = parseCsv(readFileSync(join(dir, 'out/encounters.csv'), 'utf8'));
    encIn.forEach((row, i) => {
      expect(encOut[i]!.encounter_number).not.toBe(row.encounter_number);
      expect(encOut[i]!.start_time).toMatch(/^\d{4}$/);
    });
  });

  it('detects the planted free-text identifiers', () => {
    const truth = readFileSync(join(dir, 'truth.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Truth)
      .filter((t) => t.table === 'notes');
    const notes = parseCsv(readFileSync(join(dir, 'gen/notes.csv'), 'utf8'));
    const rowOf = new Map(notes.map((n, i) => [n.id!, i]));
    const found = readFileSync(join(dir, 'spans.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { file: string; record: number; field: string; start: number; end: number },
      )
      .filter((s) => s.file.endsWith('notes.csv'));
    let hit = 0;
    for (const t of truth) {
      const r = rowOf.get(t.id);
      if (found.some((s) => s.record === r && s.field === t.column && s.start < t.end && s.end > t.start))
        hit++;
    }
    const recall = hit / truth.length;
    expect(truth.length).toBeGreaterThan(100);
    // The text detector's own suite scores it per category; here: scrub wires it in end to end.
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
