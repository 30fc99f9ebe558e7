/** `placebo scrub INPUT... --out DIR`: parse flags, then run the scrubber (src/scrub/run.ts). */
import type { Argv } from 'yargs';
import { CATEGORIES } from '../catalogue/categories.js';
import type { CommandIo } from '../core/command-io.js';
import { EXIT, PlaceboError } from '../core/errors.js';
import { CATALOGUE } from '../detect/index.js';
import type { InputFormat } from '../io/types.js';
import { defaultScrubIo } from '../scrub/default-io.js';
import type { ScrubPlan } from '../scrub/plan/plan.js';
import { runScrub } from '../scrub/run.js';
import { auditTarget } from './audit-target.js';
import { checkOutputDir, checkOutputFiles } from './paths.js';
import type { ExitSink } from './run.js';
import { auditLogOption, type TableArgs, tableList, tableOptions } from './shared-options.js';

const FORMATS: readonly InputFormat[] = ['csv', 'tsv', 'json', 'ndjson', 'txt', 'hl7'];

interface ScrubArgs extends TableArgs {
  dryRun?: boolean;
  auditLog?: string;
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
  from?: string;
  to?: string;
  planOut?: string;
  plan?: string;
  strict?: boolean;
}

export function registerScrub(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'scrub',
    'Remove the 18 HIPAA Safe Harbor identifiers from exports (CSV/TSV/JSON/NDJSON/TXT/FHIR); - reads stdin',
    (y) =>
      // INPUTs are read from argv._: a declared array positional silently drops a lone "-" (yargs).
      auditLogOption(tableOptions(y, 'with --from'))
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
        .option('plan-out', {
          type: 'string',
          describe:
            'write the scrub plan (every table/column: kind, action, key domain, reason) to FILE; transform nothing',
        })
        .option('plan', { type: 'string', describe: 'apply a reviewed plan FILE: its decisions win' })
        .option('strict', {
          type: 'boolean',
          describe:
            'with --plan: exit 1 before any work when a source column is not in the plan or changed type',
        })
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
          describe: 'free-text worker threads (default: number of cores; 0 scans on the main thread)',
        })
        .option('from', {
          type: 'string',
          describe: 'staging refresh: source database URL (read-only snapshot), with --to',
        })
        .option('to', {
          type: 'string',
          describe: 'staging refresh: target database URL (tables are replaced)',
        })
        .option('dry-run', {
          type: 'boolean',
          describe: 'print the field table (kind, category, action, how detected) and write nothing',
        })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or summary' })
        .example(
          '$0 scrub export.csv notes/ --out clean/ --report clean/report.json',
          'files and directories',
        )
        .example('$0 scrub visits.ndjson --out staging/ --vault keys.vault', 'pseudonyms kept across runs')
        .example('cat notes.txt | $0 scrub - --format txt > clean.txt', 'stdin to stdout')
        .example(
          '$0 scrub --from postgres://prod-replica/ehr --to postgres://localhost/staging',
          'copy a database into a de-identified staging database',
        ),
    async (argv) => {
      const inputs = argv._.slice(1).map(String);
      exit(await runScrubCommand({ ...(argv as unknown as ScrubArgs), inputs }, io));
    },
  );
}

export async function runScrubCommand(args: ScrubArgs, io: CommandIo): Promise<number> {
  const inputs = args.inputs ?? [];
  if (args.from !== undefined || args.to !== undefined) return runDbScrub(args, inputs, io);
  if (inputs.length === 0)
    throw new PlaceboError('E_USAGE', 'give at least one INPUT', {}, 'placebo scrub FILE --out DIR');
  if (args.dryRun) return printDryRun(args, inputs, io);
  const toStdout = inputs.length === 1 && inputs[0] === '-';
  if (args.out === undefined && !toStdout && args.planOut === undefined)
    throw new PlaceboError('E_USAGE', '--out DIR is required', {}, 'placebo scrub INPUT... --out DIR');
  if (inputs.includes('-') && inputs.length > 1)
    throw new PlaceboError('E_USAGE', '- (stdin) cannot be mixed with files', {}, 'scrub stdin on its own');
  if (args.workers !== undefined && (!Number.isInteger(args.workers) || args.workers < 0))
    throw new PlaceboError('E_USAGE', '--workers must be a whole number ≥ 0');
  if (args.keyFile !== undefined && args.vault === undefined)
    throw new PlaceboError('E_USAGE', '--key-file needs --vault FILE');
  if (args.tables !== undefined || args.excludeTables !== undefined)
    throw new PlaceboError(
      'E_USAGE',
      '--tables and --exclude-tables select database tables',
      {},
      'use them with --from',
    );
  checkPlanFlags(args);
  if (!toStdout && args.planOut === undefined) checkOutputDir('--out', args.out!, io.cwd);
  checkOutputFiles({ '--report': args.report, '--spans': args.spans, '--audit-log': args.auditLog }, io.cwd);
  const audit = auditTarget(args.auditLog, io, args.keyFile);
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
      ...planOptions(args),
      ...(audit ? { audit } : {}),
    },
    io,
    defaultScrubIo,
  );
  return EXIT.ok;
}

function checkPlanFlags(args: ScrubArgs): void {
  if (args.strict && args.plan === undefined)
    throw new PlaceboError('E_USAGE', '--strict needs --plan FILE', {}, 'write one with --plan-out FILE');
  if (args.planOut !== undefined && args.plan !== undefined)
    throw new PlaceboError('E_USAGE', '--plan-out writes a plan; --plan applies one: give one of them');
}

function planOptions(args: ScrubArgs): { planOut?: string; plan?: string; strict?: boolean } {
  return {
    ...(args.planOut !== undefined ? { planOut: args.planOut } : {}),
    ...(args.plan !== undefined ? { plan: args.plan } : {}),
    ...(args.strict ? { strict: true } : {}),
  };
}

async function runDbScrub(args: ScrubArgs, inputs: readonly string[], io: CommandIo): Promise<number> {
  if (args.from === undefined || args.to === undefined)
    throw new PlaceboError('E_USAGE', '--from and --to go together', {}, 'placebo scrub --from URL --to URL');
  if (inputs.length > 0 || args.out !== undefined)
    throw new PlaceboError('E_USAGE', '--from/--to copy a database; INPUT and --out are for files');
  if (args.keyFile !== undefined && args.vault === undefined)
    throw new PlaceboError('E_USAGE', '--key-file needs --vault FILE');
  if (args.spans !== undefined)
    throw new PlaceboError('E_USAGE', '--spans is for files', {}, 'a staging refresh writes no spans file');
  checkPlanFlags(args);
  checkOutputFiles({ '--report': args.report, '--audit-log': args.auditLog }, io.cwd);
  const audit = auditTarget(args.auditLog, io, args.keyFile);
  const tables = tableList(args.tables);
  const exclude = tableList(args.excludeTables);
  await runScrub(
    {
      inputs: [],
      out: '.',
      profile: args.profile,
      report: args.report,
      vault: args.vault,
      keyFile: args.keyFile,
      workers: args.workers,
      quiet: args.quiet,
      ...planOptions(args),
      ...(audit ? { audit } : {}),
      db: { from: args.from, to: args.to, ...(tables ? { tables } : {}), ...(exclude ? { exclude } : {}) },
    },
    io,
    defaultScrubIo,
  );
  return EXIT.ok;
}

async function printDryRun(args: ScrubArgs, inputs: readonly string[], io: CommandIo): Promise<number> {
  if (inputs.includes('-'))
    throw new PlaceboError('E_USAGE', '--dry-run reads files', {}, 'give the files to plan for');
  let plan: ScrubPlan | undefined;
  // The same plan --plan-out writes (keys and domains included), printed instead of written.
  await runScrub(
    {
      inputs,
      out: args.out ?? '.',
      profile: args.profile,
      format: args.format,
      workers: 0,
      quiet: true,
      ...(args.plan !== undefined ? { plan: args.plan } : {}),
      onPlan: (p) => {
        plan = p;
      },
    },
    io,
    defaultScrubIo,
  );
  const cells: string[][] = [];
  for (const [table, t] of Object.entries(plan?.tables ?? {}))
    for (const [column, c] of Object.entries(t.columns)) {
      const category = c.kind ? CATALOGUE.kindById(c.kind)?.category : undefined;
      cells.push([
        table,
        column,
        c.kind ?? '-',
        category ? `${category} ${CATEGORIES[category].short}` : '-',
        c.domain ? `${c.action} (key ${c.domain})` : c.action,
        c.reason ?? '-',
      ]);
    }
  const head = ['table', 'field', 'kind', 'category', 'action', 'how detected'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  io.stdout.write(`${[line(head), ...cells.map(line)].join('\n')}\n`);
  io.stderr.write('placebo scrub --dry-run: nothing was written\n');
  return EXIT.ok;
}
