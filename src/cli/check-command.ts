/** `placebo check INPUT...`: parse flags, run the checker (src/check/run-check.ts), print the report. */
import type { Argv } from 'yargs';
import type { Style } from '../catalogue/types.js';
import { defaultCheckIo } from '../check/default-io.js';
import { CHECK_FORMATS, type CheckFormat, formatReport } from '../check/formats.js';
import { runCheck } from '../check/run-check.js';
import { EXIT, PlaceboError } from '../core/errors.js';
import { withDbInputs } from '../db/documents.js';
import type { InputFormat } from '../io/types.js';
import type { CommandIo } from './io.js';
import type { ExitSink } from './run.js';

const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'tsv', 'json', 'ndjson', 'txt'];

interface CheckArgs {
  inputs?: string[];
  format: CheckFormat;
  style: Style;
  profile?: string;
  inputFormat?: InputFormat;
  maxPerField: number;
  workers?: number;
  quiet: boolean;
  table?: string[];
  excludeTable?: string[];
  db?: string[];
}

export function registerCheck(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'check [inputs..]',
    'Prove that a data set holds only fake identifiers, or point at every value that could be real; - reads stdin',
    (y) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          describe:
            'files or directories; - for stdin; database URLs (postgres://, mysql://, sqlite:) check every table',
        })
        .option('db', {
          type: 'string',
          array: true,
          describe: 'a database URL to check (same as giving it as an INPUT)',
        })
        .option('table', {
          alias: 'tables',
          type: 'string',
          array: true,
          describe: 'with a database URL: only these tables (a,b or repeated)',
        })
        .option('exclude-table', {
          alias: 'exclude',
          type: 'string',
          array: true,
          describe: 'with a database URL: skip these tables',
        })
        .option('format', {
          choices: CHECK_FORMATS,
          default: 'text' as CheckFormat,
          describe: 'report format',
        })
        .option('style', {
          choices: ['obvious', 'realistic'] as const,
          default: 'obvious' as Style,
          describe: 'how the data marks fake names: ZZTEST (obvious) or a 3-digit suffix (realistic)',
        })
        .option('profile', {
          type: 'string',
          describe:
            'safe-harbor (default), limited-data-set or a profile YAML file (site test prefixes, allow-list)',
        })
        .option('input-format', {
          choices: INPUT_FORMATS,
          describe: 'input format (default: from name/content)',
        })
        .option('max-per-field', {
          type: 'number',
          default: 100,
          describe: 'findings listed per field (all are counted)',
        })
        .option('workers', {
          type: 'number',
          describe: 'free-text worker threads (default: number of cores; 0 scans on the main thread)',
        })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress line' })
        .example('$0 check out/', 'exit 0 when every identifier is provably fake, 1 with findings')
        .example('$0 check fixtures/ --format github', 'annotations for a CI job, no values')
        .example('$0 check --db postgres://localhost/staging --tables patients,visits', 'a database')
        .example('$0 check export.csv --profile site.yaml', 'site test prefixes and allow-list'),
    async (argv) => {
      exit(await runCheckCommand(argv as unknown as CheckArgs, io));
    },
  );
}

export async function runCheckCommand(args: CheckArgs, io: CommandIo): Promise<number> {
  const inputs = [...(args.inputs ?? []), ...(args.db ?? [])];
  if (inputs.length === 0)
    throw new PlaceboError('E_USAGE', 'give at least one INPUT or --db URL', {}, 'placebo check FILE...');
  const list = (v: string[] | undefined) => v?.flatMap((t) => t.split(',')).filter(Boolean);
  if (inputs.includes('-') && inputs.length > 1)
    throw new PlaceboError('E_USAGE', '- (stdin) cannot be mixed with files', {}, 'check stdin on its own');
  if (!Number.isInteger(args.maxPerField) || args.maxPerField < 0)
    throw new PlaceboError('E_USAGE', '--max-per-field must be a whole number ≥ 0');
  if (args.workers !== undefined && (!Number.isInteger(args.workers) || args.workers < 0))
    throw new PlaceboError('E_USAGE', '--workers must be a whole number ≥ 0');
  const report = await runCheck(
    {
      inputs,
      profile: args.profile,
      style: args.style,
      inputFormat: args.inputFormat,
      maxFindingsPerField: args.maxPerField,
      workers: args.workers,
      quiet: args.quiet,
    },
    io,
    withDbInputs(defaultCheckIo(), {
      ...(args.table ? { tables: list(args.table) } : {}),
      ...(args.excludeTable ? { exclude: list(args.excludeTable) } : {}),
    }),
  );
  io.stdout.write(formatReport(report, args.format));
  return report.ok ? EXIT.ok : EXIT.findings;
}
