/**
 * The staging refresh: `placebo scrub --from URL --to URL`. The source database is read in one
 * read-only snapshot, every table goes through the same document scrubber as files (so
 * pseudonyms are shared across tables and foreign keys still join), into the target by its bulk
 * loader; row counts are verified by copyDatabase. Credentials never reach the report.
 */
import { PlaceboError } from '../core/errors.js';
import {
  copyDatabase,
  documentTransform,
  introspect,
  isDbUrl,
  maskUrl,
  readTable,
  tableDocument,
} from '../db/index.js';
import { type DocumentResult, type ScrubEnv, scrubDocument } from './engine.js';
import { keysOfTables } from './keys/index.js';
import type { PlanSource } from './plan/build.js';
import type { FileEntry } from './report.js';
import { RiskTally } from './risk.js';

export interface DbScrubOptions {
  from: string;
  to: string;
  tables?: readonly string[];
  exclude?: readonly string[];
}

export async function scrubDatabase(
  opts: DbScrubOptions,
  env: ScrubEnv,
  onKeys?: (notes: string[]) => void,
): Promise<FileEntry[]> {
  for (const [flag, url] of [
    ['--from', opts.from],
    ['--to', opts.to],
  ] as const) {
    if (!isDbUrl(url))
      throw new PlaceboError(
        'E_USAGE',
        `${flag} is not a database URL`,
        { path: flag },
        'postgres://…, mysql://… or sqlite:PATH',
      );
  }
  const results = new Map<string, DocumentResult>();
  const copy = await copyDatabase(opts.from, opts.to, {
    replace: true,
    // The catalogue's keys decide the key domains before the first row is read.
    onStructure: (structure) => {
      const keys = keysOfTables(structure.tables, env.catalogue);
      env.keys = keys.domains;
      onKeys?.(keys.notes);
    },
    ...(opts.tables ? { tables: opts.tables } : {}),
    ...(opts.exclude ? { exclude: opts.exclude } : {}),
    transform: documentTransform(async (input, output) => {
      results.set(input.file, await scrubDocument(input, output, env));
    }),
  });
  return copy.tables.map((t) => ({
    input: `${maskUrl(opts.from)}#${t.table}`,
    output: `${maskUrl(opts.to)}#${t.table}`,
    format: 'table',
    sha256: { input: null, output: null },
    result: results.get(t.table) ?? {
      recordsIn: t.read,
      recordsOut: t.written,
      fields: [],
      categories: {},
      risk: new RiskTally().summary(),
    },
  }));
}

/** The source's tables as plan sources (sampled in their own read-only snapshots); sets the key domains. */
export async function tablePlanSources(opts: DbScrubOptions, env: ScrubEnv): Promise<PlanSource[]> {
  const structure = await introspect(opts.from, {
    ...(opts.tables ? { tables: opts.tables } : {}),
    ...(opts.exclude ? { exclude: opts.exclude } : {}),
  });
  env.keys = keysOfTables(structure.tables, env.catalogue).domains;
  return structure.tables.map((t) => ({
    table: t.name,
    open: async () => tableDocument(t.name, t, () => readTable(opts.from, t.name)),
    typeOf: (column: string) => t.columns.find((c) => c.name === column)?.type ?? 'text',
  }));
}
