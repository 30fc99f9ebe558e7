import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionFor, loadProfile, parseProfile } from '../../src/schema/profile.js';
import { profileJsonSchema } from '../../src/schema/profile-schema.js';
import { placeboErrorOf } from '../support/errors.js';

describe('built-in profiles', () => {
  it('safe-harbor is the default and claims Safe Harbor', () => {
    const p = loadProfile(undefined);
    expect(p.name).toBe('safe-harbor');
    expect(p.safeHarbor).toBe(true);
    expect(p.zip3List).toBe('union');
    expect(actionFor(p, 'zip', 2)).toBe('generalise');
    expect(actionFor(p, 'city', 2)).toBe('surrogate');
    expect(actionFor(p, 'birth-date', 3)).toBe('generalise');
    expect(actionFor(p, 'mrn', 8)).toBe('pseudonymise');
    expect(actionFor(p, 'encounter-number', 18)).toBe('pseudonymise');
    expect(actionFor(p, 'photo', 17)).toBe('remove');
  });
  it('limited-data-set keeps dates, ages, city and 5-digit ZIP but removes direct identifiers', () => {
    const p = loadProfile('limited-data-set');
    expect(p.safeHarbor).toBe(false);
    expect(actionFor(p, 'birth-date', 3)).toBe('keep');
    expect(actionFor(p, 'age', 3)).toBe('keep');
    expect(actionFor(p, 'zip', 2)).toBe('keep');
    expect(actionFor(p, 'city', 2)).toBe('keep');
    expect(actionFor(p, 'street-address', 2)).toBe('surrogate');
    expect(actionFor(p, 'ssn', 7)).toBe('surrogate');
    expect(actionFor(p, 'mrn', 8)).toBe('pseudonymise');
    expect(p.ageTopCode).toBe(false);
  });
  it('the committed JSON Schema is the one generated from zod', () => {
    const file = new URL('../../schemas/profiles/profile.schema.json', import.meta.url);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });
});

describe('profile files', () => {
  it('extend a base, with kind actions over category actions and explicit field mappings', () => {
    const p = parseProfile(
      [
        'base: safe-harbor',
        'actions:',
        '  "4": remove',
        '  fax: mask',
        'fields:',
        '  internal_code: keep',
        '  Bemerkung: free-text',
        'zip3: { list: census2000 }',
        'site: { testPrefixes: [TST] }',
        'check: { kinds: [ssn, phone] }',
      ].join('\n'),
      'site.yaml',
    );
    expect(actionFor(p, 'phone', 4)).toBe('remove');
    expect(actionFor(p, 'fax', 5)).toBe('mask');
    expect(actionFor(p, 'email', 6)).toBe('surrogate');
    expect(p.fields.internal_code).toBe('keep');
    expect(p.zip3List).toBe('census2000');
    expect(p.site.testPrefixes).toEqual(['TST']);
    expect(p.check.kinds).toEqual(['ssn', 'phone']);
    expect(p.safeHarbor).toBe(true);
  });
  it('a date shift makes the profile not Safe Harbor', () => {
    const p = parseProfile('actions: { "3": shift }\ndates: { shiftDays: 30 }\nsafeHarbor: true', 'x.yaml');
    expect(p.safeHarbor).toBe(false);
    expect(p.shiftDays).toBe(30);
  });
  it.each([
    ['actions: { "4": obliterate }', 'actions.4'],
    ['actions: { "19": remove }', 'actions.19'],
    ['zip3: { list: census1990 }', 'zip3.list'],
    ['colour: blue', '(top level)'],
    ['base: hipaa-expert', 'base'],
  ])('rejects %s naming the path %s', (yaml, path) => {
    const err = placeboErrorOf(() => parseProfile(yaml, 'bad.yaml'));
    expect(err.code).toBe('E_PROFILE');
    expect(err.place.file).toBe('bad.yaml');
    expect(err.place.path).toBe(path);
    expect(err.hint).toBeTruthy();
  });
  it('reports YAML syntax errors with file and line', () => {
    const err = placeboErrorOf(() => parseProfile('actions:\n  "4": [remove\n', 'broken.yaml'));
    expect(err.code).toBe('E_PROFILE');
    expect(err.place.file).toBe('broken.yaml');
  });
  it('loads a file relative to cwd and fails cleanly on a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'placebo-profile-'));
    writeFileSync(join(dir, 'p.yaml'), 'name: mine\nbase: limited-data-set\n');
    const p = loadProfile('p.yaml', dir);
    expect(p.name).toBe('mine');
    expect(actionFor(p, 'zip', 2)).toBe('keep');
    expect(placeboErrorOf(() => loadProfile('nope.yaml', dir)).code).toBe('E_PROFILE');
  });
});
