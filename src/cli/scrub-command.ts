/** `placebo scrub INPUT... --out DIR`: parse flags, then run the scrubber (src/scrub/run.ts). */
import type { Argv } from 'yargs';
import { EXIT, PlaceboError } from '../core/errors.js';
import type { InputFormat } from '../io/types.js';
import { defaultScrubIo } from '../scrub/default-io.js';
import { runScrub } from '../scrub/run.js';
import type { CommandIo } from './io.js';
import type { ExitSink } from './run.js';

const FORMATS: readonly InputFormat[] = ['csv', 'tsv', 'json', 'ndjson', 'txt'];

interface ScrubArgs {
  inputs?: string[];
  out?: string;
  profile?: string;
  report?: string;
  spans?: string;
  vault?: string;
  keyFile?: string;
  format?: InputFormat;
  workers?: number;
  quiet: boolean;
}

export function registerScrub(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'scrub',
    'Remove the 18 HIPAA Safe Harbor identifiers from exports (CSV/TSV/JSON/NDJSON/TXT/FHIR); - reads stdin',
    (y) =>
      // INPUTs are read from argv._: a declared array positional silently drops a lone "-" (yargs).
      y
        .usage(
          '$0 scrub INPUT... --out DIR [options]\n\nINPUT: files or directories; - reads stdin, writes stdout',
        )
        .strict(false)
        .strictOptions(true)
        .option('out', {
          type: 'string',
          describe: 'output directory (same file names and formats); with - input, output goes to stdout',
        })
        .option('profile', {
          type: 'string',
          default: 'safe-harbor',
          describe: 'safe-harbor, limited-data-set or a profile YAML file',
        })
        .option('report', { type: 'string', describe: 'write a JSON report (no PHI) to FILE' })
        .option('spans', {
          type: 'string',
          describe: 'write NDJSON free-text spans (offsets, kinds) to FILE',
        })
        .option('vault', { type: 'string', describe: 'encrypted pseudonym vault FILE, kept across runs' })
        .option('key-file', {
          type: 'string',
          describe: 'vault key file (32 bytes, hex or base64); default env PLACEBO_VAULT_KEY',
        })
        .option('format', {
          choices: FORMATS,
          describe: 'input format (default: from the file name/content)',
        })
        .option('workers', {
          type: 'number',
          describe: 'free-text worker threads (default: number of cores)',
        })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or summary' }),
    async (argv) => {
      const inputs = argv._.slice(1).map(String);
      exit(await runScrubCommand({ ...(argv as unknown as ScrubArgs), inputs }, io));
    },
  );
}

export async function runScrubCommand(args: ScrubArgs, io: CommandIo): Promise<number> {
  const inputs = args.inputs ?? [];
  if (inputs.length === 0)
    throw new PlaceboError('E_USAGE', 'give at least one INPUT', {}, 'placebo scrub FILE --out DIR');
  const toStdout = inputs.length === 1 && inputs[0] === '-';
  if (args.out === undefined && !toStdout)
    throw new PlaceboError('E_USAGE', '--out DIR is required', {}, 'placebo scrub INPUT... --out DIR');
  if (inputs.includes('-') && inputs.length > 1)
    throw new PlaceboError('E_USAGE', '- (stdin) cannot be mixed with files', {}, 'scrub stdin on its own');
  if (args.workers !== undefined && (!Number.isInteger(args.workers) || args.workers < 1))
    throw new PlaceboError('E_USAGE', '--workers must be a whole number ≥ 1');
  if (args.keyFile !== undefined && args.vault === undefined)
    throw new PlaceboError('E_USAGE', '--key-file needs --vault FILE');
  await runScrub(
    {
      inputs,
      out: args.out ?? '.',
      profile: args.profile,
      report: args.report,
      spans: args.spans,
      vault: args.vault,
      keyFile: args.keyFile,
      format: args.format,
      workers: args.workers,
      quiet: args.quiet,
    },
    io,
    defaultScrubIo,
  );
  return EXIT.ok;
}
