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
