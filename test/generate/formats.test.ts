/**
 * Every format through the real CLI: parsed back by real parsers, loaded into real databases,
 * and byte-identical whatever the worker count or sharding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/generate.js';
import type { Shard } from '../../src/generate/shard.js';
import type { Dialect, FormatName } from '../../src/generate/writers/encoder.js';
import { loadGeneratorSchema } from '../../src/schema/generator-load.js';
import { cli, ROOT, tempDir } from './helpers.js';

const TABLES = ['patients', 'encounters', 'conditions', 'medications', 'observations', 'allergies', 'notes'];
const COUNT = '70';
const base = tempDir();

async function gen(name: string, ...args: string[]): Promise<string> {
  const out = join(base, name);
  const r = await cli(['generate', '--count', COUNT, '--seed', '11', '--quiet', '--out', out, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
type Obj = Record<string, unknown>;
/** Cells as text, the way CSV carries them. */
const asText = (rows: Obj[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])));

const dirs: Record<string, string> = {};
beforeAll(async () => {
  const runs: [string, string[]][] = [
    ...['csv', 'tsv', 'ndjson', 'json'].map((f): [string, string[]] => [f, ['--format', f]]),
    ...['sqlite', 'postgres', 'mysql'].map((d): [string, string[]] => [
      d,
      ['--format', 'sql', '--dialect', d],
    ]),
  ];
  const done = await Promise.all(runs.map(([name, args]) => gen(name, ...args, '--workers', '1')));
  runs.forEach(([name], i) => {
    dirs[name] = done[i]!;
  });
});

function ndjson(table: string): Obj[] {
  return read(dirs.ndjson!, `${table}.ndjson`)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Obj);
}

describe('output formats', () => {
  it('writes one file per table and nothing else', () => {
    for (const [format, dir] of Object.entries(dirs)) {
      const ext = ['sqlite', 'postgres', 'mysql'].includes(format) ? 'sql' : format;
      expect(readdirSync(dir).sort()).toEqual(TABLES.map((t) => `${t}.${ext}`).sort());
    }
  });

  it('csv, tsv, ndjson and json parse back to the same rows', () => {
    for (const t of TABLES) {
      const rows = ndjson(t);
      const json = JSON.parse(read(dirs.json!, `${t}.json`)) as Obj[];
      expect(json).toEqual(rows);
      const csv = parse(read(dirs.csv!, `${t}.csv`), { columns: true }) as Obj[];
      expect(csv).toEqual(asText(rows));
      const tsv = parse(read(dirs.tsv!, `${t}.tsv`), { columns: true, delimiter: '\t' }) as Obj[];
      expect(tsv).toEqual(asText(rows));
    }
    expect(ndjson('patients')).toHaveLength(Number(COUNT));
  });

  it('the same bytes with 2 workers and with 3 shards concatenated (CLI, csv)', async () => {
    const [two, ...shards] = await Promise.all([
      gen('csv-w2', '--workers', '2'),
      ...[1, 2, 3].map((k) => gen(`csv-s${k}`, '--shard', `${k}/3`, '--workers', '1')),
    ]);
    for (const t of TABLES) {
      const f = `${t}.csv`;
      expect(read(two!, f)).toBe(read(dirs.csv!, f));
      expect(shards.map((d) => read(d, f)).join('')).toBe(read(dirs.csv!, f));
    }
  });

  it('the same bytes with 2 workers and with shards, every format (in process)', async () => {
    const schema = loadGeneratorSchema(join(ROOT, 'schemas/patients.yaml'), ROOT);
    const run = async (
      name: string,
      format: FormatName,
      dialect: Dialect,
      workers: number,
      shard?: Shard,
    ) => {
      const dir = join(base, name);
      await generate({
        schema,
        seed: '11',
        style: 'obvious',
        count: 100,
        format,
        dialect,
        out: { dir },
        workers,
        ...(shard ? { shard } : {}),
      });
      return dir;
    };
    for (const [format, dialect] of [
      ['tsv', 'postgres'],
      ['ndjson', 'postgres'],
      ['json', 'postgres'],
      ['sql', 'mysql'],
    ] as const) {
      const whole = await run(`${format}-ip-w1`, format, dialect, 1);
      const two =
        format === 'json' || format === 'sql' ? await run(`${format}-ip-w2`, format, dialect, 2) : whole;
      const parts = [];
      for (let k = 1; k <= 3; k++)
        parts.push(await run(`${format}-ip-s${k}`, format, dialect, 1, { k, n: 3 }));
      for (const t of TABLES) {
        const f = `${t}.${format}`;
        expect(read(two, f)).toBe(read(whole, f));
        expect(parts.map((d) => read(d, f)).join('')).toBe(read(whole, f));
      }
    }
  });

  it('--out - writes one table to stdout, same bytes as the file', async () => {
    const r = await cli([
      'generate',
      '--count',
      COUNT,
      '--seed',
      '11',
      '--out',
      '-',
      '--table',
      'encounters',
      '--format',
      'ndjson',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(read(dirs.ndjson!, 'encounters.ndjson'));
    const bad = await cli(['generate', '--out', '-']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out - needs exactly one --table/);
  });

  it('sqlite: loads into SQLite with keys enforced', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const t of TABLES) db.exec(read(dirs.sqlite!, `${t}.sql`));
    for (const t of TABLES) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number };
      expect(n).toBe(ndjson(t).length);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('postgres: loads into PostgreSQL with keys enforced', async () => {
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await client.connect();
    const schema = `placebo_gen_${process.pid}`;
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path TO ${schema}`);
      for (const t of TABLES) await client.query(read(dirs.postgres!, `${t}.sql`));
      for (const t of TABLES) {
        const r = await client.query(`SELECT count(*)::int AS n FROM "${t}"`);
        expect(r.rows[0].n).toBe(ndjson(t).length);
      }
      const joined = await client.query(
        'SELECT count(*)::int AS n FROM encounters e JOIN patients p ON p.id = e.patient_id',
      );
      expect(joined.rows[0].n).toBe(ndjson('encounters').length);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });

  it('mysql: loads into MariaDB with keys enforced', async () => {
    const conn = await mysql.createConnection({
      uri: 'mysql://root@127.0.0.1:3306/test',
      multipleStatements: true,
    });
    const dbName = `placebo_gen_${process.pid}`;
    try {
      await conn.query(`CREATE DATABASE ${dbName}`);
      await conn.query(`USE ${dbName}`);
      for (const t of TABLES) await conn.query(read(dirs.mysql!, `${t}.sql`));
      for (const t of TABLES) {
        const [rows] = await conn.query(`SELECT count(*) AS n FROM \`${t}\``);
        expect(Number((rows as { n: number }[])[0]!.n)).toBe(ndjson(t).length);
      }
    } finally {
      await conn.query(`DROP DATABASE IF EXISTS ${dbName}`);
      await conn.end();
    }
  });

  it('--to loads a database through the db sinks (SQLite and PostgreSQL, 2 workers)', async () => {
    const file = join(base, 'to.db');
    const a = await cli([
      'generate',
      '--count',
      COUNT,
      '--seed',
      '11',
      '--quiet',
      '--workers',
      '2',
      '--to',
      `sqlite:${file}`,
    ]);
    expect(a.stderr).toBe('');
    const db = new Database(file, { readonly: true });
    for (const t of TABLES) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number };
      expect(n).toBe(ndjson(t).length);
    }
    const ssn = db.prepare('SELECT ssn FROM patients ORDER BY id').all() as { ssn: string | null }[];
    expect(ssn.map((r) => r.ssn)).toEqual(ndjson('patients').map((p) => p.ssn));
    db.close();

    const schema = `placebo_gen_to_${process.pid}`;
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      const url = `postgres://postgres@127.0.0.1:5432/test?schema=${schema}`;
      const b = await cli([
        'generate',
        '--count',
        COUNT,
        '--seed',
        '11',
        '--quiet',
        '--workers',
        '2',
        '--to',
        url,
      ]);
      expect(b.stderr).toBe('');
      for (const t of TABLES) {
        const r = await client.query(`SELECT count(*)::int AS n FROM ${schema}."${t}"`);
        expect(r.rows[0].n).toBe(ndjson(t).length);
      }
      const notes = await client.query(`SELECT text FROM ${schema}.notes ORDER BY id LIMIT 5`);
      const expected = ndjson('notes')
        .map((n) => [n.id as string, n.text])
        .sort((x, y) => (x[0]! < y[0]! ? -1 : 1))
        .slice(0, 5)
        .map((x) => x[1]);
      expect(notes.rows.map((r) => r.text)).toEqual(expected);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });
});
