import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocRecord } from '../../src/io/types.js';
import { readAll, roundTrip, tempDir, write } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Number lexemes that JSON.parse/stringify would not give back as written. */
const numberLexeme = fc.oneof(
  fc.constantFrom(
    '4.0',
    '1e5',
    '-0',
    '12345678901234567890',
    '0.10',
    '1E+2',
    '-1.5e-7',
    '0',
    '9007199254740993',
  ),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
);

const text = fc.string({
  unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', 'é', '😀', ' ', '/'),
  maxLength: 6,
});

/** JSON text built token by token so lexemes and whitespace are exactly what the file holds. */
function jsonText(ws: fc.Arbitrary<string>) {
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((s) => JSON.stringify(s)),
      numberLexeme,
      fc.constantFrom('true', 'false', 'null'),
      fc
        .tuple(fc.array(fc.tuple(ws, tie('value'), ws), { maxLength: 4 }), ws)
        .map(([items, w]) => `[${items.length ? items.map(([a, v, b]) => a + v + b).join(',') : w}]`),
      fc
        .tuple(fc.uniqueArray(fc.tuple(text, ws, tie('value')), { maxLength: 4, selector: ([k]) => k }), ws)
        .map(
          ([entries, w]) =>
            `{${entries.length ? entries.map(([k, a, v]) => `${a}${JSON.stringify(k)}${a}:${a}${v}${a}`).join(',') : w}}`,
        ),
    ),
  }));
  return value as fc.Arbitrary<string>;
}

/** Numbers compared by value, everything else as JSON.parse gives it. */
function normal(tree: unknown): unknown {
  if (typeof tree === 'string') return tree;
  if (Array.isArray(tree)) return tree.map(normal);
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, normal(v)]));
  }
  return tree;
}
/** Our trees keep numbers as lexemes: turn them into numbers where JSON.parse has numbers. */
function numbersOf(tree: unknown, like: unknown): unknown {
  if (typeof like === 'number') return Number(tree);
  if (Array.isArray(like)) return (tree as unknown[]).map((t, i) => numbersOf(t, like[i]));
  if (like && typeof like === 'object') {
    return Object.fromEntries(
      Object.entries(like).map(([k, v]) => [k, numbersOf((tree as Record<string, unknown>)[k], v)]),
    );
  }
  return tree;
}

const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(text, { nil: null })), { maxLength: 6 });

function applyEdits(edit: [number, number, string | null][], count: number) {
  const want = new Map<string, string | null>();
  const fn = (r: DocRecord) => {
    for (const [ri, li, v] of edit) {
      if (ri % Math.max(1, count) !== r.index || r.leaves.length === 0) continue;
      const leaf = r.leaves[li % r.leaves.length]!;
      leaf.replace(v);
      want.set(`${r.index}/${leaf.at}/${r.leaves.indexOf(leaf)}`, v);
    }
  };
  return { fn, want };
}

function checkEdited(before: DocRecord[], after: DocRecord[], want: Map<string, string | null>) {
  expect(after.length).toBe(before.length);
  before.forEach((r, i) => {
    const a = after[i]!;
    expect(a.leaves.map((l) => l.at)).toEqual(r.leaves.map((l) => l.at));
    r.leaves.forEach((l, k) => {
      const key = `${r.index}/${l.at}/${k}`;
      const got = a.leaves[k]!;
      if (want.has(key)) {
        const v = want.get(key)!;
        expect([got.type, got.value]).toEqual(v === null ? ['null', 'null'] : ['string', v]);
      } else expect([got.type, got.value]).toEqual([l.type, l.value]);
    });
  });
}

let n = 0;

describe('JSON round trip', () => {
  it('array documents: bytes kept, trees match JSON.parse, replacements land', async () => {
    const ws = fc.constantFrom('', ' ', '\n', '\r\n  ', '\t');
    const doc = fc.record({
      items: fc.array(fc.tuple(ws, jsonText(ws), ws), { maxLength: 5 }),
      lead: fc.constantFrom('', '\ufeff', ' \n'),
      tail: ws,
      edit: edits,
    });
    await fc.assert(
      fc.asyncProperty(doc, async ({ items, lead, tail, edit }) => {
        const body = items.map(([a, v, b]) => a + v + b).join(',');
        const src = `${lead}[${body}]${tail}`;
        const f = write(dir, `a${n++}.json`, src);
        const { out, records } = await roundTrip(f);
        expect(out.equals(readFileSync(f))).toBe(true);
        const parsed = JSON.parse(src.replace(/^\ufeff/, '')) as unknown[];
        expect(records.map((r) => numbersOf(normal(r.tree), parsed[r.index]))).toEqual(parsed);
        const { fn, want } = applyEdits(edit, records.length);
        const edited = await roundTrip(f, fn);
        JSON.parse(edited.out.toString('utf8').replace(/^\ufeff/, ''));
        checkEdited(records, await readAll(edited.outFile, { format: 'json' }), want);
      }),
      { numRuns: 100 },
    );
  });

  it('one-value documents are one record (unless they wrap rows)', async () => {
    await fc.assert(
      fc.asyncProperty(jsonText(fc.constantFrom('', ' ', '\n')), edits, async (src, edit) => {
        fc.pre(!wrapsRows(JSON.parse(src)));
        const f = write(dir, `o${n++}.json`, `${src}\n`);
        const { out, records } = await roundTrip(f);
        expect(out.equals(readFileSync(f))).toBe(true);
        expect(records).toHaveLength(src.startsWith('[') ? (JSON.parse(src) as unknown[]).length : 1);
        const { fn, want } = applyEdits(edit, records.length);
        const edited = await roundTrip(f, fn);
        checkEdited(records, await readAll(edited.outFile, { format: 'json' }), want);
      }),
      { numRuns: 100 },
    );
  });

  it('objects wrapping rows stream: head, one record per row, tail; bytes kept, edits land', async () => {
    const ws = fc.constantFrom('', ' ', '\n', '\r\n  ');
    const member = fc.tuple(text, jsonText(ws));
    const doc = fc.record({
      head: fc.uniqueArray(member, { maxLength: 3, selector: ([k]) => `h${k}` }),
      rows: fc.array(fc.uniqueArray(member, { minLength: 0, maxLength: 3, selector: ([k]) => k }), {
        minLength: 1,
        maxLength: 5,
      }),
      tail: fc.uniqueArray(member, { maxLength: 2, selector: ([k]) => `t${k}` }),
      w: ws,
      edit: edits,
    });
    await fc.assert(
      fc.asyncProperty(doc, async ({ head, rows, tail, w, edit }) => {
        const members = (ms: [string, string][], prefix: string) =>
          ms.map(([k, v]) => `${w}${JSON.stringify(prefix + k)}${w}:${w}${v}`);
        const rowText = rows.map((r) => `${w}{${members(r, '').join(',')}}${w}`);
        const parts = [
          ...members(head, 'h'),
          `${w}"rows"${w}:${w}[${rowText.join(',')}]`,
          ...members(tail, 't'),
        ];
        const src = `{${parts.join(',')}${w}}${w}`;
        fc.pre(!head.some(([, v]) => wrapsRows({ x: JSON.parse(v) }) || /^\s*\[\s*\{/.test(v)));
        const f = write(dir, `w${n++}.json`, src);
        const { out, records } = await roundTrip(f);
        expect(out.equals(readFileSync(f))).toBe(true);
        expect(records).toHaveLength(rows.length + 2);
        const parsed = JSON.parse(src) as { rows: unknown[] };
        expect(records.slice(1, -1).map((r, i) => numbersOf(normal(r.tree), parsed.rows[i]))).toEqual(
          parsed.rows,
        );
        const { fn, want } = applyEdits(edit, records.length);
        const edited = await roundTrip(f, fn);
        JSON.parse(edited.out.toString('utf8'));
        checkEdited(records, await readAll(edited.outFile, { format: 'json' }), want);
      }),
      { numRuns: 100 },
    );
  });
});

/** Does this value have a member holding an array whose first element is an object? */
function wrapsRows(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).some(
    (m) => Array.isArray(m) && typeof m[0] === 'object' && m[0] !== null && !Array.isArray(m[0]),
  );
}

describe('NDJSON round trip', () => {
  it('lines: bytes kept, trees match JSON.parse, replacements land', async () => {
    const ws = fc.constantFrom('', ' ', '\t');
    const doc = fc.record({
      lines: fc.array(fc.tuple(jsonText(ws), fc.constantFrom('\n', '\r\n', '\n\n', '\n  \n')), {
        maxLength: 6,
      }),
      last: fc.boolean(),
      edit: edits,
    });
    await fc.assert(
      fc.asyncProperty(doc, async ({ lines, last, edit }) => {
        let src = lines.map(([v, eol]) => v + eol).join('');
        if (!last && lines.length > 0) src = src.replace(/\s+$/, '');
        const f = write(dir, `l${n++}.ndjson`, src);
        const { out, records } = await roundTrip(f);
        expect(out.equals(readFileSync(f))).toBe(true);
        const parsed = src
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as unknown);
        expect(records.map((r) => numbersOf(normal(r.tree), parsed[r.index]))).toEqual(parsed);
        const { fn, want } = applyEdits(edit, records.length);
        const edited = await roundTrip(f, fn);
        checkEdited(records, await readAll(edited.outFile, { format: 'ndjson' }), want);
      }),
      { numRuns: 100 },
    );
  });
});
