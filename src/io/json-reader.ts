import { PlaceboError } from '../core/errors.js';
import { countNewlines, FileDocument } from './document.js';
import type { FileRecord } from './file-record.js';
import { JsonRecord, JsonSyntaxError, parseJsonRecord } from './json-scan.js';
import { LIMITS } from './limits.js';

const MIB = 1024 * 1024;

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * JSON: a top-level array is streamed, one record per element (an element's raw text runs from
 * after `[` or `,` to before the next `,` or `]`, so its surrounding whitespace is kept), and so
 * is an object wrapping an array of objects (see objectOrWrapped). Any other document (one
 * object, a FHIR Bundle) is one record read whole, up to LIMITS.maxWholeJsonChars. Leaf paths are
 * relative to the record.
 */
export class JsonDocument extends FileDocument {
  constructor(file: string, chunks: AsyncIterator<string>) {
    super(file, 'json', chunks);
  }

  protected async *generate(): AsyncGenerator<FileRecord> {
    const t = this.text;
    // Find the first significant character.
    let i = 0;
    for (;;) {
      while (i < t.buf.length && (isWs(t.buf.charCodeAt(i)) || (i === 0 && t.buf.charCodeAt(0) === 0xfeff)))
        i++;
      if (i < t.buf.length || t.eof) break;
      await t.fill(0);
    }
    if (i >= t.buf.length) {
      this.trailer = t.buf;
      return;
    }
    const first = t.buf.charCodeAt(i);
    if (first === 91) yield* this.array(i, { index: 0, pre: t.buf.slice(0, i + 1), tail: false });
    else if (first === 123) yield* this.objectOrWrapped(i);
    else yield* this.whole(i);
  }

  /**
   * An object wrapping rows (`{"meta": {...}, "patients": [{...}, ...], "count": 3}`): streamed
   * like a top-level array, so memory stays flat. Record 0 holds the members before the first
   * array of objects (its raw text ends with that array's `[`); each element is a record; the
   * last record holds the closing `]` and the members after it. Each is parsed with a synthetic
   * completion of the same length, so offsets and splices stay exact. FHIR resources (a
   * `resourceType` before the array: Bundles) and objects with no array of objects are read whole.
   */
  private async *objectOrWrapped(open: number): AsyncGenerator<FileRecord> {
    const t = this.text;
    let j = open + 1;
    let depth = 1;
    let inString = false;
    let afterBackslash = false;
    for (;;) {
      if (j >= t.buf.length) {
        if (t.eof || j > LIMITS.maxValueChars) {
          yield* this.whole(open);
          return;
        }
        await t.fill(0);
        continue;
      }
      const c = t.buf.charCodeAt(j);
      if (inString) {
        if (afterBackslash) afterBackslash = false;
        else if (c === 92) afterBackslash = true;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        if (c === 91 && depth === 1) {
          let k = j + 1;
          while (k < t.buf.length && isWs(t.buf.charCodeAt(k))) k++;
          if (k >= t.buf.length && !t.eof) {
            await t.fill(0);
            continue; // look at the same '[' again with more text
          }
          if (t.buf.charCodeAt(k) === 123) {
            const head = this.wrapperHead(open, j);
            if (head) {
              yield head;
              yield* this.array(j, { index: 1, pre: '', tail: true });
              return;
            }
          }
        }
        depth++;
      } else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) {
          yield* this.whole(open);
          return;
        }
      }
      j++;
    }
  }

  /** Record 0 of a wrapped document: `{...members..., "rows": [` — or undefined for FHIR. */
  private wrapperHead(open: number, bracket: number): JsonRecord | undefined {
    const t = this.text;
    const pre = t.buf.slice(0, open);
    const raw = t.buf.slice(open, bracket + 1);
    const line = 1 + countNewlines(pre);
    const rec = new JsonRecord(0, line, pre, raw);
    this.parse(rec, `${raw}]}`, line, raw.length + 2);
    const tree = rec.tree as Record<string, unknown>;
    return typeof tree.resourceType === 'string' ? undefined : rec;
  }

  private async *whole(start: number): AsyncGenerator<FileRecord> {
    const t = this.text;
    const all = await t.readAll(LIMITS.maxWholeJsonChars, () =>
      this.fail(
        1,
        `JSON document larger than ${LIMITS.maxWholeJsonChars / MIB} MiB (use an array or NDJSON)`,
      ),
    );
    const pre = all.slice(0, start);
    const raw = all.slice(start);
    const line = 1 + countNewlines(pre);
    const rec = new JsonRecord(0, line, pre, raw);
    this.parse(rec, raw, line);
    yield rec;
    this.trailer = '';
  }

  /**
   * The elements of the array opening at `open`, one record each. `tail`: the array sits in a
   * wrapping object, and the text from its `]` to the end is a last record (see objectOrWrapped).
   */
  private async *array(
    open: number,
    opts: { index: number; pre: string; tail: boolean },
  ): AsyncGenerator<FileRecord> {
    const t = this.text;
    let line = 1 + countNewlines(t.buf, 0, open);
    let pre = opts.pre;
    let start = open + 1; // element start in t.buf
    let j = start;
    let depth = 0;
    let inString = false;
    let afterBackslash = false;
    let index = opts.index;
    const first = index;
    for (;;) {
      const s = t.buf;
      const n = s.length;
      let c = -1;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (inString) {
          if (afterBackslash) afterBackslash = false;
          else if (c === 92) afterBackslash = true;
          else if (c === 34) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth === 0) break;
          depth--;
        } else if (c === 44 && depth === 0) break;
      }
      if (j >= n) {
        if (t.eof) {
          let k = start;
          while (k < n && isWs(s.charCodeAt(k))) k++;
          this.fail(line + countNewlines(s, start, k), 'unexpected end of input inside the top-level array');
        }
        if (j - start > LIMITS.maxValueChars) {
          this.fail(line, `array element larger than ${LIMITS.maxValueChars / MIB} MiB`);
        }
        await t.fill(start, n - start); // a long element waits for as much new text as it holds
        j -= start;
        start = 0;
        continue;
      }
      // s[j] is ',' or the closing ']' (a '}' at depth 0 is a syntax error the parser reports).
      const raw = s.slice(start, j);
      let k = 0;
      while (k < raw.length && isWs(raw.charCodeAt(k))) k++;
      if (k === raw.length) {
        if (c === 93 && index === first) {
          // Empty array.
          pre += raw;
        } else this.fail(line + countNewlines(raw), 'missing array element (extra comma?)');
      } else {
        const recLine = line + countNewlines(raw, 0, k);
        const rec = new JsonRecord(index++, recLine, pre, raw);
        this.parse(rec, raw, line);
        if (c === 125) this.fail(line + countNewlines(raw), 'unexpected "}"');
        pre = '';
        line += countNewlines(raw);
        yield rec;
      }
      if (c === 44) {
        pre += ',';
        start = j + 1;
        j = start;
        continue;
      }
      if (c === 125) this.fail(line, 'unexpected "}"');
      if (opts.tail) {
        yield await this.wrapperTail(j, index, line, pre);
        this.trailer = '';
        return;
      }
      // Closing bracket: everything after it must be whitespace.
      const rest = await this.readRest(j, line);
      this.trailer = pre + rest;
      return;
    }
  }

  /**
   * The last record of a wrapped document: from the array's `]` to the end (`], "count": 3}`).
   * Parsed as `{ "count": 3}` — the `]` read as `{` and the comma after it as a space.
   */
  private async wrapperTail(from: number, index: number, line: number, pre: string): Promise<JsonRecord> {
    const t = this.text;
    const raw = (
      await t.readAll(from + LIMITS.maxValueChars, () =>
        this.fail(line, `text after the wrapped array larger than ${LIMITS.maxValueChars / MIB} MiB`),
      )
    ).slice(from);
    let k = 1;
    while (k < raw.length && isWs(raw.charCodeAt(k))) k++;
    const asObject = `{${raw.slice(1, k)}${raw.charCodeAt(k) === 44 ? ' ' : (raw[k] ?? '')}${raw.slice(k + 1)}`;
    const rec = new JsonRecord(index, line, pre, raw);
    this.parse(rec, asObject, line, asObject.length);
    return rec;
  }

  private async readRest(from: number, line: number): Promise<string> {
    const t = this.text;
    const rest = (
      await t.readAll(from + LIMITS.maxValueChars, () => this.fail(line, 'text after the JSON array'))
    ).slice(from);
    for (let k = 1; k < rest.length; k++) {
      if (!isWs(rest.charCodeAt(k))) this.fail(line + countNewlines(rest, 0, k), 'text after the JSON array');
    }
    return rest;
  }

  private parse(rec: JsonRecord, raw: string, line: number, end = raw.length): void {
    try {
      rec.tree = parseJsonRecord(rec, raw, 0, end);
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err;
      this.fail(line + countNewlines(raw, 0, err.offset), `invalid JSON: ${err.message}`);
    }
  }

  private fail(line: number, message: string): never {
    throw new PlaceboError('E_JSON', message, { file: this.file, line });
  }
}
