import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlaceboError } from '../../src/core/errors.js';
import { cli, placeboErrorOf, planOf, tempDir } from './helpers.js';

function errorOf(yaml: string): PlaceboError {
  return placeboErrorOf(() => planOf(yaml));
}

const PATIENTS = `
version: 1
tables:
  patients:
    count: 3
    columns:
      id: { sequence: true }
      born: { date: { from: ref-80y, to: ref } }
`;

describe('generator schema errors name file, path and a hint', () => {
  it('unknown generator key, with a did-you-mean', () => {
    const e = errorOf(`${PATIENTS}
  encounters:
    parent: patients
    count: 2
    columns:
      admitted: { dat: { from: ref-1y, to: ref } }
`);
    expect(e.code).toBe('E_SCHEMA');
    expect(e.place.file).toBe('schemas/test.yaml');
    expect(e.place.path).toBe('tables.encounters.columns.admitted');
    expect(e.place.line).toBe(14);
    expect(e.message).toBe('unknown generator "dat"');
    expect(e.hint).toBe('did you mean "date"?');
  });

  it('unknown catalogue kind', () => {
    const e = errorOf(PATIENTS.replace('id: { sequence: true }', 'id: { kind: snn }'));
    expect(e.place.path).toBe('tables.patients.columns.id.kind');
    expect(e.message).toBe('unknown identifier kind "snn"');
    expect(e.hint).toBe('did you mean "ssn"?');
  });

  it('unknown faker method, validated against the faker instance', () => {
    const e = errorOf(PATIENTS.replace('id: { sequence: true }', 'id: { faker: location.citty }'));
    expect(e.message).toBe('unknown faker method "location.citty"');
    expect(e.hint).toBe('did you mean "location.city"?');
    expect(
      errorOf(PATIENTS.replace('id: { sequence: true }', 'id: { faker: fakerCore.x }')).message,
    ).toContain('unknown faker method');
  });

  it('references to unknown tables and columns', () => {
    const child = (ref: string) => `${PATIENTS}
  visits:
    parent: patients
    count: 1
    columns:
      patient_id: { ref: ${ref} }
`;
    expect(errorOf(child('patiens.id')).message).toBe('unknown table "patiens"');
    expect(errorOf(child('patiens.id')).hint).toBe('did you mean "patients"?');
    const col = errorOf(child('patients.idd'));
    expect(col.message).toBe('unknown column "idd" in table "patients"');
    expect(col.place.path).toBe('tables.visits.columns.patient_id.ref');
    expect(
      errorOf(`${PATIENTS}
  visits:
    parent: patinets
    count: 1
    columns:
      x: { value: 1 }
`).hint,
    ).toBe('did you mean "patients"?');
    expect(errorOf(PATIENTS.replace('id: { sequence: true }', 'id: "{{nme}}"')).message).toBe(
      'unknown column "nme" in table "patients"',
    );
  });

  it('cycles: foreign keys between chart tables, parents, same-row columns', () => {
    const charted = `
version: 1
tables:
  patients:
    count: 2
    chart: { birthDate: born, sex: sex }
    columns:
      id: { sequence: true }
      born: { date: { from: ref-80y, to: ref } }
      sex: { choice: [female, male] }
  encounters:
    parent: patients
    rows: { chart: encounters }
    columns:
      id: { sequence: true }
      reason_id: { ref: conditions.id, via: reason }
  conditions:
    parent: patients
    rows: { chart: conditions }
    columns:
      id: { sequence: true }
      encounter_id: { ref: encounters.id, via: encounter }
`;
    expect(errorOf(charted).message).toMatch(
      /^foreign keys form a cycle \((encounters → conditions → encounters|conditions → encounters → conditions)\)$/,
    );
    const parents = errorOf(`
version: 1
tables:
  root: { count: 1, columns: { id: { sequence: true } } }
  a: { parent: b, count: 1, columns: { x: { value: 1 } } }
  b: { parent: a, count: 1, columns: { x: { value: 1 } } }
`);
    expect(parents.message).toMatch(/parent tables form a cycle/);
    const cols = errorOf(PATIENTS.replace('id: { sequence: true }', 'a: "{{b}}"\n      b: "{{a}}"'));
    expect(cols.message).toMatch(/columns depend on each other in a cycle/);
  });

  it('shape errors: wrong types, missing fields, two generators, bad YAML', () => {
    const t = errorOf(PATIENTS.replace('count: 3', 'count: three'));
    expect(t.place.path).toBe('tables.patients.count');
    const two = errorOf(PATIENTS.replace('id: { sequence: true }', 'id: { sequence: true, kind: ssn }'));
    expect(two.message).toBe('more than one generator (kind, sequence)');
    const missing = errorOf(PATIENTS.replace('from: ref-80y, ', ''));
    expect(missing.place.path).toBe('tables.patients.columns.born.date.from');
    const yaml = errorOf('version: 1\ntables:\n  a: [\n');
    expect(yaml.message).toMatch(/not valid YAML/);
    expect(yaml.place.line).toBeGreaterThan(0);
    const version = errorOf(PATIENTS.replace('version: 1', 'version: 2'));
    expect(version.place.path).toBe('version');
    const chart = errorOf(`${PATIENTS}
  notes:
    parent: patients
    rows: { chart: notes }
    columns:
      t: { chart: text }
`);
    expect(chart.message).toMatch(/chart rows need a parent with a chart/);
  });

  it('counts the other problems in the hint', () => {
    const e = errorOf(
      PATIENTS.replace('id: { sequence: true }', 'id: { kind: nope }\n      x: { faker: nope.nope }'),
    );
    expect(e.hint).toMatch(/1 more problem$/);
  });

  it('the CLI reports a bad schema on one line with exit code 2 and writes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, PATIENTS.replace('id: { sequence: true }', 'id: { dat: {} }'));
    const out = join(dir, 'out');
    const r = await cli(['generate', '--schema', file, '--out', out], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'placebo: E_SCHEMA at bad.yaml:7, tables.patients.columns.id: unknown generator "dat" (did you mean "date"?)\n',
    );
    expect(existsSync(out)).toBe(false);
    const usage = await cli(['generate', '--schema', file, '--shard', '3/2'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/invalid --shard/);
  });
});
