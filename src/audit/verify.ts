/**
 * `placebo audit verify`: walk the chain from the first line. The first line that does not fit
 * is named, with what is wrong: not an entry, an edited entry (or a chain recomputed without
 * the key), a missing or reordered entry. `head` (from a report) must be one of the chain's MACs,
 * which catches a tail cut off after that report was written.
 */
import type { AuditEntry, AuditFacts } from './chain.js';
import { GENESIS, macOf } from './chain.js';

export type VerifyResult =
  | { ok: true; entries: number; head: string }
  | { ok: false; line: number; problem: string };

export function verifyLog(text: string, key: Buffer, head?: string): VerifyResult {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let prev = GENESIS;
  let seq = 0;
  let headAt = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let entry: AuditEntry;
    try {
      entry = JSON.parse(lines[i]!) as AuditEntry;
    } catch {
      return { ok: false, line, problem: 'not a JSON entry (edited or cut)' };
    }
    const { mac, ...facts } = entry;
    if (typeof mac !== 'string') return { ok: false, line, problem: 'the entry has no MAC' };
    if (macOf(key, facts as AuditFacts) !== mac)
      return {
        ok: false,
        line,
        problem: 'the MAC does not match: the entry was edited, or the chain recomputed without the key',
      };
    if (facts.prev !== prev || facts.seq !== seq + 1)
      return {
        ok: false,
        line,
        problem: `the entry does not follow line ${i}: an entry before it was removed, or entries were reordered`,
      };
    prev = mac;
    seq = facts.seq;
    if (head !== undefined && mac === head) headAt = line;
  }
  // Later runs may have appended after the report was written: the head must be in the chain.
  if (head !== undefined && headAt === 0)
    return {
      ok: false,
      line: lines.length + 1,
      problem: 'the head recorded in the report is not in the log: entries were cut off the end',
    };
  return { ok: true, entries: lines.length, head: prev };
}
