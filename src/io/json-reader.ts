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
 * after `[` or `,` to before the next `,` or `]`, so its surrounding whitespace is kept). Any
 * other document (one object, a FHIR Bundle) is one record read whole, up to
 * LIMITS.maxWholeJsonChars. Leaf paths are relative to the record.
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
    if (t.buf.charCodeAt(i) === 91) yield* this.array(i);
    else yield* this.whole(i);
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

  private async *array(open: number): AsyncGenerator<FileRecord> {
    const t = this.text;
    let line = 1 + countNewlines(t.buf, 0, open);
    let pre = t.buf.slice(0, open + 1);
    let start = open + 1; // element start in t.buf
    let j = start;
    let depth = 0;
    let inString = false;
    let afterBackslash = false;
    let index = 0;
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
        if (c === 93 && index === 0) {
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
      // Closing bracket: everything after it must be whitespace.
      const rest = await this.readRest(j, line);
      this.trailer = pre + rest;
      return;
    }
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

  private parse(rec: JsonRecord, raw: string, line: number): void {
    try {
      rec.tree = parseJsonRecord(rec, raw, 0, raw.length);
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err;
      this.fail(line + countNewlines(raw, 0, err.offset), `invalid JSON: ${err.message}`);
    }
  }

  private fail(line: number, message: string): never {
    throw new PlaceboError('E_JSON', message, { file: this.file, line });
  }
}
