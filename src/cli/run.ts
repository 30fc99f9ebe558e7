import yargs, { type Argv } from 'yargs';
import type { CommandIo } from '../core/command-io.js';
import { EXIT, exitCodeFor, formatError, PlaceboError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { registerAudit } from './audit-command.js';
import { registerCheck } from './check-command.js';
import { registerGenerate } from './generate-command.js';
import { registerKinds } from './kinds-command.js';
import { registerReport } from './report-command.js';
import { registerScrub } from './scrub-command.js';

/** A command handler returns its exit code; `runCli` is the one place that maps errors to codes. */
export type ExitSink = (code: number) => void;

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
  const io: CommandIo = { ...commandIo, args: rawArgs };
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
  cli = registerGenerate(cli, io, setExit);
  cli = registerScrub(cli, io, setExit);
  cli = registerCheck(cli, io, setExit);
  cli = registerKinds(cli, io, setExit);
  cli = registerAudit(cli, io, setExit);
  cli = registerReport(cli, io, setExit);
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
