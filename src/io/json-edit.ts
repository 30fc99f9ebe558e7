/**
 * Structural edits of a JSON record beside leaf replacements: insert a member into an object,
 * append an item to an array, remove members or items. Each edit is a range of the record's
 * raw text and its new text; the writer splices edits and replaced leaves together in one pass
 * (leaf replacements inside a removed range are dropped), so everything else stays byte for
 * byte. FHIR scrubbing uses this to add `meta.security` and to drop elements rather than write
 * `null`, which FHIR forbids.
 */
import type { FileLeaf } from './file-record.js';
import { FileRecord } from './file-record.js';
import type { DocRecord } from './types.js';

/** A replaced leaf's JSON text: a number stays a number when its replacement is one (`92` → `90`). */
export function jsonToken(leaf: { type: string; next: string | null }): string {
  if (leaf.next === null) return 'null';
  if (leaf.type === 'number' && /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(leaf.next)) return leaf.next;
  return JSON.stringify(leaf.next);
}

export interface RawEdit {
  start: number;
  end: number;
  text: string;
}

/** One member of an object / item of an array: where it starts (its key, for members) and its value's range. */
interface Child {
  key: string | number;
  start: number;
  valueStart: number;
  valueEnd: number;
}

interface Container {
  open: number;
  close: number;
  children: Child[];
}

/** The raw text with replaced leaves and edits spliced in (edits win over leaves they contain). */
export function spliceEdits(raw: string, leaves: readonly FileLeaf[], edits: readonly RawEdit[]): string {
  const all: RawEdit[] = [...edits];
  for (const leaf of leaves) {
    if (leaf.changed)
      all.push({
        start: leaf.start,
        end: leaf.end,
        text: jsonToken(leaf),
      });
  }
  // Wider ranges first at the same start, so a removal swallows what it contains.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const e of all) {
    if (e.start < pos) continue;
    out += raw.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + raw.slice(pos);
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipWs(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}

/** End (exclusive) of the JSON value starting at `i` (the text is known to be valid JSON). */
function valueEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) return stringEnd(s, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 34) j = stringEnd(s, j) - 1;
      else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length) {
    const d = s.charCodeAt(j);
    if (d === 44 || d === 125 || d === 93 || isWs(d)) break;
    j++;
  }
  return j;
}

function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const d = s.charCodeAt(j);
    if (d === 92) j++;
    else if (d === 34) return j + 1;
  }
  return s.length;
}

function scanContainer(s: string, open: number): Container {
  const isObject = s.charCodeAt(open) === 123;
  const children: Child[] = [];
  let i = skipWs(s, open + 1);
  let n = 0;
  while (i < s.length && s.charCodeAt(i) !== (isObject ? 125 : 93)) {
    const start = i;
    let key: string | number = n++;
    if (isObject) {
      const keyEnd = stringEnd(s, i);
      key = JSON.parse(s.slice(i, keyEnd)) as string;
      i = skipWs(s, keyEnd);
      i = skipWs(s, i + 1); // ':'
    }
    const vEnd = valueEnd(s, i);
    children.push({ key, start, valueStart: i, valueEnd: vEnd });
    i = skipWs(s, vEnd);
    if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1);
  }
  return { open, close: i, children };
}

/** `entry[0].resource.name` → ['entry', 0, 'resource', 'name'] (JSON keys with dots are not addressed). */
function steps(at: string): (string | number)[] {
  const out: (string | number)[] = [];
  if (at === '') return out;
  for (const part of at.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    if (m[1] !== '') out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The parent's concrete path and the last step of `at`. */
function parentOf(at: string): { parentAt: string; last: string | number } | null {
  const path = steps(at);
  const last = path[path.length - 1];
  if (last === undefined) return null;
  if (typeof last === 'number') return { parentAt: at.slice(0, at.lastIndexOf('[')), last };
  const dot = at.lastIndexOf('.');
  return { parentAt: dot === -1 ? '' : at.slice(0, dot), last };
}

/** Edits of one JSON record, addressed by concrete paths (`entry[2].resource.meta`, '' for the root). */
export class JsonEditor {
  private readonly containers = new Map<string, Container | null>();
  private readonly edits: RawEdit[];

  constructor(private readonly record: FileRecord & { edits?: RawEdit[] }) {
    record.edits ??= [];
    this.edits = record.edits;
  }

  private get raw(): string {
    return this.record.raw;
  }

  /** The container (object or array) at `at`, or null when there is none. */
  private container(at: string): Container | null {
    const hit = this.containers.get(at);
    if (hit !== undefined) return hit;
    let found: Container | null = null;
    const up = parentOf(at);
    if (!up) {
      const i = skipWs(this.raw, 0);
      const c = this.raw.charCodeAt(i);
      if (c === 123 || c === 91) found = scanContainer(this.raw, i);
    } else {
      const child = this.container(up.parentAt)?.children.find((ch) => ch.key === up.last);
      const c = child ? this.raw.charCodeAt(child.valueStart) : -1;
      if (child && (c === 123 || c === 91)) found = scanContainer(this.raw, child.valueStart);
    }
    this.containers.set(at, found);
    return found;
  }

  has(at: string): boolean {
    return this.container(at) !== null;
  }

  private touch(): void {
    this.record.dirty = true;
  }

  /** Add `"key": jsonText` as the last member of the object at `objectAt`. */
  insertMember(objectAt: string, key: string, jsonText: string): boolean {
    const c = this.container(objectAt);
    if (!c || this.raw.charCodeAt(c.open) !== 123) return false;
    const member = `${JSON.stringify(key)}:${jsonText}`;
    const last = c.children[c.children.length - 1];
    if (last) this.edits.push({ start: last.valueEnd, end: last.valueEnd, text: `,${member}` });
    else this.edits.push({ start: c.open + 1, end: c.open + 1, text: member });
    this.touch();
    return true;
  }

  /** Add an item at the end of the array at `arrayAt`. */
  appendItem(arrayAt: string, jsonText: string): boolean {
    const c = this.container(arrayAt);
    if (!c || this.raw.charCodeAt(c.open) !== 91) return false;
    const last = c.children[c.children.length - 1];
    if (last) this.edits.push({ start: last.valueEnd, end: last.valueEnd, text: `,${jsonText}` });
    else this.edits.push({ start: c.open + 1, end: c.open + 1, text: jsonText });
    this.touch();
    return true;
  }

  /**
   * Remove the members / items at these concrete paths. Members of one container are removed
   * together, run by run, so commas stay right; a container left empty is removed from its own
   * parent in turn (FHIR forbids empty objects and arrays). The root is never removed.
   */
  remove(paths: Iterable<string>): void {
    const byParent = new Map<string, Set<string | number>>();
    const add = (at: string) => {
      const up = parentOf(at);
      if (!up) return;
      let set = byParent.get(up.parentAt);
      if (!set) {
        set = new Set();
        byParent.set(up.parentAt, set);
      }
      set.add(up.last);
    };
    for (const p of paths) add(p);
    // Deepest containers first, so emptied ones are queued for their parents.
    const done = new Set<string>();
    for (;;) {
      const pending = [...byParent.keys()].filter((k) => !done.has(k)).sort((a, b) => b.length - a.length);
      const at = pending[0];
      if (at === undefined) break;
      done.add(at);
      const c = this.container(at);
      if (!c) continue;
      const gone = byParent.get(at)!;
      const removed = c.children.map((ch) => gone.has(ch.key));
      if (removed.every(Boolean) && at !== '') {
        add(at);
        continue;
      }
      let i = 0;
      while (i < c.children.length) {
        if (!removed[i]) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < c.children.length && removed[j + 1]) j++;
        const next = c.children[j + 1];
        const prev = c.children[i - 1];
        if (next) this.edits.push({ start: c.children[i]!.start, end: next.start, text: '' });
        else if (prev) this.edits.push({ start: prev.valueEnd, end: c.children[j]!.valueEnd, text: '' });
        else this.edits.push({ start: c.children[i]!.start, end: c.children[j]!.valueEnd, text: '' });
        i = j + 1;
      }
    }
    this.touch();
  }
}

/** An editor for a JSON record read by src/io, else undefined. */
export function jsonEditor(record: DocRecord): JsonEditor | undefined {
  if (!(record instanceof FileRecord) || !('tree' in record)) return undefined;
  return new JsonEditor(record as FileRecord & { edits?: RawEdit[] });
}
