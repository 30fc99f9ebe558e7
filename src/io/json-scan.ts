import { FileLeaf, FileRecord } from './file-record.js';
import { jsonToken, type RawEdit, spliceEdits } from './json-edit.js';
import { LIMITS } from './limits.js';
import type { LeafType } from './types.js';

/** A JSON syntax problem at a character offset; the reader turns it into a located PlaceboError. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * A record whose raw text is JSON. Leaves keep the character range of their token in `raw`;
 * rebuild() splices replaced tokens in and copies every other character, so whitespace, key
 * order and number lexemes (`4.0`, `1e5`, `-0`, 20-digit integers) survive untouched.
 */
export class JsonRecord extends FileRecord {
  tree: unknown;
  /** Structural edits beside leaf replacements (src/io/json-edit.ts); undefined when none. */
  edits?: RawEdit[];

  protected rebuild(): string {
    if (this.edits) return spliceEdits(this.raw, this.leaves, this.edits);
    let out = '';
    let pos = 0;
    for (const leaf of this.leaves) {
      if (!leaf.changed) continue;
      out += this.raw.slice(pos, leaf.start);
      out += jsonToken(leaf);
      pos = leaf.end;
    }
    return out + this.raw.slice(pos);
  }
}

/**
 * Parse exactly one JSON value in `s[from, to)` (surrounded by optional whitespace) into
 * `record.leaves` and return its tree. Trees are plain objects (a `__proto__` key is an own
 * property, never the prototype) with keys in document order except that integer-like keys come
 * first (a JS object rule); numbers are kept as their lexeme strings. Duplicate keys, nesting deeper than
 * LIMITS.maxDepth and values larger than LIMITS.maxValueChars are errors.
 */
export function parseJsonRecord(record: JsonRecord, s: string, from: number, to: number): unknown {
  const p = new JsonParser(record, s, to);
  p.i = from;
  p.ws();
  if (p.i >= to) throw new JsonSyntaxError(p.i, 'expected a JSON value');
  const tree = p.value(0);
  p.ws();
  if (p.i < to) throw new JsonSyntaxError(p.i, 'unexpected text after the JSON value');
  return tree;
}

class JsonParser {
  i = 0;
  /** Folded and concrete path of the value being read; the same string while no array is crossed. */
  private path = '';
  private at = '';
  private key = '';

  constructor(
    private readonly rec: JsonRecord,
    private readonly s: string,
    private readonly end: number,
  ) {}

  /** Character code at the cursor, -1 past the end of this value's text. */
  private peek(): number {
    return this.i < this.end ? this.s.charCodeAt(this.i) : -1;
  }

  ws(): void {
    const s = this.s;
    let i = this.i;
    while (i < this.end) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  value(depth: number): unknown {
    const c = this.peek();
    if (c === 123 || c === 91) {
      if (depth >= LIMITS.maxDepth) {
        throw new JsonSyntaxError(this.i, `nesting deeper than ${LIMITS.maxDepth} levels`);
      }
      return c === 123 ? this.object(depth + 1) : this.array(depth + 1);
    }
    const start = this.i;
    if (c === 34) {
      const v = this.string();
      this.leaf('string', v, start);
      return v;
    }
    if (c === 116 && this.s.startsWith('true', start) && start + 4 <= this.end)
      return this.literal('boolean', 'true', true);
    if (c === 102 && this.s.startsWith('false', start) && start + 5 <= this.end)
      return this.literal('boolean', 'false', false);
    if (c === 110 && this.s.startsWith('null', start) && start + 4 <= this.end)
      return this.literal('null', 'null', null);
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(this.s);
    if (!m || m[0].length === 0 || start + m[0].length > this.end) {
      throw new JsonSyntaxError(start, c === -1 ? 'unexpected end of JSON' : 'unexpected character');
    }
    if (m[0].length > LIMITS.maxValueChars) throw new JsonSyntaxError(start, 'number too long');
    this.i = start + m[0].length;
    this.leaf('number', m[0], start);
    return m[0];
  }

  private literal(type: LeafType, text: string, v: boolean | null): boolean | null {
    const start = this.i;
    this.i += text.length;
    this.leaf(type, text, start);
    return v;
  }

  private leaf(type: LeafType, value: string, start: number): void {
    const rec = this.rec;
    rec.leaves.push(new FileLeaf(rec, this.path, this.at, this.key, type, value, start, this.i, true));
  }

  private string(): string {
    const s = this.s;
    const start = this.i;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      if (i >= this.end) throw new JsonSyntaxError(start, 'string is not closed');
      const c = s.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 0x20) throw new JsonSyntaxError(i, 'control character in a string');
      i++;
    }
    if (i - start > LIMITS.maxValueChars) throw new JsonSyntaxError(start, 'string value too long');
    this.i = i + 1;
    if (!escaped) return s.slice(start + 1, i);
    try {
      return JSON.parse(s.slice(start, i + 1)) as string;
    } catch {
      throw new JsonSyntaxError(start, 'invalid escape in a string');
    }
  }

  private object(depth: number): Record<string, unknown> {
    // A plain object (fast hidden-class properties); `__proto__` is defined as an own property.
    const obj: Record<string, unknown> = {};
    const outerKey = this.key;
    const outerPath = this.path;
    const outerAt = this.at;
    this.i++;
    this.ws();
    if (this.peek() === 125) {
      this.i++;
      return obj;
    }
    for (;;) {
      if (this.peek() !== 34) {
        throw new JsonSyntaxError(this.i, 'expected a quoted key');
      }
      const keyAt = this.i;
      const key = this.string();
      if (Object.hasOwn(obj, key)) throw new JsonSyntaxError(keyAt, 'duplicate key in an object');
      this.ws();
      if (this.peek() !== 58) throw new JsonSyntaxError(this.i, 'expected ":"');
      this.i++;
      this.ws();
      this.path = outerPath === '' ? key : `${outerPath}.${key}`;
      this.at = outerAt === outerPath ? this.path : `${outerAt}.${key}`;
      this.key = key;
      const v = this.value(depth);
      if (key === '__proto__')
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true });
      else obj[key] = v;
      this.ws();
      const c = this.peek();
      this.i++;
      if (c === 125) break;
      if (c !== 44) throw new JsonSyntaxError(this.i - 1, 'expected "," or "}"');
      this.ws();
    }
    this.key = outerKey;
    this.path = outerPath;
    this.at = outerAt;
    return obj;
  }

  private array(depth: number): unknown[] {
    const arr: unknown[] = [];
    const outerPath = this.path;
    const outerAt = this.at;
    const path = `${outerPath}[]`;
    this.i++;
    this.ws();
    if (this.peek() === 93) {
      this.i++;
      return arr;
    }
    for (let n = 0; ; n++) {
      this.path = path;
      this.at = `${outerAt}[${n}]`;
      arr.push(this.value(depth));
      this.ws();
      const c = this.peek();
      this.i++;
      if (c === 93) break;
      if (c !== 44) throw new JsonSyntaxError(this.i - 1, 'expected "," or "]"');
      this.ws();
    }
    this.path = outerPath;
    this.at = outerAt;
    return arr;
  }
}
