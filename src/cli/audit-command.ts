/** `placebo audit verify FILE [--head HASH]`: check the run log's chain; exit 1 naming the first bad line. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { auditKey, verifyLog } from '../audit/index.js';
import type { CommandIo } from '../core/command-io.js';
import { EXIT, PlaceboError } from '../core/errors.js';
import { loadVaultKey } from '../scrub/vault/keys.js';
import type { ExitSink } from './run.js';

interface VerifyArgs {
  file: string;
  head?: string;
  keyFile?: string;
}

export function registerAudit(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command('audit', 'The run log written with --audit-log', (y) =>
    y
      .command(
        'verify <file>',
        'Check that no entry of the run log was edited, removed or reordered (exit 1 names the line)',
        (v) =>
          v
            .positional('file', { type: 'string', demandOption: true, describe: 'the run log' })
            .option('head', {
              type: 'string',
              describe: 'the chain head a report recorded: also catches entries cut off the end',
            })
            .option('key-file', {
              type: 'string',
              describe: 'vault key file, when the log is keyed by the vault key (else PLACEBO_AUDIT_KEY)',
            })
            .example('$0 audit verify runs.log', 'key from PLACEBO_AUDIT_KEY')
            .example('$0 audit verify runs.log --head 3f9a…', 'the head from report.json'),
        async (argv) => {
          exit(verifyCommand(argv as unknown as VerifyArgs, io));
        },
      )
      .demandCommand(1, 'Choose a subcommand: verify.'),
  );
}

function verifyCommand(args: VerifyArgs, io: CommandIo): number {
  if (args.head !== undefined && !/^[0-9a-f]{64}$/.test(args.head))
    throw new PlaceboError('E_USAGE', '--head is a chain head: 64 hex characters', { path: '--head' });
  const key = auditKey(io.env, loadVaultKey({ keyFile: args.keyFile, env: io.env, cwd: io.cwd }));
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, args.file), 'utf8');
  } catch {
    throw new PlaceboError('E_INPUT', 'cannot read the run log', { file: args.file });
  }
  const r = verifyLog(text, key, args.head);
  if (!r.ok) {
    io.stdout.write(`placebo audit: FAILED at ${args.file}:${r.line}: ${r.problem}\n`);
    return EXIT.findings;
  }
  io.stdout.write(
    `placebo audit: OK, ${r.entries} entr${r.entries === 1 ? 'y' : 'ies'}, chain head ${r.head}\n`,
  );
  return EXIT.ok;
}
