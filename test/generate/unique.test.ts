/**
 * Unique identifiers in generated data: per-person kinds never repeat in a root column, a column
 * that would run out of values is a usage error before anything is written, and a run appended to
 * a database with another seed continues the numbering without meeting the earlier run's values.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RowEngine } from '../../src/generate/engine.js';
import { cli, planOf, tempDir } from './helpers.js';

const PER_PERSON = [
  'ssn',
  'mrn',
  'member-id',
  'mbi',
  'email',
  'account-number',
  'username',
  'drivers-license',
];

describe('unique identifiers', () => {
  it('100,000 rows: no per-person identifier repeats in its column, with or without a null rate', () => {
    const columns = PER_PERSON.map(
      (k, i) => `      c${i}: { kind: ${k}${i % 3 === 0 ? ', nullRate: 0.3' : ''} }`,
    );
    const plan = planOf(`version: 1\ntables:\n  people:\n    columns:\n${columns.join('\n')}\n`);
    const engine = new RowEngine(plan);
    const seen = PER_PERSON.map(() => new Set<string>());
    let cells = 0;
    for (let start = 0; start < 100_000; start += 3200) {
      for (const row of engine.block(start, start + 3200).rows[0]!) {
        row.forEach((v, i) => {
          if (v === null) return;
          cells++;
          seen[i]!.add(String(v));
        });
      }
    }
    expect(cells).toBeGreaterThan(700_000);
    // Every non-null cell was a new value of its column.
    expect(seen.reduce((n, s) => n + s.size, 0)).toBe(cells);
  });

  it('a column that would run out of values is a usage error before any file is written', async () => {
    const dir = tempDir();
    const schema = join(dir, 'plates.yaml');
    writeFileSync(
      schema,
      'version: 1\ntables:\n  cars:\n    columns:\n      plate: { kind: license-plate, unique: true }\n',
    );
    const over = await cli([
      'generate',
      '--schema',
      schema,
      '--count',
      '1001',
      '--quiet',
      '--out',
      join(dir, 'over'),
    ]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(
      /^placebo: E_USAGE at .*plates\.yaml, tables\.cars\.columns\.plate: .*1000 unique values/,
    );
    expect(existsSync(join(dir, 'over')) ? readdirSync(join(dir, 'over')) : []).toEqual([]);
    const full = await cli([
      'generate',
      '--schema',
      schema,
      '--count',
      '1000',
      '--quiet',
      '--out',
      join(dir, 'full'),
    ]);
    expect(full.code).toBe(0);
    const plates = (await import('node:fs'))
      .readFileSync(join(dir, 'full', 'cars.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(new Set(plates).size).toBe(1000);
  });

  it('--load-mode append with another seed: numbering continues, no identifier meets the first run', async () => {
    const file = join(tempDir(), 'append.db');
    const run = (seed: string, mode: string[]) =>
      cli([
        'generate',
        '--count',
        '40',
        '--seed',
        seed,
        '--quiet',
        '--workers',
        '1',
        '--to',
        `sqlite:${file}`,
        ...mode,
      ]);
    expect((await run('first', [])).stderr).toBe('');
    expect((await run('second', ['--load-mode', 'append'])).stderr).toBe('');
    const db = new Database(file, { readonly: true });
    const ids = (db.prepare('SELECT id FROM patients ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    expect(ids.slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // The second run starts on the next identifier block (SHUFFLE_BLOCK = 1000 rows).
    expect(ids.slice(40)).toEqual(Array.from({ length: 40 }, (_, i) => 1001 + i));
    for (const column of [
      'mrn',
      'ssn',
      'medicare_mbi',
      'member_id',
      'account_number',
      'email',
      'portal_username',
      'drivers_license',
    ]) {
      const { n, d } = db
        .prepare(`SELECT count(${column}) AS n, count(DISTINCT ${column}) AS d FROM patients`)
        .get() as { n: number; d: number };
      expect(d, column).toBe(n);
      expect(n, column).toBeGreaterThan(20);
    }
    const encounters = db.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM encounters').get() as {
      n: number;
      d: number;
    };
    expect(encounters.d).toBe(encounters.n);
    db.close();
  });
});
