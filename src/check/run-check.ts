/**
 * `placebo check` over files: expand the INPUT arguments, open each as a record source (lazily,
 * one at a time) and run the engine. The I/O layer comes in through a port, as for scrub.
 */
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { Style } from '../catalogue/types.js';
import type { CommandIo } from '../core/command-io.js';
import { type SiteWords, useSiteWords } from '../detect/text/index.js';
import { fhirRecords } from '../fhir/record-view.js';
import { fhirRuleSet } from '../fhir/scrub-rules.js';
import type { InputDocument, InputFormat } from '../io/types.js';
import { loadProfile } from '../schema/profile.js';
import { inferFileKeys, tableNameOf } from '../scrub/keys/infer-files.js';
import type { SpanFinder } from '../scrub/span-finder.js';
import { workerSpanFinder } from '../scrub/span-pool.js';
import { checkSources } from './check.js';
import { defaultCheckServices, policyFrom } from './default-services.js';
import { NO_PROGRESS, terminalProgress } from './progress.js';
import type { CheckReport, CheckSource } from './types.js';

/** What check needs from src/io; `-` is stdin. */
export interface CheckIo {
  listInputs(inputs: readonly string[], cwd: string): Promise<string[]>;
  openInput(
    file: string,
    opts: { format?: InputFormat; cwd: string; stdin: Readable },
  ): Promise<InputDocument>;
}

export interface RunCheckOptions {
  inputs: readonly string[];
  /** Built-in profile name or YAML file; default safe-harbor. */
  profile?: string;
  style: Style;
  inputFormat?: InputFormat;
  maxFindingsPerField?: number;
  /** Free-text worker threads (default: number of cores; 0 = scan on this thread). */
  workers?: number;
  quiet: boolean;
}

/** The worker pool starts with the first free text, so inputs without notes never pay for it. */
function lazyPool(workers: number, site: SiteWords): SpanFinder {
  let pool: SpanFinder | undefined;
  return {
    find(jobs) {
      if (jobs.length === 0) return Promise.resolve([]);
      pool ??= workerSpanFinder(workers, site);
      return pool.find(jobs);
    },
    async close() {
      await pool?.close();
    },
  };
}

export async function runCheck(opts: RunCheckOptions, io: CommandIo, cio: CheckIo): Promise<CheckReport> {
  const profile = loadProfile(opts.profile, io.cwd);
  const files = await cio.listInputs(opts.inputs, io.cwd);
  const rules = fhirRuleSet(profile.fhirRules);
  const progress = io.interactive && !opts.quiet ? terminalProgress(io.stderr) : NO_PROGRESS;
  const open = (file: string) =>
    cio.openInput(file, { format: opts.inputFormat, cwd: io.cwd, stdin: io.stdin });
  const keys = await dataSetKeys(files, open);
  async function* sources(): AsyncGenerator<CheckSource> {
    for (const file of files) {
      const doc = await open(file);
      // FHIR resources are read through the FHIR view (typed paths, narrative and attachment text).
      yield {
        name: file,
        format: doc.format,
        records: () => fhirRecords(doc.records(), rules),
        keyColumns: keys.get(tableNameOf(file)),
      };
    }
  }
  const workers = Math.max(0, opts.workers ?? availableParallelism());
  const services = defaultCheckServices(profile);
  useSiteWords(profile.siteWords);
  const finder = workers > 0 ? lazyPool(workers, profile.siteWords) : undefined;
  if (finder) services.spanFinder = finder;
  try {
    return await checkSources(sources(), services, policyFrom(profile), {
      style: opts.style,
      maxFindingsPerField: opts.maxFindingsPerField,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.done();
    await finder?.close();
  }
}

/**
 * The foreign keys among the files (two or more, not stdin, not database tables), inferred as scrub
 * does: per table, each column that references another file's key, and that key.
 */
async function dataSetKeys(
  files: readonly string[],
  open: (file: string) => Promise<InputDocument>,
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (files.length < 2 || files.some((f) => f === '-' || f.includes('#'))) return out;
  const inferred = await inferFileKeys(await Promise.all(files.map(open)));
  for (const t of inferred.tables) {
    const columns = new Map<string, string>();
    for (const f of t.foreignKeys) columns.set(f.columns[0]!, `${f.refTable}.${f.refColumns[0]}`);
    if (columns.size > 0) out.set(t.name, columns);
  }
  return out;
}
