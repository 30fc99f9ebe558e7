import { PlaceboError } from '../core/errors.js';
import { FileDocument } from './document.js';
import type { FileRecord } from './file-record.js';
import { JsonRecord, JsonSyntaxError, parseJsonRecord } from './json-scan.js';
import { LIMITS } from './limits.js';

/** Whitespace-only line (kept as text between records, not a record). */
function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

/**
 * NDJSON / JSON Lines: one JSON value per line, one record per non-blank line. A record's raw
 * text is its line including the line ending, so an unchanged line is copied as it was.
 */
export class NdjsonDocument extends FileDocument {
  constructor(file: string, chunks: AsyncIterator<string>) {
    super(file, 'ndjson', chunks);
  }

  protected async *generate(): AsyncGenerator<FileRecord> {
    const t = this.text;
    let pos = 0;
    let line = 1;
    let index = 0;
    let pre = '';
    let scanFrom = 0;
    for (;;) {
      const nl = t.buf.indexOf('\n', Math.max(pos, scanFrom));
      if (nl === -1 && !t.eof) {
        if (t.buf.length - pos > LIMITS.maxValueChars) {
          this.fail(line, `line longer than ${LIMITS.maxValueChars / (1024 * 1024)} MiB`);
        }
        const pending = t.buf.length - pos;
        await t.fill(pos, pending);
        scanFrom = pending;
        pos = 0;
        continue;
      }
      if (nl === -1 && pos >= t.buf.length) break;
      const end = nl === -1 ? t.buf.length : nl + 1;
      let bodyEnd = nl === -1 ? end : nl;
      if (bodyEnd > pos && t.buf.charCodeAt(bodyEnd - 1) === 13) bodyEnd--;
      // A BOM is part of the first line's leading "whitespace", so it stays in `pre`.
      let bodyStart = pos;
      if (line === 1 && t.buf.charCodeAt(pos) === 0xfeff) bodyStart++;
      if (isBlank(t.buf, bodyStart, bodyEnd)) {
        pre += t.buf.slice(pos, end);
      } else {
        if (bodyStart > pos) pre += t.buf.slice(pos, bodyStart);
        const raw = t.buf.slice(bodyStart, end);
        const rec = new JsonRecord(index++, line, pre, raw);
        try {
          rec.tree = parseJsonRecord(rec, raw, 0, bodyEnd - bodyStart);
        } catch (err) {
          if (!(err instanceof JsonSyntaxError)) throw err;
          const truncated = nl === -1;
          this.fail(
            line,
            truncated
              ? `invalid JSON: ${err.message} (last line, without a line ending: truncated file?)`
              : `invalid JSON: ${err.message}`,
          );
        }
        pre = '';
        yield rec;
      }
      if (nl === -1) {
        pos = end;
        break;
      }
      line++;
      pos = end;
      scanFrom = 0;
    }
    this.trailer = pre + t.buf.slice(pos);
  }

  private fail(line: number, message: string): never {
    throw new PlaceboError('E_NDJSON', message, { file: this.file, line });
  }
}
