/** `placebo check INPUT...`: parse flags, run the checker (src/check/run-check.ts), print the report. */
import type { Argv } from 'yargs';
import { recordRun } from '../audit/index.js';
import type { Style } from '../catalogue/types.js';
import { checkAuditFacts } from '../check/audit-facts.js';
import { withDbInputs } from '../check/db-inputs.js';
import { defaultCheckIo } from '../check/default-io.js';
import { CHECK_FORMATS, type CheckFormat, formatReport } from '../check/formats.js';
import { runCheck } from '../check/run-check.js';
import type { CommandIo } from '../core/command-io.js';
import { EXIT, PlaceboError } from '../core/errors.js';
import { isDbUrl } from '../db/url.js';
import type { InputFormat } from '../io/types.js';
import { auditTarget } from './audit-target.js';
import { checkOutputFiles } from './paths.js';
import type { ExitSink } from './run.js';
import { auditLogOption, type TableArgs, tableList, tableOptions } from './shared-options.js';

const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'tsv', 'json', 'ndjson', 'txt', 'hl7'];
/** What `check --format` meant before --reporter: kept for one version, with a notice. */
const LEGACY_REPORT_FORMATS: readonly string[] = ['text', 'json', 'github'];

interface CheckArgs extends TableArgs {
  auditLog?: string;
  inputs?: string[];
  format?: string;
  reporter?: CheckFormat;
  style: Style;
  profile?: string;
  inputFormat?: InputFormat;
  maxPerField: number;
  workers?: number;
  quiet: boolean;
  db?: string[];
}

/**
 * `--format` is the data format, as in generate and scrub. Without --reporter, `--format
 * text|json|github` still means the report format for this version, with a notice on stderr.
 */
export function resolveCheckFormats(
  args: Pick<CheckArgs, 'format' | 'reporter' | 'inputFormat'>,
  warn: (line: string) => void,
): { reporter: CheckFormat; data: InputFormat | undefined } {
  let { format } = args;
  let reporter = args.reporter;
  if (format !== undefined && reporter === undefined && LEGACY_REPORT_FORMATS.includes(format)) {
    warn(
      `placebo: deprecated: check --format ${format} names the report format for one more version; ` +
        `use --reporter ${format} (--format now names the data format, as in scrub and generate)`,
    );
    reporter = format as CheckFormat;
    format = undefined;
  }
  if (format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(format)) {
    const isReport = (CHECK_FORMATS as readonly string[]).includes(format);
    throw new PlaceboError(
      'E_USAGE',
      `--format ${format} is not a data format`,
      { path: '--format' },
      isReport ? `for the report use --reporter ${format}` : `use one of ${INPUT_FORMATS.join(', ')}`,
    );
  }
  if (format !== undefined && args.inputFormat !== undefined && format !== args.inputFormat)
    throw new PlaceboError(
      'E_USAGE',
      '--format and --input-format disagree',
      { path: '--format' },
      'give one of them',
    );
  return { reporter: reporter ?? 'text', data: (format as InputFormat | undefined) ?? args.inputFormat };
}

export function registerCheck(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'check [inputs..]',
    'Prove that a data set holds only fake identifiers, or point at every value that could be real; - reads stdin',
    (y) =>
      auditLogOption(tableOptions(y, 'with a database URL'))
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
        .option('format', {
          type: 'string',
          describe: `data format: ${INPUT_FORMATS.join(', ')} (default: from name/content)`,
        })
        .option('input-format', {
          choices: INPUT_FORMATS,
          describe: 'same as --format (the data format)',
        })
        .option('reporter', {
          choices: CHECK_FORMATS,
          describe: 'report format (default text)',
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
        .example('$0 check fixtures/ --reporter github', 'annotations for a CI job, no values')
        .example('cat export.tsv | $0 check - --format tsv', 'stdin needs the data format')
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
  if (inputs.includes('-') && inputs.length > 1)
    throw new PlaceboError('E_USAGE', '- (stdin) cannot be mixed with files', {}, 'check stdin on its own');
  if (!Number.isInteger(args.maxPerField) || args.maxPerField < 0)
    throw new PlaceboError('E_USAGE', '--max-per-field must be a whole number ≥ 0');
  if (args.workers !== undefined && (!Number.isInteger(args.workers) || args.workers < 0))
    throw new PlaceboError('E_USAGE', '--workers must be a whole number ≥ 0');
  if ((args.tables || args.excludeTables) && !inputs.some(isDbUrl))
    throw new PlaceboError(
      'E_USAGE',
      '--tables and --exclude-tables select database tables',
      {},
      'give a database URL as INPUT or --db',
    );
  const formats = resolveCheckFormats(args, (line) => io.stderr.write(`${line}\n`));
  checkOutputFiles({ '--audit-log': args.auditLog }, io.cwd);
  const audit = auditTarget(args.auditLog, io);
  const tables = tableList(args.tables);
  const exclude = tableList(args.excludeTables);
  const report = await runCheck(
    {
      inputs,
      profile: args.profile,
      style: args.style,
      inputFormat: formats.data,
      maxFindingsPerField: args.maxPerField,
      workers: args.workers,
      quiet: args.quiet,
    },
    io,
    withDbInputs(defaultCheckIo(), {
      ...(tables ? { tables } : {}),
      ...(exclude ? { exclude } : {}),
    }),
  );
  if (audit) report.auditLog = await recordRun(audit, await checkAuditFacts(report, io.cwd));
  io.stdout.write(formatReport(report, formats.reporter));
  if (report.auditLog && formats.reporter !== 'json')
    io.stderr.write(`placebo: run log entry ${report.auditLog.seq}, chain head ${report.auditLog.head}\n`);
  return report.ok ? EXIT.ok : EXIT.findings;
}
