/**
 * One CLI vocabulary (issue 18, section 4): each item is the exact command a user types, run as a
 * real child process, with what it must print and the exit code.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/catalogue/index.js';
import { placebo } from '../check/cli.js';

let dir: string;
const FAKE_CSV = 'ssn,phone,email\n666-12-3456,(202) 555-0142,daffy@example.com\n';
/** Hand-made, real-looking rows (invented): names, a real-shaped SSN, a city, a birth date. */
const EXPORT_CSV = [
  'patient_name,sex,ssn,city,birth_date,attending',
  'Harriet Quimby,F,287-65-4411,Wrentham,1961-04-12,Dr. Alan Whitfield',
  'Cornelius Kettleby,M,301-22-9087,Ashby,1948-11-03,Dr. Alan Whitfield',
  '',
].join('\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-vocab-'));
  writeFileSync(join(dir, 'fake.csv'), FAKE_CSV);
  writeFileSync(join(dir, 'fake.tsv'), FAKE_CSV.replace(/,/g, '\t'));
  writeFileSync(join(dir, 'export.csv'), EXPORT_CSV);
  writeFileSync(join(dir, 'a-file'), 'not a directory\n');
  const g = await placebo(['generate', '--count', '4', '--to', 'sqlite:gen.db', '--quiet'], dir);
  expect(g.code).toBe(0);
  // A small hand-made database for the staging refresh: two tables without keys between them.
  const db = new Database(join(dir, 'ehr.db'));
  db.exec(`CREATE TABLE visits (visit_id TEXT PRIMARY KEY, mrn TEXT, admit_date TEXT);
    CREATE TABLE notes (note_id INTEGER PRIMARY KEY, mrn TEXT, note TEXT);
    INSERT INTO visits VALUES ('V1', 'MR448812', '2024-03-02'), ('V2', 'MR448813', '2024-03-05');
    INSERT INTO notes VALUES (1, 'MR448812', 'Seen by Dr. Whitfield.');`);
  db.close();
});

/** Table names of check's JSON report (`sqlite:gen.db#patients` → `patients`). */
function sourceNames(stdout: string): string[] {
  return JSON.parse(stdout).sources.map((s: { file: string }) => s.file.split('#').pop());
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('--format is the data format; check reports with --reporter', () => {
  it('placebo check fake.csv --reporter json', async () => {
    const r = await placebo(['check', 'fake.csv', '--reporter', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('placebo-check/1');
    expect(r.stderr).toBe('');
  });

  it('placebo check fake.csv --format json (deprecated: still the report, with a notice)', async () => {
    const r = await placebo(['check', 'fake.csv', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('placebo-check/1');
    expect(r.stderr).toContain('deprecated: check --format json names the report format');
    expect(r.stderr).toContain('use --reporter json');
  });

  it('cat fake.tsv | placebo check - --format tsv', async () => {
    const r = await placebo(
      ['check', '-', '--format', 'tsv'],
      dir,
      readFileSync(join(dir, 'fake.tsv'), 'utf8'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('OK, every identifier value is provably fake');
  });

  it('cat fake.tsv | placebo check - --input-format tsv (the old spelling)', async () => {
    const r = await placebo(
      ['check', '-', '--input-format', 'tsv'],
      dir,
      readFileSync(join(dir, 'fake.tsv'), 'utf8'),
    );
    expect(r.code).toBe(0);
  });

  it('cat fake.csv | placebo check - (the hint names --format, which exists)', async () => {
    const r = await placebo(['check', '-'], dir, FAKE_CSV);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('placebo: E_USAGE at -: reading stdin needs a format (pass --format)\n');
  });

  it('placebo check fake.csv --format github --reporter text (a report format is no data format)', async () => {
    const r = await placebo(['check', 'fake.csv', '--format', 'github', '--reporter', 'text'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format github is not a data format (for the report use --reporter github)');
  });
});

describe.concurrent('--tables and --exclude-tables in every command', () => {
  it('placebo check sqlite:gen.db --tables patients', async () => {
    const r = await placebo(
      ['check', 'sqlite:gen.db', '--tables', 'patients', '--reporter', 'json', '--quiet'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(sourceNames(r.stdout)).toEqual(['patients']);
  });

  it('placebo check sqlite:gen.db --exclude-tables notes,observations (and --exclude-table, the old spelling)', async () => {
    for (const flag of ['--exclude-tables', '--exclude-table']) {
      const r = await placebo(
        ['check', 'sqlite:gen.db', flag, 'notes,observations', '--reporter', 'json'],
        dir,
      );
      expect(r.code).toBe(0);
      const names = sourceNames(r.stdout);
      expect(names).toContain('patients');
      expect(names).not.toContain('notes');
      expect(names).not.toContain('observations');
    }
  });

  it('placebo check fake.csv --tables patients (no database: a usage error)', async () => {
    const r = await placebo(['check', 'fake.csv', '--tables', 'patients'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tables and --exclude-tables select database tables');
  });

  it('placebo generate --exclude-tables notes,observations --out gen', async () => {
    const r = await placebo(
      ['generate', '--count', '2', '--exclude-tables', 'notes,observations', '--out', 'gen', '--quiet'],
      dir,
    );
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'gen'));
    expect(files).toContain('patients.csv');
    expect(files).not.toContain('notes.csv');
  });

  it('placebo generate --tables patients --out - (and --table, the old spelling)', async () => {
    for (const flag of ['--tables', '--table']) {
      const r = await placebo(['generate', '--count', '2', flag, 'patients', '--out', '-', '--quiet'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/^id,mrn,given_name,/);
    }
  });

  it('placebo scrub --from sqlite:ehr.db --to sqlite:staging.db --exclude-tables notes', async () => {
    const r = await placebo(
      [
        'scrub',
        '--from',
        'sqlite:ehr.db',
        '--to',
        'sqlite:staging.db',
        '--exclude-tables',
        'notes',
        '--quiet',
        '--workers',
        '0',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const c = await placebo(['check', 'sqlite:staging.db', '--reporter', 'json', '--quiet'], dir);
    expect(sourceNames(c.stdout)).toEqual(['visits']);
  });
});

describe.concurrent('path mistakes: exit 2 before any work, nothing written', () => {
  it('placebo scrub export.csv --out a-file', async () => {
    const r = await placebo(['scrub', 'export.csv', '--out', 'a-file'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'placebo: E_USAGE at a-file: --out names an existing file, not a directory (give --out a directory)\n',
    );
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('not a directory\n');
  });

  it('placebo scrub export.csv --out clean1 --report missing/report.json', async () => {
    const r = await placebo(
      ['scrub', 'export.csv', '--out', 'clean1', '--report', 'missing/report.json'],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--report: the directory for this file does not exist');
    expect(existsSync(join(dir, 'clean1'))).toBe(false);
  });

  it('placebo scrub export.csv --out clean2 --spans missing/spans.ndjson', async () => {
    const r = await placebo(
      ['scrub', 'export.csv', '--out', 'clean2', '--spans', 'missing/spans.ndjson'],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--spans: the directory for this file does not exist');
    expect(existsSync(join(dir, 'clean2'))).toBe(false);
  });

  it('placebo scrub export.csv --out clean3 --report clean3', async () => {
    mkdirSync(join(dir, 'clean3'));
    const r = await placebo(['scrub', 'export.csv', '--out', 'clean3', '--report', 'clean3'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--report names a directory, not a file');
    expect(readdirSync(join(dir, 'clean3'))).toEqual([]);
  });

  it('placebo generate --out a-file', async () => {
    const r = await placebo(['generate', '--count', '2', '--out', 'a-file'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out names an existing file, not a directory');
  });

  it('placebo generate --out gen2 --truth missing/truth.ndjson', async () => {
    const r = await placebo(
      ['generate', '--count', '2', '--out', 'gen2', '--truth', 'missing/truth.ndjson'],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--truth: the directory for this file does not exist');
    expect(existsSync(join(dir, 'gen2'))).toBe(false);
  });
});

describe.concurrent('hints name real flags', () => {
  it('placebo generate --to sqlite:gen.db (tables exist: the hint is --load-mode)', async () => {
    const r = await placebo(['generate', '--count', '2', '--to', 'sqlite:gen.db', '--quiet'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(use --load-mode truncate or --load-mode append, or drop it first)');
  });
});

describe.concurrent('summaries in words', () => {
  it('placebo scrub export.csv --out words: categories by name', async () => {
    const r = await placebo(['scrub', 'export.csv', '--out', 'words', '--workers', '0'], dir);
    expect(r.code).toBe(0);
    const line = r.stderr.split('\n').find((l) => l.includes('by Safe Harbor category'));
    expect(line).toMatch(/names \d+/);
    expect(line).toMatch(/SSNs \d+/);
    expect(line).not.toMatch(/\b\d{1,2}:\d/);
  });

  it('placebo check export.csv: the kinds no value can prove fake, explained', async () => {
    const r = await placebo(['check', 'export.csv', '--quiet'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Counted, not judged: [^\n]*birth-date ×2/);
    expect(r.stdout).toContain('placebo cannot prove a value of them fake or real; they are not findings.');
  });
});

describe.concurrent('kinds and completion', () => {
  it('placebo kinds: every catalogue kind with its category and a fake example', async () => {
    const r = await placebo(['kinds'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^kind\s+category\s+provably fake\s+example$/);
    expect(lines).toHaveLength(KINDS.length + 1);
    expect(r.stdout).toMatch(/\nssn +7 SSNs +yes +666-/);
  });

  it('placebo kinds --reporter json: the examples of provable kinds are provably fake', async () => {
    const r = await placebo(['kinds', '--reporter', 'json'], dir);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as {
      id: string;
      provable: boolean;
      example: string;
      category: number;
    }[];
    expect(rows.map((x) => x.id)).toEqual(KINDS.map((k) => k.id));
    for (const row of rows) {
      const kind = KINDS.find((k) => k.id === row.id)!;
      expect(row.category).toBe(kind.category);
      if (row.provable) expect(kind.isFake(row.example, { style: 'obvious' }).status, row.id).toBe('fake');
    }
  });

  it('placebo completion', async () => {
    const r = await placebo(['completion'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('###-begin-placebo-completions-###');
    expect(r.stdout).toContain('--get-yargs-completions');
  });

  it('placebo --get-yargs-completions placebo check -- (what the completion script asks)', async () => {
    const r = await placebo(['--get-yargs-completions', 'placebo', 'check', '--'], dir);
    expect(r.code).toBe(0);
    const words = r.stdout.split('\n');
    for (const f of ['--reporter', '--format', '--tables', '--exclude-tables']) expect(words).toContain(f);
  });
});
