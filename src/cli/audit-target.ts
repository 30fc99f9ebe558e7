/** `--audit-log FILE`: checked and keyed before any work, like every other output path. */
import { resolve } from 'node:path';
import { type AuditTarget, auditKey } from '../audit/index.js';
import type { CommandIo } from '../core/command-io.js';
import { loadVaultKey } from '../scrub/vault/keys.js';
import { checkOutputFile } from './paths.js';

export function auditTarget(
  file: string | undefined,
  io: CommandIo,
  keyFile?: string,
): AuditTarget | undefined {
  if (file === undefined) return undefined;
  checkOutputFile('--audit-log', file, io.cwd);
  const key = auditKey(io.env, loadVaultKey({ keyFile, env: io.env, cwd: io.cwd }));
  return { file: resolve(io.cwd, file), shown: file, key, args: io.args ?? [] };
}
