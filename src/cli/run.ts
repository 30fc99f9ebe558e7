import yargs, { type Argv } from 'yargs';
import type { CommandIo } from '../core/command-io.js';
import { EXIT, exitCodeFor, formatError, PlaceboError } from '../core/errors.js';
import { VERSION } from '../core/version.js';

/** A command handler returns its exit code; `runCli` is the one place that maps errors to codes. */
export type ExitSink = (code: number) => void;

type Register = (cli: Argv, io: CommandIo, setExit: ExitSink) => Argv;

/**
 * Each command's module, loaded on demand: `placebo scrub` need not load generate's, check's or
 * the database drivers' code (about a tenth of a second of start-up). Help and unknown commands
 * load them all, in this order.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  generate: async () => (await import('./generate-command.js')).registerGenerate,
  scrub: async () => (await import('./scrub-command.js')).registerScrub,
  check: async () => (await import('./check-command.js')).registerCheck,
  kinds: async () => (await import('./kinds-command.js')).registerKinds,
  audit: async () => (await import('./audit-command.js')).registerAudit,
  report: async () => (await import('./report-command.js')).registerReport,
};

/** The commands to register for these arguments: the one named first, or every one. */
function commandsFor(args: readonly string[]): (() => Promise<Register>)[] {
  const first = args.find((a) => !a.startsWith('-'));
  const one = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  return one ? [one] : Object.values(COMMANDS);
}

/**
 * yargs-parser drops a lone `-` (it reads it as an empty group of short flags), so `-` (stdin)
 * travels through parsing as this placeholder and is turned back into `-` before any handler runs.
 */
const STDIN_PLACEHOLDER = '\u0000stdin';

function restoreStdin(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (value === STDIN_PLACEHOLDER) argv[key] = '-';
    else if (Array.isArray(value)) argv[key] = value.map((v) => (v === STDIN_PLACEHOLDER ? '-' : v));
  }
}

export async function runCli(rawArgs: readonly string[], commandIo: CommandIo): Promise<number> {
  // Property descriptors, not a spread: processIo's stdin is a getter, so stdin is only opened if used.
  const io = Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(commandIo), args: { value: rawArgs, enumerable: true } },
  ) as CommandIo;
  const args = rawArgs.map((a) => (a === '-' ? STDIN_PLACEHOLDER : a));
  let exitCode: number = EXIT.ok;
  const setExit: ExitSink = (code) => {
    exitCode = code;
  };
  let cli: Argv = yargs([...args])
    .scriptName('placebo')
    .usage(
      '$0 <command> [options]\n\nObviously fake test patients, a Safe Harbor scrubber, and a checker for test data.',
    )
    .version(VERSION)
    .strict()
    .demandCommand(1, 'Choose a command: generate, scrub, check, report, kinds or audit.')
    .recommendCommands()
    .help()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .exitProcess(false)
    .middleware(restoreStdin, true)
    .fail((msg, err) => {
      if (err) throw err;
      throw new PlaceboError('E_USAGE', msg ?? 'invalid usage', {}, 'see placebo --help');
    });
  for (const load of commandsFor(rawArgs)) cli = (await load())(cli, io, setExit);
  cli = cli.completion('completion', 'Print a bash/zsh completion script (placebo completion >> ~/.bashrc)');
  try {
    let printed = '';
    await cli.parseAsync([...args], {}, (_err, _argv, output) => {
      printed = output;
    });
    if (printed) io.stdout.write(`${printed}\n`);
    return exitCode;
  } catch (err) {
    const pe = err instanceof PlaceboError ? err : internalError(err, io.env.PLACEBO_DEBUG === '1');
    io.stderr.write(`${formatError(pe)}\n`);
    return exitCodeFor(pe);
  }
}

/**
 * An error placebo did not anticipate may quote data (a driver or parser message), so its text
 * is shown only when the user opts in with PLACEBO_DEBUG=1.
 */
function internalError(err: unknown, debug: boolean): PlaceboError {
  const name = err instanceof Error ? err.name : 'error';
  if (debug && err instanceof Error)
    return new PlaceboError('E_INTERNAL', `${err.message}\n${err.stack ?? ''}`);
  return new PlaceboError(
    'E_INTERNAL',
    `unexpected ${name}`,
    {},
    'run again with PLACEBO_DEBUG=1 for details; they may quote data',
  );
}
