import type { Argv } from 'yargs';
import { PlaceboError } from '../core/errors.js';
import type { CommandIo } from './io.js';
import type { ExitSink } from './run.js';

/** Placeholder until the generate command lands. */
export function registerGenerate(cli: Argv, _io: CommandIo, _exit: ExitSink): Argv {
  return cli.command('generate', 'generate (not yet built)', {}, async () => {
    throw new PlaceboError('E_USAGE', 'generate is not built yet');
  });
}
