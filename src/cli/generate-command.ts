/** `placebo generate`: parse and normalise flags, then call generate(). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv } from 'yargs';
import { recordRun } from '../audit/index.js';
import type { Style } from '../catalogue/types.js';
import type { CommandIo } from '../core/command-io.js';
import { PlaceboError } from '../core/errors.js';
import { PACKAGE_ROOT } from '../core/version.js';
import { generateAuditFacts } from '../generate/audit-facts.js';
import {
  DIALECTS,
  type Dialect,
  FHIR_FORMATS,
  FORMATS,
  HL7_FORMATS,
  type OutputFormat,
} from '../generate/writers/encoder.js';
import { auditTarget } from './audit-target.js';
import { checkOutputDir, checkOutputFiles } from './paths.js';
import type { ExitSink } from './run.js';
import { auditLogOption, type TableArgs, tableList, tableOptions } from './shared-options.js';

export const DEFAULT_SCHEMA = 'schemas/patients.yaml';

interface GenerateArgs extends TableArgs {
  auditLog?: string;
  schema?: string;
  count?: number;
  seed: string;
  format: string;
  dialect: string;
  out: string;
  style: string;
  workers?: number;
  shard?: string;
  quiet: boolean;
  mllp: boolean;
  truth?: string;
  to?: string;
  loadMode?: 'create' | 'truncate' | 'append' | 'replace';
  create?: boolean;
}

export function registerGenerate(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'generate',
    'Generate obviously fake, clinically coherent patients from a schema (default: 100 patients to ./out/<table>.csv)',
    (y) =>
      auditLogOption(tableOptions(y, 'write'))
        .option('schema', {
          type: 'string',
          describe: `schema file, YAML or JSON (default: built-in ${DEFAULT_SCHEMA})`,
        })
        .option('count', {
          type: 'number',
          describe: 'rows of the root table (patients); child tables follow',
        })
        .option('seed', {
          type: 'string',
          default: '1',
          describe: 'same schema + seed + version → same bytes',
        })
        .option('format', {
          choices: [...FORMATS, ...FHIR_FORMATS, ...HL7_FORMATS],
          default: 'csv',
          describe:
            'output format (fhir: a transaction Bundle per patient; fhir-ndjson: Bulk Data files; hl7v2: ADT messages in DIR/adt.hl7)',
        })
        .option('mllp', {
          type: 'boolean',
          default: false,
          describe: 'with --format hl7v2: MLLP framing per message',
        })
        .option('dialect', { choices: DIALECTS, default: 'postgres', describe: 'SQL dialect (--format sql)' })
        .option('out', {
          type: 'string',
          requiresArg: true,
          default: 'out',
          describe: 'output directory, or - for stdout (with one --tables)',
        })
        .option('style', {
          choices: ['obvious', 'realistic'],
          default: 'obvious',
          describe: 'realistic drops the ZZTEST name marker',
        })
        .option('workers', {
          type: 'number',
          describe: 'worker threads (default: one per core; none for small runs)',
        })
        .option('shard', { type: 'string', describe: 'k/n: write the k-th of n slices of the root rows' })
        .option('truth', {
          type: 'string',
          describe: 'write NDJSON ground truth of identifiers planted in notes',
        })
        .option('to', {
          type: 'string',
          describe: 'load into a database instead of files: postgres://…, mysql://…, sqlite:…',
        })
        .option('load-mode', {
          choices: ['create', 'truncate', 'append', 'replace'],
          describe: 'with --to: create tables (default), truncate or append to them, or replace them',
        })
        .option('create', { type: 'boolean', describe: 'with --to: same as --load-mode create' })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or summary' })
        .example('$0 generate', '100 patients and their charts as CSV in ./out')
        .example('$0 generate --count 10000 --format ndjson --seed 7 --out data/', 'same seed, same bytes')
        .example('$0 generate --format sql --dialect mysql --out seed/', 'CREATE TABLE + INSERT files')
        .example('$0 generate --format fhir --count 20', 'one FHIR transaction Bundle per patient')
        .example('$0 generate --format hl7v2 --count 20', 'an ADT feed (A04, A08, A03) in out/adt.hl7')
        .example('$0 generate --to postgres://localhost/test --count 50000', 'load straight into PostgreSQL')
        .example('$0 generate --tables patients --out - | head', 'one table to stdout'),
    async (argv) => {
      exit(await runGenerate(argv as unknown as GenerateArgs, io));
    },
  );
}

export async function runGenerate(args: GenerateArgs, io: CommandIo): Promise<number> {
  // Loaded here, not at the top: the generator pulls in faker's locale data (~35 MB), which
  // scrub and check never need.
  const [{ generate }, { progressBar }, { parseShard }, { loadGeneratorSchema }] = await Promise.all([
    import('../generate/generate.js'),
    import('../generate/progress.js'),
    import('../generate/shard.js'),
    import('../schema/generator-load.js'),
  ]);
  const count = args.count;
  if (count !== undefined && (!Number.isInteger(count) || count < 0))
    throw new PlaceboError('E_USAGE', 'invalid --count', { path: '--count' }, 'a whole number ≥ 0');
  const workers = args.workers;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new PlaceboError('E_USAGE', 'invalid --workers', { path: '--workers' }, 'a whole number ≥ 1');
  const toStdout = args.out === '-';
  if (args.create && args.loadMode && args.loadMode !== 'create')
    throw new PlaceboError(
      'E_USAGE',
      '--create contradicts --load-mode',
      { path: '--create' },
      'give one of them',
    );
  if ((args.loadMode || args.create) && !args.to)
    throw new PlaceboError(
      'E_USAGE',
      '--load-mode and --create need --to',
      { path: '--load-mode' },
      'e.g. --to sqlite:data/app.db',
    );
  const only = tableList(args.tables);
  const excluded = tableList(args.excludeTables);
  if (!toStdout && !args.to) checkOutputDir('--out', args.out, io.cwd);
  checkOutputFiles({ '--truth': args.truth, '--audit-log': args.auditLog }, io.cwd);
  const audit = auditTarget(args.auditLog, io);
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  const schemaPath = args.schema
    ? resolve(io.cwd, args.schema)
    : fileURLToPath(new URL(DEFAULT_SCHEMA, PACKAGE_ROOT));
  const schema = loadGeneratorSchema(schemaPath, args.schema ? io.cwd : fileURLToPath(PACKAGE_ROOT));
  const outDir = resolve(io.cwd, args.out);
  for (const t of excluded ?? [])
    if (!(t in schema.schema.tables))
      throw new PlaceboError(
        'E_USAGE',
        `unknown table "${t}"`,
        { path: '--exclude-tables' },
        `tables: ${Object.keys(schema.schema.tables).join(', ')}`,
      );
  const tables = excluded
    ? (only ?? Object.keys(schema.schema.tables)).filter((t) => !excluded.includes(t))
    : only;
  if (toStdout && tables?.length !== 1)
    throw new PlaceboError(
      'E_USAGE',
      '--out - needs exactly one --tables',
      { path: '--out' },
      'e.g. --out - --tables patients',
    );
  const bar =
    io.interactive && !args.quiet
      ? progressBar(io.stderr, schema.schema.root ?? Object.keys(schema.schema.tables)[0] ?? 'rows')
      : undefined;
  const started = Date.now();
  try {
    const summary = await generate({
      schema,
      seed: args.seed,
      style: args.style as Style,
      ...(count !== undefined ? { count } : {}),
      format: args.format as OutputFormat,
      dialect: args.dialect as Dialect,
      out: args.to
        ? { db: args.to, mode: args.create ? 'create' : (args.loadMode ?? 'create') }
        : toStdout
          ? { stream: io.stdout }
          : { dir: outDir },
      ...(tables ? { tables } : {}),
      workers,
      ...(shard ? { shard } : {}),
      ...(args.mllp ? { mllp: true } : {}),
      ...(args.truth ? { truth: resolve(io.cwd, args.truth) } : {}),
      ...(bar ? { onProgress: (d: number, t: number, r: number) => bar.update(d, t, r) } : {}),
    });
    bar?.stop();
    const logged = audit
      ? await recordRun(
          audit,
          await generateAuditFacts(
            summary.rows,
            args.to ? { db: true } : toStdout ? { stream: true } : { dir: outDir },
            started,
          ),
        )
      : undefined;
    if (logged) io.stderr.write(`placebo: run log entry ${logged.seq}, chain head ${logged.head}\n`);
    if (!args.quiet) {
      const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      const seconds = (Date.now() - started) / 1000;
      const where = args.to ? 'the database' : toStdout ? 'stdout' : args.out;
      io.stderr.write(
        `placebo: wrote ${total} rows in ${Object.keys(summary.rows).length} tables to ${where} (${seconds.toFixed(1)} s)\n`,
      );
    }
    return 0;
  } finally {
    bar?.stop();
  }
}
