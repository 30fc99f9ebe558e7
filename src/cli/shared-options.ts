/**
 * Options every command spells the same way: `--tables` / `--exclude-tables` (older spellings stay
 * as aliases) and the run log. One definition, so the vocabulary cannot drift between commands.
 */
import type { Argv } from 'yargs';

export interface TableArgs {
  tables?: string[];
  excludeTables?: string[];
}

export function tableOptions<T>(y: Argv<T>, what: string): Argv<T> {
  return y
    .option('tables', {
      alias: 'table',
      type: 'string',
      array: true,
      describe: `${what}: only these tables (a,b or repeated)`,
    })
    .option('exclude-tables', {
      alias: ['exclude-table', 'exclude'],
      type: 'string',
      array: true,
      describe: `${what}: skip these tables`,
    }) as unknown as Argv<T>;
}

/** `a,b` and repeated flags alike; undefined when the flag was not given. */
export function tableList(v: readonly string[] | undefined): string[] | undefined {
  return v?.flatMap((t) => String(t).split(',')).filter(Boolean);
}

export function auditLogOption<T>(y: Argv<T>): Argv<T> {
  return y.option('audit-log', {
    type: 'string',
    describe: 'append one hash-chained JSON line about this run to FILE (no values, no paths)',
  }) as unknown as Argv<T>;
}
