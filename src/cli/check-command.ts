import type { Argv } from 'yargs';
import { PlaceboError } from '../core/errors.js';
import type { CommandIo } from './io.js';
import type { ExitSink } from './run.js';

/** Placeholder until the check command lands. */
export function registerCheck(cli: Argv, _io: CommandIo, _exit: ExitSink): Argv {
  return cli.command('check', 'check (not yet built)', {}, async () => {
    throw new PlaceboError('E_USAGE', 'check is not built yet');
  });
}
