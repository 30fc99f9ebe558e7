/**
 * The check engine for one record source: sample the first records, classify the fields, then
 * test every identifier value (and every identifier span inside free text) with the catalogue's
 * fakeness test. Streams: only the sample window and the capped findings stay in memory.
 */
import type { FakeOptions, IdentifierKind, Verdict } from '../catalogue/types.js';
import { Sampler } from '../detect/sampler.js';
import type { Span } from '../detect/text/types.js';
import type { DocRecord, Leaf } from '../io/types.js';
import type { TextJob } from '../scrub/span-finder.js';
import { FieldPlan, isChecked, type PlannedField } from './field-plan.js';
import type { CheckPolicy, CheckServices } from './services.js';
import type { FindingTally } from './tally.js';
import type { CheckOptions, FieldReport, Finding, SourceReport } from './types.js';

/** Same window as scrub's, so both classify a field alike. */
export const DEFAULT_SAMPLE_RECORDS = 1000;
const SAMPLE_VALUES = 200;
/** A value in an unclassified field must look at least this much like a kind to be tested. */
const SWEEP_MIN_SCORE = 0.9;
const PROGRESS_EVERY = 5000;
/** Records per worker round trip when free text is scanned on worker threads. */
const BATCH = 256;
/** Below this detector score a span's text is not of the kind its recognizer named. */
const SPAN_FIT = 0.5;

export interface SourceResult {
  source: SourceReport;
  fields: FieldReport[];
}

export async function checkSource(
  source: {
    name: string;
    format: string;
    records(): AsyncIterable<DocRecord>;
    keyColumns?: ReadonlyMap<string, string>;
  },
  services: CheckServices,
  policy: CheckPolicy,
  opts: CheckOptions,
  tally: FindingTally,
): Promise<SourceResult> {
  const sampleRecords = opts.sampleRecords ?? DEFAULT_SAMPLE_RECORDS;
  const iterator = source.records()[Symbol.asyncIterator]();
  const window: DocRecord[] = [];
  const sampler = new Sampler(SAMPLE_VALUES);
  while (window.length < sampleRecords) {
    const next = await iterator.next();
    if (next.done) break;
    window.push(next.value);
    sampler.add(next.value);
  }
  const samples = sampler.samples();
  const plan = new FieldPlan(services, policy, services.classify(samples), samples, source.keyColumns);

  const scanner = new RecordScanner(source.name, services, policy, opts, plan, tally);
  let records = 0;
  const tick = () => {
    records++;
    if (opts.onProgress && records % PROGRESS_EVERY === 0) opts.onProgress({ file: source.name, records });
  };
  const finder = services.spanFinder;
  if (finder) {
    // Free text on worker threads: a batch of records at a time, findings still in record order.
    let batch: RecordState[] = [];
    const run = async () => {
      const jobs = batch.map((st) => scanner.jobs(st));
      const found = await finder.find(jobs.flat());
      let j = 0;
      for (const st of batch) {
        for (const leaf of st.texts) scanner.spans(st, leaf, found[j++] ?? []);
        scanner.finish(st);
        tick();
      }
      batch = [];
    };
    for (const record of window) {
      batch.push(scanner.structured(record));
      if (batch.length >= BATCH) await run();
    }
    window.length = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      batch.push(scanner.structured(next.value));
      if (batch.length >= BATCH) await run();
    }
    await run();
  } else {
    for (const record of window) {
      scanner.scan(record);
      tick();
    }
    window.length = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      scanner.scan(next.value);
      tick();
    }
  }
  opts.onProgress?.({ file: source.name, records });
  return {
    source: { file: source.name, format: source.format, records },
    fields: plan.all().map(([field, p]) => fieldReport(source.name, field, p)),
  };
}

const NAME_KINDS = new Set(['given-name', 'family-name', 'person-name', 'employer-name']);
/**
 * Kinds whose own text patterns find them in notes with or without the record's help (measured on
 * the production-like test export): searching their record values again only costs time.
 */
const PATTERN_KINDS = new Set([
  'phone',
  'fax',
  'email',
  'ssn',
  'ip-address',
  'url',
  'mac-address',
  'date',
  'birth-date',
  'zip',
]);
/** A house number right before a span, or one capitalised word before it (`1831 Schinner Centers`). */
const HOUSE_NUMBER = /(?<![\p{L}\p{N}.,-])\d{1,6}(?:\s+\p{Lu}[\p{L}'-]*)?\s+$/u;
/** The next word of a street name: `Wall`, `Centers`. */
const NEXT_WORD = /^\s+\p{L}[\p{L}'-]*\.?/u;
/** Digits glued to a name word's end: its realistic-style marker. */
const MARKER_DIGITS = /^\d{1,4}(?![\p{L}\p{N}])/u;
const alnum = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * The record's values worth a record-aware search of `text`: not those that text patterns find
 * anyway, and only those that can occur in it at all. Record-aware recognizers build a regex
 * per value; most values are not mentioned, so a substring test on letters and digits (a
 * necessary condition for every form they match) saves that work.
 */
export function mentioned<T extends { kind: string; value: string }>(known: readonly T[], text: string): T[] {
  if (known.length === 0) return [];
  const lower = text.toLowerCase();
  let core: string | undefined;
  return known.filter((k) => {
    if (PATTERN_KINDS.has(k.kind)) return false;
    if (NAME_KINDS.has(k.kind)) {
      return k.value.split(/[\s,]+/).some((part) => part.length >= 2 && lower.includes(part.toLowerCase()));
    }
    core ??= alnum(text);
    const v = alnum(k.value);
    return v.length > 0 && core.includes(v);
  });
}

/** For mixed fields: the candidate kind whose detector scores the value highest (over 0.5). */
function bestFit(
  kinds: readonly IdentifierKind[],
  value: string,
  fallback: IdentifierKind | undefined,
): IdentifierKind | undefined {
  let best = fallback;
  let score = 0.5;
  for (const k of kinds) {
    const d = k.detect(value);
    if (d > score) {
      best = k;
      score = d;
    }
  }
  return best;
}

function fieldReport(file: string, field: string, p: PlannedField): FieldReport {
  const r: FieldReport = {
    file,
    field,
    kind: p.cls.kind,
    freeText: p.cls.freeText,
    detectedBy: p.cls.detectedBy,
    confidence: Math.round(p.cls.confidence * 100) / 100,
    explanation: p.cls.explanation,
  };
  if (p.skipped) r.skipped = true;
  return r;
}

/** Tests the leaves of one record at a time; findings of a record learn the record's unprovable kinds. */
type Known = { kind: string; category: IdentifierKind['category']; value: string };

/** One record between its structured pass and its free-text pass. */
export interface RecordState {
  record: DocRecord;
  pending: Finding[];
  /** Ages over 89, judged when the record is finished (see `finish`). */
  ages: { finding: Finding; field: string; kind: IdentifierKind }[];
  /** Other identifiers of the record tested fake / real. */
  fakeIds: number;
  realIds: number;
  unprovable: Set<string>;
  known: Known[];
  texts: Leaf[];
}

class RecordScanner {
  private readonly fakeOpts: FakeOptions;
  private readonly sweepKinds: readonly IdentifierKind[];
  private readonly streetKind: IdentifierKind | undefined;

  constructor(
    private readonly file: string,
    private readonly services: CheckServices,
    private readonly policy: CheckPolicy,
    opts: CheckOptions,
    private readonly plan: FieldPlan,
    private readonly tally: FindingTally,
  ) {
    this.fakeOpts = { style: opts.style, site: policy.site };
    // Names, places and dates are too easily confused with ordinary words and codes to sweep.
    this.sweepKinds = services.kinds.filter((k) => k.provable && k.category > 3 && isChecked(policy, k.id));
    this.streetKind = isChecked(policy, 'street-address') ? services.kindById('street-address') : undefined;
  }

  /** Structured fields of a record; free-text leaves are set aside for `spans`. */
  structured(record: DocRecord): RecordState {
    const st: RecordState = {
      record,
      pending: [],
      ages: [],
      fakeIds: 0,
      realIds: 0,
      unprovable: new Set(),
      known: [],
      texts: [],
    };
    for (const leaf of record.leaves) {
      if (leaf.type === 'null' || leaf.type === 'boolean') continue;
      const value = leaf.value;
      if (value.trim() === '') continue;
      const field = this.plan.get(leaf);
      const kind = field.perValue ? bestFit(field.perValue, value, field.kind) : field.kind;
      if (kind && field.surrogate) {
        this.count(st, leaf.path, kind, 'unprovable');
      } else if (kind) {
        // Only values that are not provably fake need finding again inside the record's text:
        // a fake value found there would pass the same test.
        if (this.test(st, leaf.path, leaf.at, kind, value, undefined) === 'real')
          st.known.push({ kind: kind.id, category: kind.category, value });
      } else if (field.freeText) {
        st.texts.push(leaf);
      } else if (field.sweep && leaf.type === 'string') {
        const kind = this.sweepKind(value);
        if (kind) this.test(st, leaf.path, leaf.at, kind, value, undefined);
      }
    }
    return st;
  }

  /** The free-text jobs of a record: its text and the record values that text may mention. */
  jobs(st: RecordState): TextJob[] {
    return st.texts.map((leaf) => ({ text: leaf.value, ctx: { known: mentioned(st.known, leaf.value) } }));
  }

  /** Test the spans found in one free-text leaf. */
  spans(st: RecordState, leaf: Leaf, spans: readonly Span[]): void {
    for (const span of spans) {
      if (!isChecked(this.policy, span.kind)) continue;
      const kind = this.services.kindById(span.kind);
      if (!kind) {
        // A kind the catalogue lacks (facility names) may still be a street address it can judge.
        const street = this.nameExtent(leaf.value, span.start, span.end);
        if (street?.kind) {
          const { start, end } = street;
          this.test(st, leaf.path, leaf.at, street.kind, leaf.value.slice(start, end), { start, end });
        } else this.testUnknown(st, leaf.path, leaf.at, span);
        continue;
      }
      const at =
        NAME_KINDS.has(kind.id) || kind.id === 'facility-name'
          ? this.nameExtent(leaf.value, span.start, span.end)
          : undefined;
      const k = at?.kind ?? kind;
      const start = at?.start ?? span.start;
      const end = at?.end ?? span.end;
      this.test(st, leaf.path, leaf.at, k, leaf.value.slice(start, end), { start, end });
    }
  }

  /** Everything of one record on this thread (no worker pool). */
  scan(record: DocRecord): void {
    const st = this.structured(record);
    const findSpans = this.services.findSpans;
    if (findSpans) {
      const jobs = this.jobs(st);
      st.texts.forEach((leaf, i) => {
        const job = jobs[i];
        if (job) this.spans(st, leaf, findSpans(job.text, job.ctx));
      });
    }
    this.finish(st);
  }

  /**
   * A recognizer may label a span with a kind its text does not have at all ("Hickle387" as an
   * MBI). When the catalogue says the text is not of that kind, and another kind fits it well and
   * can judge it, test it as that kind instead.
   */
  private spanKind(kind: IdentifierKind, text: string): IdentifierKind | undefined {
    if (kind.detect(text) >= SPAN_FIT) return undefined;
    let best: IdentifierKind | undefined;
    let bestScore = SPAN_FIT;
    for (const k of this.services.kinds) {
      if (k === kind || !isChecked(this.policy, k.id)) continue;
      const score = k.detect(text);
      if (score >= bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * What a name span really covers. After a house number, with the street suffix that follows,
   * it may be a street name (`6020 Green Centers`): tested as a street address. Otherwise the
   * digits glued to its end are its realistic-style marker (`Grady119`), part of the word the
   * catalogue tests, even when a recognizer stopped at the letters.
   */
  private nameExtent(
    text: string,
    start: number,
    end: number,
  ): { kind?: IdentifierKind; start: number; end: number } | undefined {
    const street = this.streetKind;
    // The number may open the span itself (`7756 Pagac Village` as a facility) or stand one word before it.
    const house = /^\d/.test(text.slice(start, start + 1))
      ? ['']
      : HOUSE_NUMBER.exec(text.slice(Math.max(0, start - 40), start));
    if (street && house) {
      const from = start - (house[0] ?? '').length;
      let to = end;
      for (let i = 0; i < 3; i++) {
        if (street.detect(text.slice(from, to)) >= SPAN_FIT) return { kind: street, start: from, end: to };
        const next = NEXT_WORD.exec(text.slice(to, to + 40));
        if (!next) break;
        to += next[0].length;
      }
    }
    const digits = MARKER_DIGITS.exec(text.slice(end, end + 8));
    return digits ? { start, end: end + digits[0].length } : undefined;
  }

  private sweepKind(value: string): IdentifierKind | undefined {
    const len = value.length;
    // The shortest sweepable values: 7-digit phone, `a@b.io`-style e-mail, 1.2.3.4.
    if (len < 6 || len > 64 || !/[\d@:]/.test(value)) return undefined;
    let best: IdentifierKind | undefined;
    let bestScore = SWEEP_MIN_SCORE;
    for (const k of this.sweepKinds) {
      const s = k.detect(value);
      if (s >= bestScore) {
        best = k;
        bestScore = s;
      }
    }
    return best;
  }

  /** Count one value's outcome; returns whether a finding should be kept for listing. */
  private count(st: RecordState, field: string, kind: IdentifierKind, status: Verdict['status']): boolean {
    if (status === 'unprovable') st.unprovable.add(kind.id);
    return this.tally.count(this.file, field, kind.id, kind.category, status);
  }

  /** Test one value; count it; keep a finding when it is not provably fake. */
  private test(
    st: RecordState,
    field: string,
    at: string,
    kind: IdentifierKind,
    value: string,
    span: { start: number; end: number } | undefined,
  ): Verdict['status'] {
    let verdict = kind.isFake(value, this.fakeOpts);
    if (span && verdict.status === 'real') {
      const other = this.spanKind(kind, value);
      if (other) {
        kind = other;
        verdict = other.isFake(value, this.fakeOpts);
      }
    }
    if (kind.id !== 'age') {
      if (verdict.status === 'fake') st.fakeIds++;
      else if (verdict.status === 'real') st.realIds++;
    } else if (verdict.status === 'real') {
      // Judged with the whole record in `finish`: an age identifies only a real person.
      const finding: Finding = {
        file: this.file,
        line: st.record.line,
        record: st.record.index,
        field,
        at,
        kind: kind.id,
        category: kind.category,
        reason: verdict.reason,
      };
      if (span) finding.span = { start: span.start, end: span.end };
      st.ages.push({ finding, field, kind });
      return verdict.status;
    }
    const keep = this.count(st, field, kind, verdict.status);
    if (keep && verdict.status === 'real') {
      const f: Finding = {
        file: this.file,
        line: st.record.line,
        record: st.record.index,
        field,
        at,
        kind: kind.id,
        category: kind.category,
        reason: verdict.reason,
      };
      if (span) f.span = { start: span.start, end: span.end };
      st.pending.push(f);
    }
    return verdict.status;
  }

  /** A recognizer reported a kind the catalogue does not know: nothing can prove it fake. */
  private testUnknown(
    st: RecordState,
    field: string,
    at: string,
    span: { start: number; end: number; kind: string; category: IdentifierKind['category'] },
  ): void {
    if (!this.tally.count(this.file, field, span.kind, span.category, 'real')) return;
    st.pending.push({
      file: this.file,
      line: st.record.line,
      record: st.record.index,
      field,
      at,
      kind: span.kind,
      category: span.category,
      reason: 'no fakeness test exists for this kind',
      span: { start: span.start, end: span.end },
    });
  }

  /** A record's findings learn its unprovable kinds, then go to the tally in record order. */
  finish(st: RecordState): void {
    // An age over 89 in a record whose person identifiers are all provably fake points at no one.
    const fakePerson = st.realIds === 0 && st.fakeIds > 0;
    for (const a of st.ages) {
      if (fakePerson) this.count(st, a.field, a.kind, 'unprovable');
      else if (this.count(st, a.field, a.kind, 'real')) st.pending.push(a.finding);
    }
    const also = st.unprovable.size > 0 ? [...st.unprovable].sort() : undefined;
    for (const f of st.pending) {
      if (also) f.alsoHolds = also;
      this.tally.keep(f);
    }
  }
}
