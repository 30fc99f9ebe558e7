import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { restrictedZip3 } from '../../src/catalogue/zip3.js';
import { withDbInputs } from '../../src/check/db-inputs.js';
import { defaultCheckIo } from '../../src/check/default-io.js';
import { runCheck } from '../../src/check/run-check.js';
import type { CommandIo } from '../../src/core/command-io.js';
import { copyDatabase } from '../../src/db/copy-database.js';
import { documentTransform } from '../../src/db/documents.js';
import { CATALOGUE } from '../../src/detect/index.js';
import { findSpans } from '../../src/detect/text/index.js';
import type { InputDocument, OutputDocument } from '../../src/io/types.js';
import { loadProfile } from '../../src/schema/profile.js';
import { type ScrubEnv, scrubDocument } from '../../src/scrub/engine.js';
import { pseudonymiser } from '../../src/scrub/pseudonyms.js';
import { inlineSpanFinder } from '../../src/scrub/span-finder.js';
import { parseDate } from '../../src/scrub/transforms/dates.js';
import { PseudonymStore } from '../../src/scrub/vault/store.js';
import { checksums, loadFixture } from './fixtures.js';
import { freshSqlite } from './helpers.js';

describe('documentTransform: a push-style document function as a copy transform', () => {
  it('streams every record through, with back-pressure, and the writes land in the target', async () => {
    const src = await freshSqlite();
    const dst = await freshSqlite();
    try {
      await loadFixture(src.url, 300);
      let headers: string[] = [];
      const upper = documentTransform(async (input: InputDocument, output: OutputDocument) => {
        if (input.file === 'patients') headers = [...(input.header ?? [])];
        for await (const r of input.records()) {
          for (const l of r.leaves) if (l.path === 'name') l.replace(l.value.toUpperCase());
          await output.write(r);
        }
      }, 7);
      const res = await copyDatabase(src.url, dst.url, { transform: upper });
      expect(res.tables.map((t) => t.written)).toEqual([300, 600]);
      expect(headers).toEqual(['id', 'name', 'mrn', 'birth_date', 'weight', 'deceased']);
      const [p] = await dst.query('SELECT name FROM patients WHERE id = 9');
      expect(p?.name).toBe('TESTPATIENT 9');
    } finally {
      await src.drop();
      await dst.drop();
    }
  });

  it('an error inside the document function fails the copy and leaves no target', async () => {
    const src = await freshSqlite();
    const dst = await freshSqlite();
    try {
      await loadFixture(src.url, 50);
      const before = await checksums(src);
      const boom = documentTransform(async (input, output) => {
        for await (const r of input.records()) {
          if (input.file === 'visits' && r.index === 20) throw new Error('scrubber failed');
          await output.write(r);
        }
      }, 4);
      await expect(copyDatabase(src.url, dst.url, { transform: boom })).rejects.toThrow('scrubber failed');
      expect(await checksums(src)).toEqual(before);
      const { existsSync } = await import('node:fs');
      expect(existsSync(dst.path)).toBe(false);
    } finally {
      await src.drop();
      await dst.drop();
    }
  });

  it("scrub's own scrubDocument de-identifies a database copy; keys still join", async () => {
    const src = await freshSqlite();
    const dst = await freshSqlite();
    try {
      await src.query(
        'CREATE TABLE people (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, ssn TEXT, phone TEXT)',
      );
      await src.query(
        'CREATE TABLE notes (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people (id), body TEXT)',
      );
      const first = ['Alice', 'Bruno', 'Carmen', 'Dmitri', 'Elena'];
      const last = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Ferreira'];
      for (let i = 1; i <= 40; i++) {
        const ssn = `${String(100 + i).padStart(3, '0')}-${String(10 + (i % 80)).padStart(2, '0')}-${String(1000 + i)}`;
        await src.query(
          `INSERT INTO people VALUES (${i}, '${first[i % 5]}', '${last[i % 5]}', '${ssn}', '(312) 555-${String(1000 + i)}')`,
        );
        await src.query(
          `INSERT INTO notes VALUES (${i}, ${i}, 'Seen today; call back at 312-555-${String(2000 + i)}.')`,
        );
      }
      const before = await checksums(src, ['people', 'notes']);
      const profile = loadProfile(undefined, process.cwd());
      const store = PseudonymStore.open({});
      const env: ScrubEnv = {
        profile,
        catalogue: CATALOGUE,
        spans: inlineSpanFinder((t, c) => findSpans(t, c)),
        restrictedZip3: restrictedZip3(profile.zip3List),
        refDate: parseDate('2026-01-01') as NonNullable<ReturnType<typeof parseDate>>,
        seed: 'db-test-seed',
        pseudonym: pseudonymiser(store, CATALOGUE, 'db-test-seed'),
      };
      const scrub = documentTransform((input, output) => scrubDocument(input, output, env));
      const res = await copyDatabase(src.url, dst.url, { transform: scrub });
      store.close(true);
      expect(res.tables.map((t) => [t.table, t.written])).toEqual([
        ['people', 40],
        ['notes', 40],
      ]);
      expect(await checksums(src, ['people', 'notes'])).toEqual(before);
      const [j] = await dst.query('SELECT COUNT(*) AS n FROM notes n JOIN people p ON p.id = n.person_id');
      expect(j?.n).toBe(40);
      const rows = await dst.query('SELECT * FROM people');
      const text = JSON.stringify(rows) + JSON.stringify(await dst.query('SELECT * FROM notes'));
      for (const name of [...first, ...last]) expect(text).not.toContain(name);
      expect(text).not.toMatch(/\b1\d\d-\d\d-10\d\d\b/); // no original SSN
      expect(text).not.toContain('555-2001');
    } finally {
      await src.drop();
      await dst.drop();
    }
  });
});

describe('withDbInputs: check over a database', () => {
  it('expands a URL into one source per table and runs the checker on it', async () => {
    const db = await freshSqlite();
    try {
      await loadFixture(db.url, 30);
      const io: CommandIo = {
        stdin: new PassThrough(),
        stdout: new PassThrough(),
        stderr: new PassThrough(),
        cwd: process.cwd(),
        env: {},
        interactive: false,
      };
      const report = await runCheck(
        { inputs: [db.url], style: 'obvious', quiet: true },
        io,
        withDbInputs(defaultCheckIo(), { exclude: ['visits'] }),
      );
      expect(report.sources.map((s) => [s.file, s.records])).toEqual([[`${db.url}#patients`, 30]]);
      expect(report.fields.map((f) => f.field)).toContain('mrn');
    } finally {
      await db.drop();
    }
  });
});
