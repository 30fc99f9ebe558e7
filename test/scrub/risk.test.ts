/**
 * Re-identification risk in the scrub report: records grouped by the quasi-identifiers left in
 * the output, counted against k = 11. Twelve people share one combination (year, sex, ZIP3,
 * state); three are alone in theirs. Only counts and field names reach the report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { placebo } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'placebo-risk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives the smallest group and the records in groups smaller than 11, never a value', () => {
  const rows = ['patient_name,sex,birth_date,zip,state,ward'];
  // Twelve people born in 1961 (different days: the year is what is left), ZIP 021xx, MA.
  for (let i = 0; i < 12; i++)
    rows.push(`Person Number${i},F,1961-0${1 + (i % 9)}-1${i % 10},0213${i % 10},MA,B`);
  rows.push(
    'Odd One,M,1948-11-03,89301,NV,C',
    'Odd Two,F,1933-02-14,60614,IL,C',
    'Odd Three,M,1990-07-30,94110,CA,C',
  );
  writeFileSync(join(dir, 'patients.csv'), `${rows.join('\n')}\n`);
  const r = placebo(['scrub', 'patients.csv', '--out', 'out', '--report', 'report.json', '--quiet'], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  const text = readFileSync(join(dir, 'report.json'), 'utf8');
  const risk = JSON.parse(text).files[0].risk;
  expect(risk).toEqual({
    k: 11,
    quasiIdentifiers: [
      { name: 'ZIP3', fields: ['zip'] },
      { name: 'birth year', fields: ['birth_date'] },
      { name: 'sex', fields: ['sex'] },
      { name: 'state', fields: ['state'] },
    ],
    records: 15,
    groups: 4,
    smallestGroup: 1,
    inSmallGroups: 3,
  });
  for (const v of ['1961', '021', '89301', 'Number0']) expect(text.includes(`"${v}`)).toBe(false);
});
