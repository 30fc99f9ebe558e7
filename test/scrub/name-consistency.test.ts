/**
 * Surrogates a tester can work with (issue 18, section 5): one original name, one fake name in
 * every file and row of a run and, with the same vault, in the next run; a fake given name
 * follows the sex recorded for the record's own person, not for the other people it names.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordLists } from '../../src/catalogue/word-lists.js';
import type { Span } from '../../src/detect/text/types.js';
import { kindFromRecord } from '../../src/scrub/text-replace.js';
import { placebo } from './helpers/cli.js';
import { parseCsv } from './helpers/fixtures.js';

const KEY = 'c0ffee01'.repeat(8);
let dir: string;

// Invented people. "Alan Whitfield" is the attending in three rows of two files, written three ways.
const VISITS = [
  'patient_name,sex,attending,ward',
  'Harriet Quimby,F,Alan Whitfield,B',
  'Cornelius Kettleby,M,Alan Whitfield,C',
  '',
].join('\n');
const ORDERS = ['order_id,ordering_provider,status', 'O1,Alan Whitfield,done', ''].join('\n');
// Maria is usually a woman's name and Thomas a man's: the recorded sex says otherwise here.
const PEOPLE = [
  'given_name,family_name,sex,emergency_contact_name',
  'Maria,Quimby,M,Thomas Quimby',
  'Thomas,Kettleby,F,Maria Kettleby',
  '',
].join('\n');

function scrub(inputs: string[], out: string): Record<string, Record<string, string>[]> {
  const r = placebo(['scrub', ...inputs, '--out', out, '--vault', 'names.vault', '--quiet'], {
    cwd: dir,
    env: { PLACEBO_VAULT_KEY: KEY },
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return Object.fromEntries(inputs.map((f) => [f, parseCsv(readFileSync(join(dir, out, f), 'utf8'))]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-names-'));
  writeFileSync(join(dir, 'visits.csv'), VISITS);
  writeFileSync(join(dir, 'orders.csv'), ORDERS);
  writeFileSync(join(dir, 'people.csv'), PEOPLE);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one original name, one fake name', () => {
  it('in two files and three rows, and again in a second run with the same vault', () => {
    const first = scrub(['visits.csv', 'orders.csv'], 'run1');
    const fakes = [
      first['visits.csv']![0]!.attending,
      first['visits.csv']![1]!.attending,
      first['orders.csv']![0]!.ordering_provider,
    ];
    expect(fakes[0]).not.toBe('Alan Whitfield');
    expect(fakes[0]).toMatch(/^[A-Z][a-z]+ ZZTEST-[A-Z][a-z]+$/);
    expect(new Set(fakes).size).toBe(1);
    // Different people still get different fakes.
    expect(first['visits.csv']![0]!.patient_name).not.toBe(first['visits.csv']![1]!.patient_name);

    const second = scrub(['orders.csv'], 'run2');
    expect(second['orders.csv']![0]!.ordering_provider).toBe(fakes[0]);
  });
});

describe('a fake given name follows the recorded sex of the record’s own person', () => {
  it('the patient’s given name follows the sex column; the contact’s does not', () => {
    const { givenFemale, givenMale } = wordLists();
    const out = scrub(['people.csv'], 'run3')['people.csv']!;
    // Maria, recorded male → a man's name; Thomas, recorded female → a woman's name.
    expect(givenMale).toContain(out[0]!.given_name);
    expect(givenFemale).toContain(out[1]!.given_name);
    // The contacts are other people: their given names follow the name, not the row's sex.
    expect(givenMale).toContain(out[0]!.emergency_contact_name!.split(' ')[0]);
    expect(givenFemale).toContain(out[1]!.emergency_contact_name!.split(' ')[0]);
    // Family names are shared within the run: the patient and the contact of one family match.
    expect(out[0]!.family_name).toBe(out[0]!.emergency_contact_name!.split(' ')[1]);
  });
});

describe('a free-text tag names the kind that was found', () => {
  const span = (kind: string, category: Span['category'], start: number, end: number): Span => ({
    kind,
    category,
    start,
    end,
    score: 0.8,
    source: 'pattern:city',
  });

  it('a span read as a town whose words are the record’s own name is tagged as a name', () => {
    const known = [{ kind: 'person-name', value: 'Chester Kettleby' }];
    expect(kindFromRecord(span('city', 2, 0, 7), 'Chester', known)).toMatchObject({
      kind: 'person-name',
      category: 1,
    });
    // A town that is no name in the record stays a town.
    expect(kindFromRecord(span('city', 2, 0, 7), 'Wrentham', known)).toMatchObject({
      kind: 'city',
      category: 2,
    });
    expect(kindFromRecord(span('city', 2, 0, 7), 'Chester', [])).toMatchObject({ kind: 'city' });
  });
});
