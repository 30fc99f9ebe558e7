import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll, roundTrip, tempDir, write } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('format-preserving round trips', () => {
  it('CSV: BOM, CRLF, quotes, blank line, quoted newline, no final newline', async () => {
    const text = '\ufeffid,name,note\r\n1,"Ann ""A""",x\r\n\r\n2,Bob,"multi\r\nline"\r\n3,Cy,z';
    const f = write(dir, 'a b é.csv', text);
    const { out, records } = await roundTrip(f);
    expect(out.equals(readFileSync(f))).toBe(true);
    expect(records.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(records[0]!.leaves.map((l) => l.value)).toEqual(['1', 'Ann "A"', 'x']);
    expect(records[1]!.leaves[2]!.value).toBe('multi\r\nline');
    expect(records[0]!.leaves[1]!.path).toBe('name');

    const edited = await roundTrip(f, (r) => {
      r.leaves[1]!.replace(r.index === 2 ? 'a,b' : 'Zed');
      if (r.index === 0) r.leaves[2]!.replace(null);
    });
    expect(edited.out.toString('utf8')).toBe(
      '\ufeffid,name,note\r\n1,"Zed",\r\n\r\n2,Zed,"multi\r\nline"\r\n3,"a,b",z',
    );
  });

  it('NDJSON keeps number lexemes, blank lines and CRLF', async () => {
    const text = '{"a": 4.0, "b": [1, "x"]}\n\n{"c":12345678901234567890, "d": {"e": [true, null]}}\r\n';
    const f = write(dir, 'b.ndjson', text);
    const { out, records } = await roundTrip(f);
    expect(out.toString('utf8')).toBe(text);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
    expect(records[0]!.leaves.map((l) => [l.path, l.at, l.key, l.type, l.value])).toEqual([
      ['a', 'a', 'a', 'number', '4.0'],
      ['b[]', 'b[0]', 'b', 'number', '1'],
      ['b[]', 'b[1]', 'b', 'string', 'x'],
    ]);
    const edited = await roundTrip(f, (r) => {
      for (const l of r.leaves) if (l.type === 'string' || l.key === 'c') l.replace('"q"\n');
    });
    expect(edited.out.toString('utf8')).toBe(
      '{"a": 4.0, "b": [1, "\\"q\\"\\n"]}\n\n{"c":"\\"q\\"\\n", "d": {"e": [true, null]}}\r\n',
    );
  });

  it('JSON array is streamed per element, whitespace kept', async () => {
    const text = ' [ {"a":1e5,"n":{"m":[-0]}} ,\n {"z":"\\u00e9"} ]\n';
    const f = write(dir, 'c.json', text);
    const { out, records } = await roundTrip(f);
    expect(out.toString('utf8')).toBe(text);
    expect(records).toHaveLength(2);
    expect(records[1]!.line).toBe(2);
    expect(records[0]!.leaves.map((l) => l.at)).toEqual(['a', 'n.m[0]']);
    expect(records[1]!.leaves[0]!.value).toBe('é');
    expect((await readAll(write(dir, 'e.json', '[]'))).length).toBe(0);
  });

  it('TXT is one leaf', async () => {
    const f = write(dir, 'd.txt', 'hello\nworld\n');
    const { out } = await roundTrip(f, (r) => r.leaves[0]!.replace('bye\n'));
    expect(out.toString()).toBe('bye\n');
  });
});
