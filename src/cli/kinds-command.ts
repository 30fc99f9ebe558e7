/** `placebo kinds`: the identifier catalogue, one line per kind: id, Safe Harbor category, a fake example. */
import type { Argv } from 'yargs';
import { CATEGORIES } from '../catalogue/categories.js';
import { KINDS } from '../catalogue/index.js';
import type { CommandIo } from '../core/command-io.js';
import { rngFor } from '../core/rng.js';
import type { ExitSink } from './run.js';

export interface KindRow {
  id: string;
  label: string;
  category: number;
  categoryName: string;
  /** Whether a reserved range exists, so check can prove a value fake (or real). */
  provable: boolean;
  example: string;
}

export function kindRows(): KindRow[] {
  return KINDS.map((k) => ({
    id: k.id,
    label: k.label,
    category: k.category,
    categoryName: CATEGORIES[k.category].short,
    provable: k.provable,
    // A fixed draw: the same example every time, made by the same maker generate uses.
    example: k.make(rngFor('placebo kinds', k.id), { style: 'obvious' }),
  }));
}

function table(rows: readonly KindRow[]): string {
  const head = ['kind', 'category', 'provably fake', 'example'];
  const cells = rows.map((r) => [
    r.id,
    `${r.category} ${r.categoryName}`,
    r.provable ? 'yes' : 'no (counted only)',
    r.example.replace(/\s+/g, ' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(head), ...cells.map(line)].join('\n')}\n`;
}

export function registerKinds(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'kinds',
    'List the identifier catalogue: each kind, its Safe Harbor category and a fake example',
    (y) =>
      y
        .option('reporter', {
          choices: ['text', 'json'] as const,
          default: 'text',
          describe: 'output format',
        })
        .example('$0 kinds', 'a table')
        .example('$0 kinds --reporter json', 'the same as JSON'),
    (argv) => {
      const rows = kindRows();
      io.stdout.write(argv.reporter === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
      exit(0);
    },
  );
}
