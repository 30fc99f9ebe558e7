import { afterAll, describe, expect, it } from 'vitest';
import { type ErrorCode, formatError, PlaceboError } from '../../src/core/errors.js';
import { LIMITS } from '../../src/io/index.js';
import { readAll, tempDir, write } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** A value that looks like an identifier; it must never show up in an error. */
const SECRET = 'SSN-078-05-1120-ZEBRA';

interface Case {
  name: string;
  file: string;
  content: string | Buffer;
  code: ErrorCode;
  line: number;
  column?: string;
  format?: string;
}

const csvLines = (n: number) => Array.from({ length: n }, (_, i) => `${i},ok${i}`).join('\n');
const deep = (d: number) => `${'['.repeat(d)}"${SECRET}"${']'.repeat(d)}`;

const cases: Case[] = [
  {
    name: 'CSV unterminated quote',
    file: 'unterminated.csv',
    content: `id,ssn\n1,ok\n2,"${SECRET}\n3,x\n`,
    code: 'E_CSV',
    line: 3,
    column: 'ssn',
  },
  {
    name: 'CSV ragged row (too many fields)',
    file: 'ragged.csv',
    content: `id,ssn\n1,ok\n2,${SECRET},extra\n`,
    code: 'E_CSV',
    line: 3,
  },
  {
    name: 'CSV ragged row after a quoted newline',
    file: 'ragged2.csv',
    content: `id,note\n1,"two\nlines"\n${SECRET}\n`,
    code: 'E_CSV',
    line: 4,
  },
  {
    name: 'CSV text after a closing quote',
    file: 'after-quote.csv',
    content: `id,ssn\n1,"${SECRET}"x\n`,
    code: 'E_CSV',
    line: 2,
    column: 'ssn',
  },
  {
    name: 'HL7 line that is not a segment',
    file: 'bad.hl7',
    content: `MSH|^~\\&|A|B|C|D|20240101||ADT^A04^ADT_A01|1|P|2.5.1\rPID|1||x\r${SECRET}|x\r`,
    code: 'E_INPUT',
    line: 3,
  },
  {
    name: 'TSV ragged row',
    file: 'ragged.tsv',
    content: `id\tssn\n${SECRET}\n`,
    code: 'E_CSV',
    line: 2,
  },
  {
    name: 'CSV invalid UTF-8 far into the file (line counted across chunks)',
    file: 'latin1.csv',
    content: Buffer.concat([
      Buffer.from(`id,name\n${csvLines(60_000)}\n`),
      Buffer.from(`x,${SECRET}`),
      Buffer.from([0xe9, 0x0a]),
    ]),
    code: 'E_ENCODING',
    line: 60_002,
  },
  {
    name: 'CSV NUL byte',
    file: 'nul.csv',
    content: Buffer.concat([Buffer.from(`id,ssn\n1,${SECRET}`), Buffer.from([0]), Buffer.from('\n')]),
    code: 'E_ENCODING',
    line: 2,
  },
  {
    name: 'truncated UTF-8 character at end of input',
    file: 'trunc-utf8.txt',
    content: Buffer.concat([Buffer.from(`a\n${SECRET} `), Buffer.from([0xf0, 0x9f, 0x98])]),
    code: 'E_ENCODING',
    line: 2,
  },
  {
    name: 'UTF-16 file',
    file: 'utf16.csv',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`id,ssn\n1,${SECRET}\n`, 'utf16le')]),
    code: 'E_ENCODING',
    line: 1,
  },
  {
    name: 'NDJSON truncated last line',
    file: 'truncated.ndjson',
    content: `{"id":1}\n{"ssn":"${SECRET}`,
    code: 'E_NDJSON',
    line: 2,
  },
  {
    name: 'NDJSON invalid line in the middle',
    file: 'bad.jsonl',
    content: `{"id":1}\n\n{"ssn": ${SECRET}}\n{"id":3}\n`,
    code: 'E_NDJSON',
    line: 3,
  },
  {
    name: 'NDJSON duplicate key',
    file: 'dup.ndjson',
    content: `{"ssn":"${SECRET}","ssn":"${SECRET}"}\n`,
    code: 'E_NDJSON',
    line: 1,
  },
  {
    name: 'JSON duplicate key in an array element',
    file: 'dup.json',
    content: `[\n  {"a": 1},\n  {"ssn": "${SECRET}",\n   "ssn": "x"}\n]`,
    code: 'E_JSON',
    line: 4,
  },
  {
    name: 'JSON nested deeper than the limit',
    file: 'deep.json',
    content: `{"a":\n${deep(LIMITS.maxDepth + 5)}}`,
    code: 'E_JSON',
    line: 2,
  },
  {
    name: 'JSON array truncated',
    file: 'cut.json',
    content: `[{"a":1},\n{"ssn":"${SECRET}"`,
    code: 'E_JSON',
    line: 2,
  },
  {
    name: 'JSON trailing comma',
    file: 'comma.json',
    content: `[{"a":1},\n{"ssn":"${SECRET}"},\n]`,
    code: 'E_JSON',
    line: 3,
  },
  {
    name: 'JSON text after the array',
    file: 'after.json',
    content: `[{"a":1}]\n${SECRET}`,
    code: 'E_JSON',
    line: 2,
  },
  {
    name: 'JSON object with a bad value',
    file: 'obj.json',
    content: `{\n "resourceType": "Bundle",\n "ssn": ${SECRET}\n}`,
    code: 'E_JSON',
    line: 3,
  },
  {
    name: 'JSON raw control character inside a string',
    file: 'ctl.json',
    content: `[{"ssn":"${SECRET}\u0001"}]`,
    code: 'E_JSON',
    line: 1,
  },
  {
    name: 'CSV header wider than the column limit',
    file: 'wide.csv',
    content: `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n${SECRET}\n`,
    code: 'E_CSV',
    line: 1,
  },
  {
    name: 'CSV with CR-only line endings',
    file: 'mac.csv',
    content: `id,ssn\r1,${SECRET}\r`,
    code: 'E_CSV',
    line: 1,
  },
  {
    name: 'JSON wrapped rows cut off inside a row',
    file: 'wrapped-cut.json',
    content: `{"meta": {"n": 2},\n "rows": [\n  {"ssn": "ok"},\n  {"ssn": "${SECRET}"`,
    code: 'E_JSON',
    line: 4,
  },
  {
    name: 'JSON wrapped rows with a broken member after them',
    file: 'wrapped-tail.json',
    content: `{"rows": [\n  {"ssn": "ok"}\n ],\n "note": "${SECRET}" "x"}\n`,
    code: 'E_JSON',
    line: 4,
  },
  {
    name: 'stdin-less unknown extension',
    file: 'notes.docx',
    content: SECRET,
    code: 'E_INPUT',
    line: -1,
  },
];

describe('bad input: coded, located errors that never quote the data', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const f = write(dir, c.file, c.content);
      const err = await readAll(f, c.format ? { format: c.format } : {}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PlaceboError);
      const e = err as PlaceboError;
      const line = formatError(e);
      expect(e.code).toBe(c.code);
      expect(e.place.file).toBe(f);
      expect(line).toContain(f);
      if (c.line > 0) {
        expect(e.place.line).toBe(c.line);
        expect(line).toContain(`${f}:${c.line}`);
      }
      if (c.column) expect(e.place.column).toBe(c.column);
      expect(line).not.toContain(SECRET);
      expect(line).not.toMatch(/078-05|ZEBRA/);
      expect(JSON.stringify({ ...e, message: e.message })).not.toContain('ZEBRA');
    });
  }

  it('a cell larger than the 64 MiB limit is refused, located at its record', async () => {
    const big = Buffer.alloc(LIMITS.maxValueChars + 1024 * 1024, 'Z');
    big.write('id,note\n1,ok\n2,"', 0);
    big.write('"\n3,ok\n', big.length - 6);
    const f = write(dir, 'huge.csv', big);
    const e = (await readAll(f).catch((x: unknown) => x)) as PlaceboError;
    expect(e).toBeInstanceOf(PlaceboError);
    expect(e.code).toBe('E_CSV');
    expect(e.place.line).toBe(3);
    expect(e.message).toMatch(/64 MiB/);
  });
});
