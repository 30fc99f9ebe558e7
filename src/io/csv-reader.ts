import { PlaceboError } from '../core/errors.js';
import { encodeCell, type ScanError, type ScannedRecord, scanRecord } from './csv-scan.js';
import { countNewlines, FileDocument } from './document.js';
import { FileRecord } from './file-record.js';
import { LIMITS } from './limits.js';
import type { Leaf, LeafType } from './types.js';

/** A CSV cell: path, at and key are all the column name; one small object per cell. */
class CsvLeaf implements Leaf {
  next: string | null = null;
  changed = false;

  constructor(
    readonly record: CsvRecord,
    readonly key: string,
    readonly value: string,
    readonly quoted: boolean,
    /** Range of the cell's raw text (quotes included) within the record's raw text. */
    readonly start: number,
    readonly end: number,
  ) {}

  get path(): string {
    return this.key;
  }

  get at(): string {
    return this.key;
  }

  get type(): LeafType {
    return 'string';
  }

  replace(value: string | null): void {
    this.next = value;
    this.changed = true;
    this.record.dirty = true;
  }
}

class CsvRecord extends FileRecord<CsvLeaf> {
  constructor(
    index: number,
    line: number,
    pre: string,
    raw: string,
    private readonly delim: string,
  ) {
    super(index, line, pre, raw);
  }

  /** Untouched cells are copied from `raw` as they were; only replaced cells are encoded. */
  protected rebuild(): string {
    let out = '';
    let pos = 0;
    const leaves = this.leaves;
    for (const leaf of leaves) {
      if (!leaf.changed) continue;
      // An empty lone cell is written quoted so that it cannot read back as a blank line.
      const v = leaf.next ?? '';
      out += this.raw.slice(pos, leaf.start);
      out += encodeCell(v, leaf.quoted || (v === '' && leaves.length === 1), this.delim);
      pos = leaf.end;
    }
    return out + this.raw.slice(pos);
  }
}

/**
 * CSV/TSV reader (`;` too, see sniffDelimiter). The first line is the header; every record must have as many cells as the
 * header. A completely blank line in a multi-column file is not a record: it is kept as text
 * between records. In a one-column file a blank line is a record with an empty cell.
 */
export class CsvDocument extends FileDocument {
  private delim: string;
  private pos = 0;
  private line = 1;
  private pre = '';
  private readonly values: string[] = [];
  private readonly quoted: boolean[] = [];
  private readonly bounds: number[] = [];
  declare header: readonly string[];

  constructor(
    file: string,
    format: 'csv' | 'tsv',
    chunks: AsyncIterator<string>,
    private readonly explicitDelimiter?: string,
  ) {
    super(file, format, chunks);
    this.delim = explicitDelimiter ?? (format === 'tsv' ? '\t' : ',');
    this.header = [];
  }

  /** Read the header line (called by openInput so `header` is known before records()). */
  async init(): Promise<void> {
    const t = this.text;
    await this.more();
    if (t.buf.charCodeAt(0) === 0xfeff) {
      this.pre = '\ufeff';
      this.pos = 1;
    }
    if (this.format === 'csv' && this.explicitDelimiter === undefined)
      this.delim = await this.sniffDelimiter();
    const head = await this.next();
    if (!head) return;
    if (head.values.length > LIMITS.maxColumns) {
      this.fail(1, `header has ${head.values.length} columns; the limit is ${LIMITS.maxColumns}`);
    }
    if (head.eolLen === 0 && head.values.some((v, k) => !head.quoted[k] && v.includes('\r'))) {
      // A file with CR-only (classic Mac) line ends has no LF at all and would read as one header.
      this.fail(1, 'header line contains a bare carriage return (CR-only line endings are not supported)');
    }
    this.header = head.values.slice();
    this.pre += t.buf.slice(this.pos, head.end);
    this.advance(head.end);
  }

  protected async *generate(): AsyncGenerator<FileRecord<CsvLeaf>> {
    const t = this.text;
    const header = this.header;
    const width = header.length;
    let index = 0;
    for (;;) {
      const r = await this.next();
      if (!r) break;
      const raw = t.buf.slice(this.pos, r.end);
      if (width > 1 && r.values.length === 1 && r.values[0] === '' && !r.quoted[0]) {
        this.pre += raw;
        this.advance(r.end);
        continue;
      }
      if (r.values.length !== width) {
        this.fail(this.line, `record has ${r.values.length} fields; the header has ${width}`);
      }
      const rec = new CsvRecord(index++, this.line, this.pre, raw, this.delim);
      const leaves: CsvLeaf[] = new Array(width);
      const b = r.bounds;
      const at = this.pos;
      for (let k = 0; k < width; k++) {
        leaves[k] = new CsvLeaf(
          rec,
          header[k]!,
          r.values[k]!,
          r.quoted[k]!,
          b[2 * k]! - at,
          b[2 * k + 1]! - at,
        );
      }
      rec.leaves = leaves;
      this.pre = '';
      this.advance(r.end);
      yield rec;
    }
    this.trailer = this.pre + t.buf.slice(this.pos);
  }

  /**
   * A .csv whose first two lines have no comma but the same number (> 0) of semicolons outside
   * quotes is read with `;`: European spreadsheet exports use it, and reading one as a single
   * column would hide every field from classification. An explicit delimiter skips this.
   */
  private async sniffDelimiter(): Promise<string> {
    const t = this.text;
    const count = (from: number): { end: number; commas: number; semis: number } | undefined => {
      let inQuotes = false;
      let commas = 0;
      let semis = 0;
      const s = t.buf;
      for (let i = from; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 34) inQuotes = !inQuotes;
        else if (inQuotes) continue;
        else if (c === 44) commas++;
        else if (c === 59) semis++;
        else if (c === 10) return { end: i + 1, commas, semis };
      }
      return t.eof ? { end: s.length, commas, semis } : undefined;
    };
    for (;;) {
      const first = count(this.pos);
      const second = first && count(first.end);
      if (first && second) {
        const semi =
          first.commas === 0 && first.semis > 0 && second.commas === 0 && second.semis === first.semis;
        return semi ? ';' : ',';
      }
      if (t.buf.length - this.pos > 1024 * 1024) return ',';
      await t.fill(0);
    }
  }

  /** The delimiter in use (`,`, `;` or tab). */
  get delimiter(): string {
    return this.delim;
  }

  private advance(end: number): void {
    this.line += countNewlines(this.text.buf, this.pos, end);
    this.pos = end;
  }

  /** Scan the next record, pulling more text as needed; undefined at end of input. */
  private async next(): Promise<ScannedRecord | undefined> {
    const t = this.text;
    const delim = this.delim.charCodeAt(0);
    for (;;) {
      if (this.pos >= t.buf.length) {
        if (t.eof) return undefined;
        await this.more();
        continue;
      }
      const r = scanRecord(t.buf, this.pos, t.eof, delim, this.values, this.quoted, this.bounds);
      if (r === null) {
        await this.more();
        continue;
      }
      if ('error' in r) this.scanError(r);
      if (r.end - this.pos > LIMITS.maxValueChars) this.tooLarge();
      return r as ScannedRecord;
    }
  }

  /** Append text; a long pending record waits for as much new text as it holds (no quadratic rescans). */
  private async more(): Promise<void> {
    const t = this.text;
    const pending = t.buf.length - this.pos;
    if (pending > LIMITS.maxValueChars) this.tooLarge();
    await t.fill(this.pos, pending);
    this.pos = 0;
  }

  private tooLarge(): never {
    this.fail(this.line, `record larger than ${LIMITS.maxValueChars / (1024 * 1024)} MiB`);
  }

  private scanError(e: ScanError): never {
    const line = this.line + countNewlines(this.text.buf, this.pos, e.offset);
    const column = this.header[e.cell];
    const message =
      e.error === 'unterminated-quote'
        ? 'quoted field is not closed before the end of input'
        : 'unexpected character after a closing quote';
    throw new PlaceboError('E_CSV', message, {
      file: this.file,
      line,
      ...(column !== undefined ? { column } : {}),
    });
  }

  private fail(line: number, message: string): never {
    throw new PlaceboError('E_CSV', message, { file: this.file, line });
  }
}
