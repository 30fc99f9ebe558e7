/** `placebo report REPORT.json --html FILE`: render a scrub report written earlier as the auditor's HTML page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { CommandIo } from '../core/command-io.js';
import { EXIT, PlaceboError } from '../core/errors.js';
import { writeFileAtomic } from '../io/atomic-file.js';
import { scrubHtml } from '../scrub/html-report.js';
import type { ScrubReport } from '../scrub/report.js';
import { checkOutputFiles } from './paths.js';
import type { ExitSink } from './run.js';

export function registerReport(cli: Argv, io: CommandIo, exit: ExitSink): Argv {
  return cli.command(
    'report <report>',
    'Render a scrub report (--report FILE.json) as one self-contained HTML page',
    (y) =>
      y
        .positional('report', {
          type: 'string',
          demandOption: true,
          describe: 'a JSON report from placebo scrub',
        })
        .option('html', { type: 'string', demandOption: true, describe: 'write the HTML page to FILE' })
        .example('$0 report clean/report.json --html clean/report.html', 'for the audit file'),
    async (argv) => {
      const { report, html } = argv as unknown as { report: string; html: string };
      checkOutputFiles({ '--html': html }, io.cwd);
      let parsed: ScrubReport;
      try {
        parsed = JSON.parse(readFileSync(resolve(io.cwd, report), 'utf8')) as ScrubReport;
      } catch {
        throw new PlaceboError('E_INPUT', 'cannot read a JSON report', { file: report });
      }
      if (parsed?.tool?.name !== 'placebo' || parsed.tool.command !== 'scrub' || !Array.isArray(parsed.files))
        throw new PlaceboError(
          'E_INPUT',
          'not a placebo scrub report',
          { file: report },
          'placebo scrub ... --report FILE.json',
        );
      await writeFileAtomic(resolve(io.cwd, html), scrubHtml(parsed));
      exit(EXIT.ok);
    },
  );
}
