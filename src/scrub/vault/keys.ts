/**
 * The vault key: 32 bytes from PLACEBO_VAULT_KEY (hex or base64) or from --key-file (the same
 * text forms, or 32 raw bytes). Never printed, never logged; errors say where, not what.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlaceboError } from '../../core/errors.js';

const HINT = 'a vault key is 32 bytes: 64 hex characters or 44 base64 characters (openssl rand -hex 32)';

export function parseKey(raw: Buffer | string, where: string): Buffer {
  const buf = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const text = buf.toString('utf8').trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const b = Buffer.from(text, 'base64');
    if (b.length === 32) return b;
  }
  if (typeof raw !== 'string' && buf.length === 32) return Buffer.from(buf);
  throw new PlaceboError('E_VAULT', `the vault key from ${where} is not 32 bytes`, {}, HINT);
}

/** --key-file wins over the environment. Undefined when neither is set. */
export function loadVaultKey(opts: {
  keyFile?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
}): Buffer | undefined {
  if (opts.keyFile !== undefined) {
    let raw: Buffer;
    try {
      raw = readFileSync(resolve(opts.cwd, opts.keyFile));
    } catch {
      throw new PlaceboError('E_VAULT', 'cannot read the key file', { file: opts.keyFile }, HINT);
    }
    return parseKey(raw, 'the key file');
  }
  const env = opts.env.PLACEBO_VAULT_KEY;
  if (env !== undefined && env !== '') return parseKey(env, 'PLACEBO_VAULT_KEY');
  return undefined;
}
