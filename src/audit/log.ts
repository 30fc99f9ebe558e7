/**
 * Appending to the run log: one line per run, under a lock (proper-lockfile: a `FILE.lock`
 * directory, made atomically), so two runs appending at once neither interleave nor fork the chain.
 */
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { PlaceboError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { type AuditEntry, type AuditFacts, GENESIS, macOf } from './chain.js';
import { flagNames } from './facts.js';

export interface Appended {
  seq: number;
  head: string;
}

function lastEntry(file: string, shown: string): { seq: number; mac: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { seq: 0, mac: GENESIS };
  }
  if (text.length > 0 && !text.endsWith('\n'))
    throw new PlaceboError(
      'E_INPUT',
      'the audit log ends in a partial line',
      { file: shown },
      'run placebo audit verify',
    );
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.length === 0) return { seq: 0, mac: GENESIS };
  try {
    const last = JSON.parse(lines[lines.length - 1]!) as AuditEntry;
    if (typeof last.mac !== 'string' || typeof last.seq !== 'number') throw new Error('shape');
    return { seq: last.seq, mac: last.mac };
  } catch {
    throw new PlaceboError(
      'E_INPUT',
      'the last line of the audit log is not an entry',
      { file: shown, line: lines.length },
      'run placebo audit verify',
    );
  }
}

/** Append one entry (seq, prev and mac filled in here, under the lock); returns the new head. */
export async function appendEntry(
  file: string,
  shown: string,
  key: Buffer,
  facts: Omit<AuditFacts, 'seq' | 'prev'>,
): Promise<Appended> {
  let release: (() => Promise<void>) | undefined;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale: 10_000,
      retries: { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 100 },
    });
  } catch {
    throw new PlaceboError(
      'E_IO',
      'could not lock the audit log',
      { file: shown },
      `is ${shown}.lock left over?`,
    );
  }
  try {
    const last = lastEntry(file, shown);
    const { v, time, placebo, command, flags, profile, inputs, outputs, records, counts } = facts;
    const entry: AuditFacts = {
      v,
      seq: last.seq + 1,
      time,
      placebo,
      command,
      flags,
      profile,
      inputs,
      outputs,
      records,
      counts,
      prev: last.mac,
    };
    const mac = macOf(key, entry);
    const fd = openSync(file, 'a');
    try {
      writeSync(fd, `${JSON.stringify({ ...entry, mac })}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { seq: entry.seq, head: mac };
  } finally {
    await release();
  }
}

/** Where and under which key a command records its run (resolved before any work starts). */
export interface AuditTarget {
  /** Absolute path of the log. */
  file: string;
  /** The path as the user gave it, for errors. */
  shown: string;
  key: Buffer;
  /** The command line, of which only flag names are kept. */
  args: readonly string[];
}

export function recordRun(
  target: AuditTarget,
  facts: Pick<AuditFacts, 'command' | 'profile' | 'inputs' | 'outputs' | 'records' | 'counts'>,
): Promise<Appended> {
  return appendEntry(target.file, target.shown, target.key, {
    v: 1,
    time: new Date().toISOString(),
    placebo: VERSION,
    flags: flagNames(target.args),
    ...facts,
  });
}
