/**
 * `placebo scrub` end to end: profile → inputs → (per file) sample, classify, transform, write →
 * vault commit → report and spans file. Outputs, the report and the spans file appear only when
 * the whole run succeeds; on failure temp files are removed and the vault is rolled back.
 */

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { type AuditTarget, recordRun } from '../audit/index.js';
import { restrictedZip3 } from '../catalogue/zip3.js';
import type { CommandIo } from '../core/command-io.js';
import { PlaceboError } from '../core/errors.js';
import { CATALOGUE } from '../detect/index.js';
import { findSpans, useSiteWords } from '../detect/text/index.js';
import { writeFileAtomic } from '../io/atomic-file.js';
import { CHUNK_BYTES } from '../io/text-source.js';
import type { InputFormat } from '../io/types.js';
import { loadProfile, type Profile } from '../schema/profile.js';
import { scrubAuditFacts } from './audit-facts.js';
import { type ScrubEnv, scrubDocument } from './engine.js';
import { boundHeapGrowth } from './heap.js';
import { scrubHtml } from './html-report.js';
import type { ScrubIo } from './io-port.js';
import { keysOfFiles } from './keys/index.js';
import { tableNameOf } from './keys/infer-files.js';
import { keyTokens } from './keys/key-token.js';
import { nameBook } from './name-book.js';
import { OutputBatch } from './output-batch.js';
import { buildPlan, type PlanSource, sourceColumns } from './plan/build.js';
import { checkDrift, planText, readPlan, type ScrubPlan } from './plan/plan.js';
import { pseudonymiser } from './pseudonyms.js';
import { buildReport, type FileEntry, type ScrubReport, summaryLines } from './report.js';
import { type DbScrubOptions, scrubDatabase, tablePlanSources } from './run-db.js';
import { inlineSpanFinder, type SpanFinder } from './span-finder.js';
import { workerSpanFinder } from './span-pool.js';
import { SpansFile } from './spans-file.js';
import { parseDate } from './transforms/dates.js';
import { loadVaultKey } from './vault/keys.js';
import { PseudonymStore } from './vault/store.js';

export interface ScrubOptions {
  inputs: readonly string[];
  out: string;
  profile?: string;
  report?: string;
  spans?: string;
  vault?: string;
  keyFile?: string;
  format?: InputFormat;
  workers?: number;
  quiet?: boolean;
  /** Staging refresh: copy database `from` into `to`, scrubbed (instead of inputs/out). */
  db?: DbScrubOptions;
  /** Append this run to a hash-chained run log (--audit-log). */
  audit?: AuditTarget;
  /** Write the plan to this file and transform nothing. */
  planOut?: string;
  /** `--dry-run`: hand the plan (the decisions `--plan-out` writes) to the caller; write nothing. */
  onPlan?: (plan: ScrubPlan) => void;
  /** Apply this reviewed plan. */
  plan?: string;
  /** With `plan`: stop (E_DRIFT, exit 1) when the source has a column the plan lacks or a changed type. */
  strict?: boolean;
}

/** Every kind id a profile names must exist in the catalogue. */
function checkProfileKinds(profile: Profile): void {
  for (const [field, target] of Object.entries(profile.fields)) {
    if (target !== 'keep' && target !== 'free-text' && !CATALOGUE.kindById(target)) {
      throw new PlaceboError(
        'E_PROFILE',
        'field mapping names an unknown kind',
        { file: profile.source, path: `fields.${field}` },
        'use a catalogue kind id (docs/scrub.md), "keep" or "free-text"',
      );
    }
  }
  for (const key of Object.keys(profile.actions)) {
    if (!/^\d+$/.test(key) && !CATALOGUE.kindById(key)) {
      throw new PlaceboError(
        'E_PROFILE',
        'action names an unknown kind',
        { file: profile.source, path: `actions.${key}` },
        'use a category number 1-18 or a catalogue kind id',
      );
    }
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  // A small file in one read: a stream's 64 KB buffer per file was GC work on many small notes.
  if (statSync(file).size <= CHUNK_BYTES) return hash.update(readFileSync(file)).digest('hex');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Inputs smaller than this are scanned on this thread: starting a worker costs more than it saves. */
const SMALL_INPUT_BYTES = 4 * 1024 * 1024;

/** One worker per core, or none when the files are small (stdin and databases count as large). */
function defaultWorkers(files: readonly string[], cwd: string, db: boolean): number {
  if (db || files.includes('-')) return availableParallelism();
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(resolve(cwd, f)).size;
    } catch {
      // Reading it will say what is wrong.
    }
    if (bytes >= SMALL_INPUT_BYTES) return availableParallelism();
  }
  return 0;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function runScrub(opts: ScrubOptions, io: CommandIo, sio: ScrubIo): Promise<ScrubReport> {
  boundHeapGrowth();
  const profile = loadProfile(opts.profile, io.cwd);
  checkProfileKinds(profile);
  const referenceDate = profile.referenceDate ?? today();
  const refDate = parseDate(referenceDate)!;
  const files = opts.db ? [] : await sio.listInputs(opts.inputs, io.cwd);
  if (files.length === 0 && !opts.db)
    throw new PlaceboError('E_USAGE', 'no input files', {}, 'give files or directories');
  const outDir = resolve(io.cwd, opts.out);
  const targets = new Map<string, string>();
  const taken = new Set<string>();
  for (const f of files) {
    const target = f === '-' ? '-' : join(outDir, basename(f));
    if (target !== '-' && resolve(io.cwd, f) === target)
      throw new PlaceboError(
        'E_USAGE',
        'output would overwrite the input',
        { file: f },
        'choose another --out',
      );
    if (target !== '-' && taken.has(target))
      throw new PlaceboError(
        'E_USAGE',
        'two inputs share a file name',
        { file: f },
        'scrub them in separate runs',
      );
    targets.set(f, target);
    taken.add(target);
  }
  const writesNothing = opts.planOut !== undefined || opts.onPlan !== undefined;
  if (!opts.db && !writesNothing) mkdirSync(outDir, { recursive: true });

  const key = loadVaultKey({ keyFile: opts.keyFile, env: io.env, cwd: io.cwd });
  const store = PseudonymStore.open(
    opts.vault !== undefined ? { file: resolve(io.cwd, opts.vault), key } : {},
  );
  // N worker threads scan free text while this thread transforms and writes; 0 scans inline.
  const workers = Math.max(0, opts.workers ?? defaultWorkers(files, io.cwd, Boolean(opts.db)));
  let finder: SpanFinder | undefined;
  let spansFile: SpansFile | undefined;
  const bar =
    io.interactive && !opts.quiet
      ? new SingleBar({
          format: 'scrub {file} | {records} records | files {value}/{total}',
          stream: io.stderr as NodeJS.WriteStream,
          hideCursor: true,
        })
      : undefined;
  let ok = false;
  try {
    useSiteWords(profile.siteWords);
    finder =
      workers > 0
        ? workerSpanFinder(workers, profile.siteWords)
        : inlineSpanFinder((t, c) => findSpans(t, c));
    spansFile = opts.spans !== undefined ? new SpansFile(resolve(io.cwd, opts.spans)) : undefined;
    const seed = io.env.PLACEBO_SCRUB_SEED || randomBytes(16).toString('hex');
    const sf = spansFile;
    let records = 0;
    let current = '';
    bar?.start(files.length, 0, { file: '', records: 0 });
    const env: ScrubEnv = {
      profile,
      catalogue: CATALOGUE,
      spans: finder,
      restrictedZip3: restrictedZip3(profile.zip3List),
      refDate,
      seed,
      pseudonym: pseudonymiser(store, CATALOGUE, io.env.PLACEBO_SCRUB_SEED || undefined),
      names: nameBook(store, io.env.PLACEBO_SCRUB_SEED || undefined),
      onSpan: sf ? (line) => sf.push(line) : undefined,
      onRecords: (n) => {
        records += n;
        bar?.update({ file: current, records });
      },
      pipelineDepth: workers > 0 ? 2 : 0,
      // ~12 MB less on this thread: the 1 GB run stays under 300 MB with the larger word lists
      releaseWordLists: workers > 0,
      keyToken: keyTokens(store, CATALOGUE, io.env.PLACEBO_SCRUB_SEED || undefined),
    };
    // The data set's keys, before any value is transformed: files are read once more for them.
    let keyNotes: string[] = [];
    const stdin = (f: string) => (f === '-' ? { stdin: io.stdin } : {});
    const open = (f: string) => sio.openInput(f, { format: opts.format, cwd: io.cwd, ...stdin(f) });
    let sources: PlanSource[] = [];
    if (opts.db) {
      if (opts.plan !== undefined || writesNothing) sources = await tablePlanSources(opts.db, env);
    } else {
      const types = new Map<string, Map<string, string>>();
      if (files.length > 1 && !files.includes('-')) {
        const keys = await keysOfFiles(await Promise.all(files.map(open)), CATALOGUE);
        env.keys = keys.domains;
        keyNotes = keys.notes;
        for (const t of keys.tables) types.set(t.name, new Map(t.columns.map((c) => [c.name, c.generic])));
      }
      sources = files.map((f) => ({
        table: tableNameOf(f),
        open: () => open(f),
        typeOf: (column: string) => types.get(tableNameOf(f))?.get(column) ?? 'text',
      }));
    }
    if (opts.plan !== undefined) {
      env.plan = readPlan(opts.plan, io.cwd);
      if (opts.strict) for (const s of sources) checkDrift(env.plan, await sourceColumns(s), opts.plan);
    }
    if (writesNothing) {
      const plan = await buildPlan(sources, env);
      if (opts.planOut !== undefined) await writeFileAtomic(resolve(io.cwd, opts.planOut), planText(plan));
      opts.onPlan?.(plan);
      ok = true;
      return buildReport({ profile, referenceDate, files: [], pseudonyms: { ...store.stats }, vault: null });
    }
    const entries: FileEntry[] = [];
    const outputs = new OutputBatch();
    try {
      if (opts.db)
        entries.push(
          ...(await scrubDatabase(opts.db, env, (notes) => {
            keyNotes = notes;
          })),
        );
      const written: { entry: FileEntry; target: string }[] = [];
      for (const file of files) {
        current = file === '-' ? 'stdin' : basename(file);
        const target = targets.get(file)!;
        const input = await sio.openInput(file, { format: opts.format, cwd: io.cwd, ...stdin(file) });
        const output = await sio.openOutput(target, input, { stdout: io.stdout });
        let result: Awaited<ReturnType<typeof scrubDocument>>;
        try {
          result = await scrubDocument(input, output, env);
        } catch (err) {
          await output.abort().catch(() => {});
          throw err;
        }
        await outputs.add(output, target);
        const entry: FileEntry = {
          input: file === '-' ? '-' : file,
          output: target === '-' ? '-' : relative(io.cwd, target) || target,
          format: input.format,
          sha256: { input: file === '-' ? null : await sha256File(resolve(io.cwd, file)), output: null },
          result,
        };
        entries.push(entry);
        written.push({ entry, target });
        bar?.increment(1, { file: current, records });
      }
      await outputs.publish();
      // Hashed in place, so the report describes the files as published.
      for (const w of written) if (w.target !== '-') w.entry.sha256.output = await sha256File(w.target);
    } catch (err) {
      // Nothing half-done stays behind: outputs not yet in place, and those of this run that are.
      await outputs.abort();
      throw err;
    }
    bar?.stop();
    const report = buildReport({
      profile,
      referenceDate,
      files: entries,
      pseudonyms: { ...store.stats },
      vault: opts.vault ?? null,
    });
    report.notes.push(...keyNotes);
    if (opts.audit) {
      try {
        report.auditLog = await recordRun(opts.audit, scrubAuditFacts(report, io.cwd, Boolean(opts.db)));
      } catch (err) {
        await outputs.abort();
        throw err;
      }
    }
    await spansFile?.commit();
    // The report's format follows its extension: .html (or .htm) is the auditor's page, else JSON.
    if (opts.report !== undefined)
      await writeFileAtomic(
        resolve(io.cwd, opts.report),
        /\.html?$/i.test(opts.report) ? scrubHtml(report) : `${JSON.stringify(report, null, 2)}\n`,
      );
    if (!opts.quiet) io.stderr.write(`${summaryLines(report).join('\n')}\n`);
    ok = true;
    return report;
  } finally {
    bar?.stop();
    if (!ok) spansFile?.abort();
    await finder?.close();
    store.close(ok);
  }
}
