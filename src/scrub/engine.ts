/**
 * Scrubbing one document: classify its fields from the first records, then, batch by batch,
 * build each record's context, scan its free text (possibly on workers), and apply transforms
 * on this thread in record order — so pseudonyms and output do not depend on worker count.
 */
import type { Category, IdentifierKind } from '../catalogue/types.js';
import { rngFor, rngPrefix } from '../core/rng.js';
import { releaseWordLists } from '../data/text/lists.js';
import { DbLeaf } from '../db/record.js';
import type { CataloguePort } from '../detect/catalogue-port.js';
import { classifyField, classifyFields } from '../detect/classify.js';
import { Sampler } from '../detect/sampler.js';
import type { RecordContext, Span } from '../detect/text/types.js';
import type { FieldClass } from '../detect/types.js';
import { FhirRecordView } from '../fhir/record-view.js';
import type { DocRecord, InputDocument, Leaf, OutputDocument } from '../io/types.js';
import { type Action, actionFor, type Profile } from '../schema/profile.js';
import { contextFor } from './context-filter.js';
import { bundleContexts } from './fhir-context.js';
import { fhirDocuments } from './fhir-record.js';
import type { KeyDomain, KeyDomains } from './keys/domains.js';
import { tableNameOf } from './keys/infer-files.js';
import type { KeyTokens } from './keys/key-token.js';
import type { NameFor } from './name-book.js';
import { nestedContexts } from './nested-context.js';
import { type PlanColumn, planColumn, type ScrubPlan } from './plan/plan.js';
import { isOwnNameField, isSexField, parseSex } from './record-sex.js';
import { type RiskSummary, RiskTally } from './risk.js';
import type { SpanFinder, TextJob } from './span-finder.js';
import { addCategory, type CategoryTotals, emptyCounts, type FieldCounts } from './stats.js';
import { kindFromRecord, resolveSpans, rewriteText, type TextReplaceContext } from './text-replace.js';
import { parseAge } from './transforms/age.js';
import { type TransformContext, transformValue } from './transforms/apply.js';
import { ageAt, type ParsedDate, parseDate } from './transforms/dates.js';
import { fitToColumn, typedDomain } from './transforms/fit-column.js';

export const SAMPLE_RECORDS = 1000;
const NO_RNG = rngFor('unused');
const BATCH = 256;

export interface SpanLine {
  file: string;
  record: number;
  field: string;
  start: number;
  end: number;
  kind: string;
  category: number;
}

export interface ScrubEnv {
  profile: Profile;
  catalogue: CataloguePort;
  spans: SpanFinder;
  restrictedZip3: ReadonlySet<string>;
  refDate: ParsedDate;
  /** Seed for surrogates (random per run unless fixed for tests). */
  seed: string;
  /** Consistent random token for an original (the vault). */
  pseudonym(kindId: string, value: string): string;
  /** One fake name per original name word, for the run and the vault (name-book.ts). */
  names?: NameFor;
  /** Key domains of the data set (src/scrub/keys): their columns are replaced or kept as one. */
  keys?: KeyDomains;
  /** Typed, random replacement of a key in its domain (src/scrub/keys/key-token.ts). */
  keyToken?: KeyTokens;
  /** A reviewed plan (`--plan`): its column decisions win over detection and key domains. */
  plan?: ScrubPlan;
  onSpan?: (line: SpanLine) => void;
  onRecords?: (n: number) => void;
  /** Batches prepared ahead of the one being written (0 = none; more keeps workers busy). */
  pipelineDepth?: number;
  /** Free the free-text word lists after classifying (they live on the worker threads). */
  releaseWordLists?: boolean;
}

export interface FieldResult {
  cls: FieldClass;
  action: Action | 'scan' | 'none';
  counts: FieldCounts;
  /** Free text: spans found per kind. */
  spanKinds: Record<string, number>;
  /** The key domain this column belongs to, when it is a key or references one. */
  domain?: KeyDomain;
}

export interface DocumentResult {
  recordsIn: number;
  recordsOut: number;
  fields: FieldResult[];
  categories: CategoryTotals;
  risk: RiskSummary;
}

/** Kinds whose value goes into the RecordContext for free-text matching. */
function contextWorthy(cls: FieldClass): boolean {
  return cls.kind !== null && cls.category !== null && cls.kind !== 'age';
}

export interface PreparedBatch {
  perRecord: {
    record: DocRecord;
    fields: FieldResult[];
    /** The context of a text leaf: the whole record's, or its entry's / row's in a large record. */
    ctxOf: (leafIndex: number) => RecordContext;
  }[];
  spans: Promise<Span[][]>;
  jobAt: string[];
}

export class DocumentScrubber {
  private readonly fields = new Map<string, FieldResult>();
  private readonly categories: CategoryTotals = {};
  private readonly risk = new RiskTally();
  private recordsOut = 0;
  /** Per-cell surrogate streams: (seed, file, record, leaf[, n]), the prefix hashed once. */
  private readonly cellRng: ReturnType<typeof rngPrefix>;
  /** The table this document is (a database table, or a file named after its table). */
  private readonly table: string;

  constructor(
    private readonly env: ScrubEnv,
    private readonly file: string,
    classes: readonly FieldClass[],
  ) {
    this.cellRng = rngPrefix(env.seed, file);
    this.table = tableNameOf(file);
    for (const cls of classes) this.fields.set(cls.path, this.fieldResult(cls));
  }

  private fieldResult(cls: FieldClass): FieldResult {
    const planned = planColumn(this.env.plan, this.table, cls.path);
    if (planned) return this.plannedResult(cls, planned);
    const domain = this.env.keys?.of(this.table, cls.path);
    if (domain && this.env.profile.fields[cls.path] === undefined) {
      // The data set's keys decide, not the column's name or values.
      return {
        cls: {
          ...cls,
          kind: null,
          category: 18,
          freeText: false,
          explanation: `key domain ${domain.id}: ${domain.reason}`,
        },
        action: domain.action === 'replace' ? 'pseudonymise' : 'keep',
        counts: emptyCounts(),
        spanKinds: {},
        domain,
      };
    }
    let action: FieldResult['action'] = 'none';
    if (cls.freeText) action = 'scan';
    else if (cls.kind && cls.category) action = actionFor(this.env.profile, cls.kind, cls.category);
    return { cls, action, counts: emptyCounts(), spanKinds: {} };
  }

  /** The plan's decision for a column, as a field result. */
  private plannedResult(cls: FieldClass, planned: PlanColumn): FieldResult {
    const why = `plan: ${planned.action}${planned.reason ? ` (${planned.reason})` : ''}`;
    const domain = planned.domain !== undefined ? this.env.keys?.of(this.table, cls.path) : undefined;
    if (domain && (planned.action === 'pseudonymise' || planned.action === 'keep')) {
      const decided = {
        ...domain,
        action: planned.action === 'keep' ? ('keep' as const) : ('replace' as const),
      };
      return {
        cls: { ...cls, kind: null, category: 18, freeText: false, explanation: why },
        action: planned.action,
        counts: emptyCounts(),
        spanKinds: {},
        domain: decided,
      };
    }
    const kind = planned.kind ? this.env.catalogue.kindById(planned.kind) : undefined;
    if (planned.action === 'scan')
      return {
        cls: { ...cls, kind: null, category: null, freeText: true, explanation: why },
        action: 'scan',
        counts: emptyCounts(),
        spanKinds: {},
      };
    if (!kind || planned.action === 'none' || planned.action === 'keep')
      return {
        cls: {
          ...cls,
          kind: kind?.id ?? null,
          category: kind?.category ?? null,
          freeText: false,
          explanation: why,
        },
        action: kind && planned.action === 'keep' ? 'keep' : 'none',
        counts: emptyCounts(),
        spanKinds: {},
      };
    return {
      cls: { ...cls, kind: kind.id, category: kind.category, freeText: false, explanation: why },
      action: planned.action,
      counts: emptyCounts(),
      spanKinds: {},
    };
  }

  private fieldOf(leaf: Leaf): FieldResult {
    let f = this.fields.get(leaf.path);
    if (!f) {
      // A path first seen after sampling: classify it from its name and this one value.
      const cls = classifyField(
        { path: leaf.path, key: leaf.key, values: leaf.value.trim() ? [leaf.value] : [] },
        this.env.profile,
        this.env.catalogue,
      );
      f = this.fieldResult(cls);
      this.fields.set(leaf.path, f);
    }
    return f;
  }

  /** Record-level Safe Harbor rule: an age ≥ 90, or a birth date implying one. */
  private over89(record: DocRecord, fields: readonly FieldResult[]): boolean {
    for (let i = 0; i < record.leaves.length; i++) {
      const kind = fields[i]!.cls.kind;
      const value = record.leaves[i]!.value;
      if (kind === 'age') {
        const age = parseAge(value);
        if (age !== null && age >= 90) return true;
      } else if (kind === 'birth-date') {
        const d = parseDate(value, this.env.refDate.year);
        if (d && ageAt(d, this.env.refDate) >= 90) return true;
      }
    }
    return false;
  }

  /** Step 1 (in record order): classify leaves, build contexts, start the free-text scan. */
  prepare(records: readonly DocRecord[]): PreparedBatch {
    const perRecord = records.map((record) => {
      const fields = record.leaves.map((l) => this.fieldOf(l));
      const knownAt = record.leaves.map((leaf, i) => {
        const cls = fields[i]!.cls;
        return contextWorthy(cls) && leaf.value.trim() !== ''
          ? { kind: cls.kind!, category: cls.category as Category, value: leaf.value }
          : undefined;
      });
      const known = knownAt.filter((k) => k !== undefined);
      // A Bundle, or an object wrapping many rows, is one record: each text gets the context of
      // its own entry or row, not of the whole record (see fhir-context.ts, nested-context.ts).
      const byEntry =
        record instanceof FhirRecordView ? bundleContexts(record, (i) => knownAt[i]) : undefined;
      const leafCtx = byEntry
        ? (l: number): RecordContext => byEntry((record as FhirRecordView).leaves[l]!)
        : nestedContexts(record.leaves, (i) => knownAt[i]);
      const whole: RecordContext = { known };
      return { record, fields, ctxOf: leafCtx ?? (() => whole) };
    });
    const jobs: TextJob[] = [];
    const jobAt: string[] = [];
    perRecord.forEach((p, r) => {
      p.record.leaves.forEach((leaf, l) => {
        if (p.fields[l]!.cls.freeText && leaf.value.trim() !== '') {
          jobs.push({ text: leaf.value, ctx: contextFor(leaf.value, p.ctxOf(l)) });
          jobAt.push(`${r}:${l}`);
        }
      });
    });
    const spans = jobs.length > 0 ? this.env.spans.find(jobs) : Promise.resolve([]);
    // Keep a rejected scan from being reported as unhandled before finish() awaits it.
    spans.catch(() => {});
    return { perRecord, spans, jobAt };
  }

  /** Step 2 (in record order, this thread): transforms, text rewrite, pseudonyms, write. */
  async finish(batch: PreparedBatch, output: OutputDocument): Promise<void> {
    const found = await batch.spans;
    const spansOf = new Map<string, Span[]>();
    batch.jobAt.forEach((at, j) => {
      spansOf.set(at, found[j] ?? []);
    });
    for (let r = 0; r < batch.perRecord.length; r++) {
      const p = batch.perRecord[r]!;
      const after = this.scrubRecord(p.record, p.fields, p.ctxOf, (l) => spansOf.get(`${r}:${l}`));
      this.risk.add(p.record.leaves, p.fields, after);
      await output.write(p.record);
      this.recordsOut++;
    }
    this.env.onRecords?.(batch.perRecord.length);
  }

  private scrubRecord(
    record: DocRecord,
    fields: readonly FieldResult[],
    ctxOf: (leafIndex: number) => RecordContext,
    spansFor: (leafIndex: number) => Span[] | undefined,
  ): (string | null)[] {
    const env = this.env;
    // Each leaf's value as written, for the re-identification tally.
    const after: (string | null)[] = record.leaves.map((leaf) => leaf.value);
    const over89 = env.profile.ageTopCode && this.over89(record, fields);
    const shiftDays = env.profile.shiftDays
      ? rngFor(env.seed, 'shift', this.file, record.index).int(1, env.profile.shiftDays) *
        (rngFor(env.seed, 'shift-sign', this.file, record.index).chance(0.5) ? 1 : -1)
      : 0;
    // Structured values as read (before any replacement), for keys repeated in notes.
    const known = (l: number) => ctxOf(l).known;
    const sexAt = record.leaves.findIndex((leaf) => isSexField(leaf.key));
    const sex = sexAt >= 0 ? parseSex(record.leaves[sexAt]!.value) : undefined;
    record.leaves.forEach((leaf, l) => {
      const f = fields[l]!;
      const value = leaf.value;
      if (value.trim() === '') return;
      if (f.action === 'scan') {
        f.counts.values++;
        const spans = resolveSpans(spansFor(l) ?? []).map((s) =>
          kindFromRecord(s, value.slice(s.start, s.end), known(l)),
        );
        if (spans.length === 0) return;
        const text = this.textContext(record, leaf, over89, shiftDays, known(l));
        const next = rewriteText(value, spans, text);
        f.counts.spans += spans.length;
        for (const s of spans) {
          addCategory(this.categories, s.category, 'spans', 1);
          f.spanKinds[s.kind] = (f.spanKinds[s.kind] ?? 0) + 1;
          env.onSpan?.({
            file: this.file,
            record: record.index,
            field: leaf.at,
            start: s.start,
            end: s.end,
            kind: s.kind,
            category: s.category,
          });
        }
        if (next !== value) {
          leaf.replace(next);
          after[l] = next;
          f.counts.changed++;
        }
        return;
      }
      if (f.domain) {
        f.counts.values++;
        addCategory(this.categories, 18, 'values', 1, f.action as Action);
        if (f.domain.action === 'keep' || !env.keyToken) {
          f.counts.kept++;
          return;
        }
        leaf.replace(env.keyToken(f.domain, value));
        f.counts.changed++;
        return;
      }
      const { cls } = f;
      if (!cls.kind || !cls.category || f.action === 'none') return;
      f.counts.values++;
      const kindId = cls.perValueKinds ? this.kindPerValue(value, cls.perValueKinds, cls.kind) : cls.kind;
      const kind = env.catalogue.kindById(kindId);
      const category = kind?.category ?? cls.category;
      const action = kindId === cls.kind ? (f.action as Action) : actionFor(env.profile, kindId, category);
      addCategory(this.categories, category, 'values', 1, action);
      if (action === 'keep') {
        f.counts.kept++;
        return;
      }
      const ctx: TransformContext = {
        kindId,
        category,
        kind,
        restrictedZip3: env.restrictedZip3,
        refYear: env.refDate.year,
        over89,
        shiftDays,
        ageTopCode: env.profile.ageTopCode,
        pseudonym: env.pseudonym,
        make: {
          ...(env.names ? { nameFor: env.names } : {}),
          ...(sex && category === 1 && isOwnNameField(leaf.key) ? { sex } : {}),
        },
      };
      // Only surrogates draw; hashing the Rng path for every cell would cost more than the transform.
      const rng = action === 'surrogate' ? this.cellRng(record.index, leaf.at) : NO_RNG;
      let next = transformValue(value, action, ctx, rng);
      const column = leaf instanceof DbLeaf ? leaf.column : undefined;
      if (column || leaf.type === 'number')
        next = fitToColumn(next, {
          column,
          number: leaf.type === 'number',
          refYear: env.refDate.year,
          // An identifier in an integer or uuid column is replaced by a typed token of its kind.
          typedToken:
            env.keyToken && (action === 'pseudonymise' || action === 'surrogate')
              ? (shape) => env.keyToken!(typedDomain(kindId, shape), value)
              : undefined,
        });
      if (next === null) {
        leaf.replace(null);
        after[l] = null;
        f.counts.removed++;
      } else if (next !== value) {
        leaf.replace(next);
        after[l] = next;
        f.counts.changed++;
      } else {
        f.counts.kept++;
      }
    });
    return after;
  }

  /** For mixed fields: the kind whose detector likes this value best (else the field's kind). */
  private kindPerValue(value: string, kinds: readonly string[], fallback: string): string {
    let best = fallback;
    let score = 0.5;
    for (const id of kinds) {
      const d = this.env.catalogue.kindById(id)?.detect(value) ?? 0;
      if (d > score) {
        best = id;
        score = d;
      }
    }
    return best;
  }

  private textContext(
    record: DocRecord,
    leaf: Leaf,
    over89: boolean,
    shiftDays: number,
    known: TextReplaceContext['known'],
  ): TextReplaceContext {
    const env = this.env;
    return {
      known,
      profile: env.profile,
      over89,
      shiftDays,
      refYear: env.refDate.year,
      pseudonym: env.pseudonym,
      surrogate: (kindId: string, value: string, n: number) => {
        const kind: IdentifierKind | undefined = env.catalogue.kindById(kindId);
        return kind?.surrogate(value, this.cellRng(record.index, leaf.at, n), {
          style: 'obvious',
          ...(env.names ? { nameFor: env.names } : {}),
        });
      },
    };
  }

  result(recordsIn: number): DocumentResult {
    return {
      recordsIn,
      recordsOut: this.recordsOut,
      fields: [...this.fields.values()],
      categories: this.categories,
      risk: this.risk.summary(),
    };
  }
}

/**
 * Scrub a whole document into `output`: buffer the first SAMPLE_RECORDS records to classify
 * fields, then stream the rest in batches. Memory holds one sample window at most.
 */
/** Read the first SAMPLE_RECORDS records and classify the fields they hold. */
async function classifyHead(input: InputDocument, env: ScrubEnv) {
  const iterator = input.records()[Symbol.asyncIterator]();
  const sampler = new Sampler();
  const head: DocRecord[] = [];
  while (head.length < SAMPLE_RECORDS) {
    const next = await iterator.next();
    if (next.done) break;
    sampler.add(next.value);
    head.push(next.value);
  }
  // CSV columns that never held a value still get classified (by name) and reported.
  for (const column of input.header ?? []) sampler.addValue(column, column, '');
  return { iterator, head, classes: classifyFields(sampler.samples(), env.profile, env.catalogue) };
}

/**
 * The decisions scrubDocument takes for a document's fields (`scrub --dry-run`), from the same
 * sample and the same rules; nothing is transformed or written. A field first seen after the
 * sample is decided during a real run, from its name and its value.
 */
export async function planDocument(input: InputDocument, env: ScrubEnv): Promise<FieldResult[]> {
  const none: OutputDocument = { write: async () => {}, commit: async () => {}, abort: async () => {} };
  ({ input } = fhirDocuments(input, none, env));
  const { iterator, classes } = await classifyHead(input, env);
  await iterator.return?.();
  return new DocumentScrubber(env, input.file, classes).result(0).fields;
}

export async function scrubDocument(
  input: InputDocument,
  output: OutputDocument,
  env: ScrubEnv,
): Promise<DocumentResult> {
  // FHIR resources are read through the FHIR view and finished (ids, removals, labels) on write.
  ({ input, output } = fhirDocuments(input, output, env));
  const { iterator, head, classes } = await classifyHead(input, env);
  const done = head.length < SAMPLE_RECORDS;
  // The word lists classification read are not needed on this thread when workers scan the text.
  if (env.releaseWordLists) releaseWordLists();
  const scrubber = new DocumentScrubber(env, input.file, classes);
  // A few batches in flight, so workers scan ahead while this thread transforms and writes.
  const inflight: PreparedBatch[] = [];
  const depth = env.pipelineDepth ?? 1;
  const push = async (records: DocRecord[]) => {
    inflight.push(scrubber.prepare(records));
    while (inflight.length > depth) await scrubber.finish(inflight.shift()!, output);
  };
  let recordsIn = head.length;
  for (let i = 0; i < head.length; i += BATCH) await push(head.slice(i, i + BATCH));
  head.length = 0;
  let batch: DocRecord[] = [];
  while (!done) {
    const next = await iterator.next();
    if (next.done) break;
    recordsIn++;
    batch.push(next.value);
    if (batch.length === BATCH) {
      await push(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await push(batch);
  while (inflight.length > 0) await scrubber.finish(inflight.shift()!, output);
  return scrubber.result(recordsIn);
}
