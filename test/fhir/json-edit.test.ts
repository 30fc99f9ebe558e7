import fc from 'fast-check';
import { expect, it } from 'vitest';
import { jsonEditor } from '../../src/io/json-edit.js';
import { JsonRecord, parseJsonRecord } from '../../src/io/json-scan.js';

it('inserts members and removes members and items, emptied parents too, beside replaced leaves', () => {
  const raw = '{\n  "a": {"b": [1, 2, 3], "c": "x"},\n  "d": [ {"e": 1} ],\n  "f": "y"\n}';
  const rec = new JsonRecord(0, 1, '', raw);
  rec.tree = parseJsonRecord(rec, raw, 0, raw.length);
  const ed = jsonEditor(rec)!;
  ed.insertMember('a', 'm', '{"s":[]}');
  ed.remove(['a.b[1]', 'a.b[2]', 'd[0].e', 'f']);
  rec.leaves.find((l) => l.at === 'a.c')!.replace('Z');
  const out = rec.render();

  expect(JSON.parse(out)).toEqual({ a: { b: ['1'].map(Number), c: 'Z', m: { s: [] } } });
});

type J = unknown;
/** Concrete paths of every primitive in a value, as the JSON reader names them. */
function leafPaths(v: J, at = '', out: string[] = []): string[] {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) leafPaths(x, `${at}[${i}]`, out);
  } else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) leafPaths(x, at === '' ? k : `${at}.${k}`, out);
  else out.push(at);
  return out;
}

/** The model: drop the leaves, then every container left empty (never the root). */
function model(v: J, gone: Set<string>, at = ''): J | undefined {
  if (Array.isArray(v)) {
    if (v.length === 0) return v;
    const kept = v.map((x, i) => model(x, gone, `${at}[${i}]`)).filter((x) => x !== undefined);
    return kept.length === 0 && at !== '' ? undefined : kept;
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return v;
    const kept = entries
      .map(([k, x]) => [k, model(x, gone, at === '' ? k : `${at}.${k}`)] as const)
      .filter(([, x]) => x !== undefined);
    return kept.length === 0 && at !== '' ? undefined : Object.fromEntries(kept);
  }
  return gone.has(at) ? undefined : v;
}

it('removes any set of leaves like the model, whatever the whitespace (property)', () => {
  const key = fc.stringMatching(/^[a-z]{1,4}$/);
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 5 }),
      fc.integer(),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(key, tie('node'), { maxKeys: 3 }),
    ),
  })).node;
  fc.assert(
    fc.property(
      fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }),
      fc.nat(),
      fc.boolean(),
      (obj, pick, pretty) => {
        const raw = JSON.stringify(obj, null, pretty ? 2 : undefined);
        const rec = new JsonRecord(0, 1, '', raw);
        rec.tree = parseJsonRecord(rec, raw, 0, raw.length);
        const paths = leafPaths(obj);
        const gone = new Set(paths.filter((_, i) => (pick >> (i % 30)) & 1));
        jsonEditor(rec)!.remove(gone);
        const expected = model(obj, gone) ?? {};
        expect(JSON.parse(rec.render())).toEqual(expected);
      },
    ),
  );
});
