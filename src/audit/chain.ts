/**
 * The run log's chain: each line is one JSON entry whose `mac` is an HMAC-SHA256, under the audit
 * key, of the entry itself (without `mac`), which names the previous entry's `mac` in `prev`.
 * Editing, removing or reordering a line breaks the chain at that line; recomputing the chain
 * needs the key. The last `mac` is the chain's head, recorded in each report, so a log cut short
 * after a report was written is caught too (`audit verify --head`).
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { PlaceboError } from '../core/errors.js';

export const GENESIS = '0'.repeat(64);

/** Everything in an entry but its `mac`; written in this key order. */
export interface AuditFacts {
  v: 1;
  seq: number;
  time: string;
  placebo: string;
  command: string;
  /** Flag names only (`--out`): their values can be paths or URLs, which may carry names or passwords. */
  flags: string[];
  profile: string | null;
  inputs: FileFacts[];
  outputs: FileFacts[];
  records: { in: number; out: number } | null;
  /** Identifiers per Safe Harbor category (short names), or rows per table for generate. */
  counts: Record<string, number>;
  prev: string;
}

export interface FileFacts {
  sha256: string | null;
  bytes: number | null;
  /** `file`, `stdin`, `stdout` or `database`: never the path. */
  kind: 'file' | 'stdin' | 'stdout' | 'database';
}

export type AuditEntry = AuditFacts & { mac: string };

export function macOf(key: Buffer, facts: AuditFacts): string {
  return createHmac('sha256', key).update(JSON.stringify(facts)).digest('hex');
}

const KEY_HINT =
  'set PLACEBO_AUDIT_KEY (at least 16 characters), or use a vault key (PLACEBO_VAULT_KEY or --key-file)';

/**
 * PLACEBO_AUDIT_KEY, else a key derived from the vault key. The audit key never meets the data:
 * it only proves who could have written the chain.
 */
export function auditKey(env: NodeJS.ProcessEnv, vaultKey: Buffer | undefined): Buffer {
  const own = env.PLACEBO_AUDIT_KEY;
  if (own !== undefined && own !== '') {
    if (own.length < 16)
      throw new PlaceboError('E_USAGE', 'PLACEBO_AUDIT_KEY is shorter than 16 characters', {}, KEY_HINT);
    return Buffer.from(own, 'utf8');
  }
  if (vaultKey) return Buffer.from(hkdfSync('sha256', vaultKey, Buffer.alloc(0), 'placebo audit log', 32));
  throw new PlaceboError('E_USAGE', '--audit-log needs a key', {}, KEY_HINT);
}
