/**
 * The hash-chained run log, through the real CLI: runs of scrub, check and generate append to
 * one log; `placebo audit verify` passes on it untouched and names the line of each tampering:
 * an edited, a removed and a reordered entry, a chain recomputed without the key, and (with the
 * head a report recorded) a cut-off tail. Two processes appending at once keep one chain.
 */
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placebo } from '../scrub/helpers/cli.js';

const KEY = 'audit-key-for-tests-0001';
const env = { PLACEBO_AUDIT_KEY: KEY };
let dir: string;
let log: string;
let reportHead: string;
let scrubStderr = '';
// Sentinels: values and a directory name that must never reach the log.
const SSN = '287-65-4411';
const NAME = 'Harriet Quimby';
const PLACE = 'Quimby-Harriet-export';

const lines = (): string[] => readFileSync(log, 'utf8').trim().split('\n');
const write = (file: string, ls: readonly string[]) => writeFileSync(file, `${ls.join('\n')}\n`);
function verify(file: string, ...extra: string[]) {
  return placebo(['audit', 'verify', file, ...extra], { cwd: dir, env });
}
/** Re-MAC lines from `from` on under another key: what someone without the key could do. */
function rechain(ls: string[], from: number, key: string): string[] {
  const out = [...ls];
  for (let i = from; i < out.length; i++) {
    const { mac: _mac, ...facts } = JSON.parse(out[i]!);
    if (i > 0) facts.prev = JSON.parse(out[i - 1]!).mac;
    const mac = createHmac('sha256', key).update(JSON.stringify(facts)).digest('hex');
    out[i] = JSON.stringify({ ...facts, mac });
  }
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-audit-'));
  mkdirSync(join(dir, PLACE));
  writeFileSync(
    join(dir, PLACE, 'visits.csv'),
    `patient_name,ssn,ward\n${NAME},${SSN},B\nCornelius Kettleby,301-22-9087,C\n`,
  );
  log = join(dir, 'runs.log');
  const runs = [
    ['scrub', `${PLACE}/visits.csv`, '--out', 'clean', '--report', 'report.json', '--audit-log', 'runs.log'],
    ['check', 'clean', '--audit-log', 'runs.log', '--quiet'],
    ['generate', '--count', '2', '--out', 'gen', '--audit-log', 'runs.log', '--quiet'],
    ['check', `${PLACE}/visits.csv`, '--audit-log', 'runs.log', '--reporter', 'json', '--quiet'],
  ];
  for (const args of runs) {
    const r = placebo(args, { cwd: dir, env });
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    if (args[0] === 'scrub') scrubStderr = r.stderr;
  }
  reportHead = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).auditLog.head;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the run log', () => {
  it('has one entry per run, chained, with hashes and counts but no value and no path', () => {
    const entries = lines().map((l) => JSON.parse(l));
    expect(entries.map((e) => e.command)).toEqual(['scrub', 'check', 'generate', 'check']);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0].prev).toBe('0'.repeat(64));
    expect(entries[1].prev).toBe(entries[0].mac);
    expect(entries[0].flags).toEqual(['--out', '--report', '--audit-log', '--workers']);
    expect(entries[0].inputs[0]).toMatchObject({ kind: 'file', bytes: expect.any(Number) });
    expect(entries[0].inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[0].counts).toMatchObject({ names: 2, SSNs: 2 });
    expect(entries[3].counts.SSNs).toBe(2);
    expect(reportHead).toBe(entries[0].mac);
    expect(scrubStderr).toContain(`run log: entry 1, chain head ${reportHead}`);
    const text = readFileSync(log, 'utf8');
    for (const s of [SSN, NAME, 'Quimby', PLACE, 'visits.csv', 'clean', 'report.json', dir])
      expect(text.includes(s), s).toBe(false);
  });

  it('placebo audit verify runs.log: OK on the untouched log, and with the head a report recorded', () => {
    const r = verify('runs.log');
    expect(r.stdout).toMatch(/^placebo audit: OK, 4 entries, chain head [0-9a-f]{64}\n$/);
    expect(r.code).toBe(0);
    expect(verify('runs.log', '--head', reportHead).code).toBe(0);
  });

  it('an edited entry: exit 1, naming its line', () => {
    const ls = lines();
    ls[1] = ls[1]!.replace('"records":{"in":2', '"records":{"in":3');
    write(join(dir, 'edited.log'), ls);
    const r = verify('edited.log');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at edited.log:2: the MAC does not match');
  });

  it('a removed entry: exit 1, naming the line after the gap', () => {
    const ls = lines();
    ls.splice(1, 1);
    write(join(dir, 'removed.log'), ls);
    const r = verify('removed.log');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at removed.log:2: the entry does not follow line 1');
  });

  it('reordered entries: exit 1, naming the first line out of place', () => {
    const ls = lines();
    [ls[1], ls[2]] = [ls[2]!, ls[1]!];
    write(join(dir, 'reordered.log'), ls);
    const r = verify('reordered.log');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at reordered.log:2: the entry does not follow line 1');
  });

  it('an edit with the chain recomputed without the key: exit 1 at the edited line', () => {
    const ls = lines();
    ls[2] = ls[2]!.replace('"command":"generate"', '"command":"check"');
    write(join(dir, 'rechained.log'), rechain(ls, 2, 'a-guessed-key-0000'));
    const r = verify('rechained.log');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at rechained.log:3: the MAC does not match');
    // The same recomputation with the real key would pass: the check is the key, not the shape.
    write(join(dir, 'rekeyed.log'), rechain(ls, 2, KEY));
    expect(verify('rekeyed.log').code).toBe(0);
  });

  it('a cut-off tail: caught with --head, which a report recorded', () => {
    const ls = lines();
    const head = JSON.parse(ls[3]!).mac;
    write(join(dir, 'cut.log'), ls.slice(0, 3));
    expect(verify('cut.log').code).toBe(0);
    const r = verify('cut.log', '--head', head);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at cut.log:4: the head recorded in the report is not in the log');
  });

  it('without a key: exit 2 before any work, nothing written', () => {
    const r = placebo(['scrub', `${PLACE}/visits.csv`, '--out', 'nokey', '--audit-log', 'nokey.log'], {
      cwd: dir,
      env: { PLACEBO_AUDIT_KEY: '' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--audit-log needs a key');
    expect(existsSync(join(dir, 'nokey'))).toBe(false);
    expect(existsSync(join(dir, 'nokey.log'))).toBe(false);
  });
});

describe('two processes appending at once', () => {
  it('keep one unbroken chain: every entry once, in sequence', async () => {
    const run = promisify(execFile);
    const logModule = fileURLToPath(new URL('../../dist/audit/log.js', import.meta.url));
    const script = `
      import { appendEntry } from ${JSON.stringify(logModule)};
      const key = Buffer.from(${JSON.stringify(KEY)});
      for (let i = 0; i < 25; i++)
        await appendEntry(process.argv[1], 'shared.log', key, {
          v: 1, time: new Date().toISOString(), placebo: 'test', command: 'writer-' + process.argv[2],
          flags: [], profile: null, inputs: [], outputs: [], records: null, counts: { i },
        });`;
    const shared = join(dir, 'shared.log');
    await Promise.all(
      ['a', 'b', 'c'].map((w) => run(process.execPath, ['--input-type=module', '-e', script, shared, w])),
    );
    const entries = readFileSync(shared, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(entries).toHaveLength(75);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    for (const w of ['a', 'b', 'c'])
      expect(entries.filter((e) => e.command === `writer-${w}`).map((e) => e.counts.i)).toEqual([
        ...Array(25).keys(),
      ]);
    const r = verify('shared.log');
    expect(r.stdout).toContain('OK, 75 entries');
    expect(r.code).toBe(0);
  });
});
