import type { Argv } from 'yargs';
import { PlaceboError } from '../core/errors.js';
import type { CommandIo } from './io.js';
import type { ExitSink } from './run.js';

/** Placeholder until the scrub command lands. */
export function registerScrub(cli: Argv, _io: CommandIo, _exit: ExitSink): Argv {
  return cli.command('scrub', 'scrub (not yet built)', {}, async () => {
    throw new PlaceboError('E_USAGE', 'scrub is not built yet');
  });
}
