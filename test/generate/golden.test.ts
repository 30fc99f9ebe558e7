/**
 * Golden files: same schema + seed + version → the same bytes. A failure here means generated
 * values changed for a given seed, which is a breaking change: if it is intended, regenerate with
 * `PLACEBO_UPDATE_GOLDEN=1 npx vitest run test/generate/golden.test.ts` and say so in the changelog.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/generate.js';
import type { Dialect, FormatName } from '../../src/generate/writers/encoder.js';
import { loadGeneratorSchema } from '../../src/schema/generator-load.js';
import { ROOT, tempDir } from './helpers.js';

const GOLDEN = join(ROOT, 'test/generate/golden');
const UPDATE = process.env.PLACEBO_UPDATE_GOLDEN === '1';
/** Golden copies carry this suffix so that formatters leave their bytes alone. */
const SUFFIX = '.golden';

const CASES: { name: string; schema: string; count?: number; format: FormatName; dialect?: Dialect }[] = [
  { name: 'generic-csv', schema: 'test/generate/golden/generic.yaml', format: 'csv' },
  { name: 'generic-tsv', schema: 'test/generate/golden/generic.yaml', format: 'tsv' },
  { name: 'generic-ndjson', schema: 'test/generate/golden/generic.yaml', format: 'ndjson' },
  { name: 'generic-json', schema: 'test/generate/golden/generic.yaml', format: 'json' },
  { name: 'generic-sql-mysql', schema: 'test/generate/golden/generic.yaml', format: 'sql', dialect: 'mysql' },
  { name: 'patients-csv', schema: 'schemas/patients.yaml', count: 3, format: 'csv' },
  {
    name: 'patients-sql-postgres',
    schema: 'schemas/patients.yaml',
    count: 3,
    format: 'sql',
    dialect: 'postgres',
  },
];

describe('golden files', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = join(tempDir(), c.name);
      const schema = loadGeneratorSchema(join(ROOT, c.schema), ROOT);
      await generate({
        schema,
        seed: 'golden',
        style: 'obvious',
        ...(c.count !== undefined ? { count: c.count } : {}),
        format: c.format,
        dialect: c.dialect ?? 'postgres',
        out: { dir },
        workers: 1,
      });
      const expectedDir = join(GOLDEN, c.name);
      const files = readdirSync(dir).sort();
      if (UPDATE) {
        rmSync(expectedDir, { recursive: true, force: true });
        mkdirSync(expectedDir, { recursive: true });
        for (const f of files) writeFileSync(join(expectedDir, `${f}${SUFFIX}`), readFileSync(join(dir, f)));
      }
      expect(files.map((f) => `${f}${SUFFIX}`)).toEqual(readdirSync(expectedDir).sort());
      for (const f of files)
        expect(readFileSync(join(dir, f), 'utf8'), f).toBe(
          readFileSync(join(expectedDir, `${f}${SUFFIX}`), 'utf8'),
        );
    });
  }
});

describe('golden generic files agree across formats (quotes, tabs, backslashes)', () => {
  const dir = (name: string) => join(GOLDEN, name);
  const text = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])));
  for (const table of ['people', 'visits', 'items']) {
    it(table, async () => {
      const { parse } = await import('csv-parse/sync');
      const nd = readFileSync(join(dir('generic-ndjson'), `${table}.ndjson${SUFFIX}`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(nd.length).toBeGreaterThan(10);
      expect(JSON.parse(readFileSync(join(dir('generic-json'), `${table}.json${SUFFIX}`), 'utf8'))).toEqual(
        nd,
      );
      expect(
        parse(readFileSync(join(dir('generic-csv'), `${table}.csv${SUFFIX}`), 'utf8'), { columns: true }),
      ).toEqual(text(nd));
      expect(
        parse(readFileSync(join(dir('generic-tsv'), `${table}.tsv${SUFFIX}`), 'utf8'), {
          columns: true,
          delimiter: '\t',
        }),
      ).toEqual(text(nd));
    });
  }

  it('the MySQL dialect escapes quotes and backslashes (loaded into MariaDB)', async () => {
    const mysql = (await import('mysql2/promise')).default;
    const conn = await mysql.createConnection({
      uri: 'mysql://root@127.0.0.1:3306/test',
      multipleStatements: true,
    });
    const db = `placebo_golden_${process.pid}`;
    try {
      await conn.query(`CREATE DATABASE ${db}`);
      await conn.query(`USE ${db}`);
      for (const t of ['people', 'visits', 'items'])
        await conn.query(readFileSync(join(dir('generic-sql-mysql'), `${t}.sql${SUFFIX}`), 'utf8'));
      const [rows] = await conn.query('SELECT quote FROM people LIMIT 1');
      expect((rows as { quote: string }[])[0]!.quote).toBe('say "hi", it\'s\ta tab\\n');
    } finally {
      await conn.query(`DROP DATABASE IF EXISTS ${db}`);
      await conn.end();
    }
  });
});
