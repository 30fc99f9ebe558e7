import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { PlaceboError } from '../../src/core/errors.js';
import { detectFormat, listInputs, openInput, openOutput } from '../../src/io/index.js';
import { readAll, roundTrip, tempDir, write } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('valid oddities', () => {
  it.each([
    ['empty.csv', ''],
    ['empty.tsv', ''],
    ['empty.json', ''],
    ['empty.ndjson', ''],
    ['empty.txt', ''],
    ['bom-only.csv', '\ufeff'],
    ['header-only.csv', 'id,name\r\n'],
    ['header-only-no-eol.tsv', 'id\tname'],
    ['blank.ndjson', '\n\n  \n'],
    ['ws.json', '  \n'],
    ['empty-array.json', '\ufeff [ \n ] \n'],
  ])('%s: no records, output byte-identical', async (name, content) => {
    const f = write(dir, name, content);
    const { out, records } = await roundTrip(f);
    expect(records).toHaveLength(0);
    expect(out.toString('utf8')).toBe(content);
  });

  it('header-only CSV exposes its header before any record is read', async () => {
    const doc = await openInput(write(dir, 'h.csv', '\ufeff"a b",c\n'));
    expect(doc.header).toEqual(['a b', 'c']);
  });

  it('one-column CSV: a blank line is a record with an empty cell; replaced empties stay records', async () => {
    const f = write(dir, 'one.csv', 'note\nx\n\ny\n');
    const { records } = await roundTrip(f);
    expect(records.map((r) => [r.line, r.leaves[0]!.value])).toEqual([
      [2, 'x'],
      [3, ''],
      [4, 'y'],
    ]);
    const { out } = await roundTrip(f, (r) => r.leaves[0]!.replace(null));
    expect(out.toString()).toBe('note\n""\n""\n""\n');
    expect(parse(out.toString())).toEqual([['note'], [''], [''], ['']]);
  });

  it('quoting style per cell is kept when a neighbour is replaced; new values get quotes only when needed', async () => {
    const f = write(dir, 'q.csv', 'a,b,c,d\n"1",2,"x""y",plain\n');
    const { out } = await roundTrip(f, (r) => {
      r.leaves[1]!.replace('has,comma');
      r.leaves[3]!.replace('no-quotes-needed');
    });
    expect(out.toString()).toBe('a,b,c,d\n"1","has,comma","x""y",no-quotes-needed\n');
  });

  it('a .csv with semicolons (and no comma) in its header is read with ";"', async () => {
    const f = write(dir, 'eu.csv', 'name;"city";amount\r\nTesta;Testville;"1,5"\r\n');
    const { out, records } = await roundTrip(f, (r) => r.leaves[1]!.replace('a;b'));
    expect(records[0]!.leaves.map((l) => [l.key, l.value])).toEqual([
      ['name', 'Testa'],
      ['city', 'Testville'],
      ['amount', '1,5'],
    ]);
    expect(out.toString()).toBe('name;"city";amount\r\nTesta;"a;b";"1,5"\r\n');
    // A comma anywhere in the first line keeps the comma.
    const g = write(dir, 'comma.csv', 'a;b,c\n1;2,3\n');
    expect((await readAll(g))[0]!.leaves.map((l) => l.value)).toEqual(['1;2', '3']);
  });

  it('TSV cells with commas need no quotes; tabs do', async () => {
    const f = write(dir, 't.tsv', 'a\tb\n1,2\tz\n');
    const { out, records } = await roundTrip(f, (r) => r.leaves[1]!.replace('p\tq'));
    expect(records[0]!.leaves[0]!.value).toBe('1,2');
    expect(out.toString()).toBe('a\tb\n1,2\t"p\tq"\n');
  });

  it('a big CSV crosses many read chunks: values match csv-parse, bytes identical, lines right', async () => {
    const rows: string[][] = [];
    let text = 'id,note,city\r\n';
    for (let i = 0; i < 20_000; i++) {
      const note = i % 3 === 0 ? `multi\r\nline ${i} "q" é😀` : `n${i}`;
      rows.push([String(i), note, `Ciudad ${'ñ'.repeat(i % 5)}`]);
      text += `${i},${i % 3 === 0 ? `"${note.replaceAll('"', '""')}"` : note},Ciudad ${'ñ'.repeat(i % 5)}\r\n`;
    }
    const f = write(dir, 'big.csv', text);
    const { out, records } = await roundTrip(f);
    expect(out.equals(readFileSync(f))).toBe(true);
    expect(records.map((r) => r.leaves.map((l) => l.value))).toEqual(rows);
    // Line of record i: 2 + i + (number of earlier multi-line notes).
    expect(records.map((r) => r.line)).toEqual(rows.map((_, i) => 2 + i + Math.ceil(i / 3)));
  });

  it('values spanning many read chunks (5 MB cell, line, element) come through whole', async () => {
    const big = 'é"x,\n'.repeat(1_000_000);
    const json = JSON.stringify(big);
    const cases: [string, string][] = [
      ['long.csv', `a,b\n1,"${big.replaceAll('"', '""')}"\n2,z\n`],
      ['long.ndjson', `{"a":1}\n{"b":${json}}\n`],
      ['long.json', `[{"a":1},{"b":${json}},{"c":2}]`],
    ];
    for (const [name, text] of cases) {
      const f = write(dir, name, text);
      const { out, records } = await roundTrip(f);
      expect(out.equals(readFileSync(f))).toBe(true);
      expect(records.some((r) => r.leaves.some((l) => l.value === big))).toBe(true);
    }
  });

  it('NDJSON and JSON keep a BOM', async () => {
    for (const [name, text] of [
      ['bom.ndjson', '\ufeff{"a":"x"}\n'],
      ['bom.json', '\ufeff{"a":"x"}'],
      ['bom.txt', '\ufeffhello'],
    ] as const) {
      const f = write(dir, name, text);
      const { out, records } = await roundTrip(f, (r) => r.leaves[0]!.replace('y'));
      expect(records[0]!.leaves[0]!.value).toBe(name.endsWith('txt') ? 'hello' : 'x');
      expect(out.toString('utf8')).toBe(name.endsWith('txt') ? '\ufeffy' : text.replace('"x"', '"y"'));
    }
  });

  it('a FHIR Bundle is one record walked generically, paths folded and concrete', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            name: [{ family: 'Placebo', given: ['Testa', 'Middle'] }],
            telecom: [
              { system: 'phone', value: '555-0100' },
              { system: 'email', value: 'a@example.invalid' },
            ],
            multipleBirthInteger: 2,
            deceasedBoolean: false,
          },
        },
      ],
    };
    const f = write(dir, 'bundle.json', JSON.stringify(bundle, null, 2));
    const [rec] = await readAll(f);
    const byAt = Object.fromEntries(rec!.leaves.map((l) => [l.at, [l.path, l.key, l.type, l.value]]));
    expect(byAt['entry[0].resource.name[0].given[1]']).toEqual([
      'entry[].resource.name[].given[]',
      'given',
      'string',
      'Middle',
    ]);
    expect(byAt['entry[0].resource.telecom[1].value']).toEqual([
      'entry[].resource.telecom[].value',
      'value',
      'string',
      'a@example.invalid',
    ]);
    expect(byAt['entry[0].resource.multipleBirthInteger']?.slice(2)).toEqual(['number', '2']);
    expect(byAt['entry[0].resource.deceasedBoolean']?.slice(2)).toEqual(['boolean', 'false']);
    expect(byAt.resourceType).toEqual(['resourceType', 'resourceType', 'string', 'Bundle']);
    expect(
      (rec!.tree as { entry: { resource: { name: { family: string }[] } }[] }).entry[0]!.resource.name[0]!
        .family,
    ).toBe('Placebo');
  });

  it('a "__proto__" key is ordinary data, not a prototype', async () => {
    const f = write(dir, 'proto.ndjson', '{"__proto__": {"x": "1"}, "constructor": "c"}\n');
    const [rec] = await readAll(f);
    const tree = rec!.tree as Record<string, unknown>;
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
    expect(Object.keys(tree)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(tree, '__proto__')).toBe(true);
    expect(rec!.leaves.map((l) => l.path)).toEqual(['__proto__.x', 'constructor']);
  });

  it('reads stdin when the file is "-"', async () => {
    const stdin = Readable.from([Buffer.from('a,b\n1,'), Buffer.from([0xc3]), Buffer.from([0xa9, 0x0a])]);
    const doc = await openInput('-', { format: 'csv', stdin });
    const rows = [];
    for await (const r of doc.records()) rows.push(r.leaves.map((l) => l.value));
    expect(rows).toEqual([['1', 'é']]);
  });

  it('writes stdout when the output is "-"', async () => {
    const doc = await openInput(write(dir, 'so.ndjson', '{"a": 4.0}\n{"b":"x"}\n'));
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const out = await openOutput('-', doc, { stdout: sink });
    for await (const r of doc.records()) {
      if (r.index === 1) r.leaves[0]!.replace('y');
      await out.write(r);
    }
    await out.commit();
    expect(Buffer.concat(chunks).toString()).toBe('{"a": 4.0}\n{"b":"y"}\n');
  });

  it('leaving records() early, or failing, releases the file', async () => {
    const fds = () => readdirSync('/proc/self/fd').length;
    const f = write(dir, 'early.ndjson', '{"a":1}\n'.repeat(100_000));
    const bad = write(dir, 'bad-head.csv', `${'c,'.repeat(30_000)}c\n`);
    const before = fds();
    for (let i = 0; i < 5; i++) {
      const doc = await openInput(f);
      for await (const _ of doc.records()) break;
      await expect(openInput(bad)).rejects.toMatchObject({ code: 'E_CSV' });
    }
    await new Promise((r) => setTimeout(r, 100)); // fs streams close their fd asynchronously
    expect(fds()).toBeLessThanOrEqual(before);
  });

  it('records() can be iterated once', async () => {
    const doc = await openInput(write(dir, 'once.ndjson', '{}\n'));
    doc.records();
    expect(() => doc.records()).toThrow(PlaceboError);
  });
});

describe('output files', () => {
  it('abort leaves no output and no temp file; commit leaves only the output', async () => {
    const sub = join(dir, 'out-test');
    mkdirSync(sub);
    const f = write(sub, 'in.csv', 'a\n1\n2\n');
    const doc = await openInput(f);
    const target = join(sub, 'result.csv');
    const out = await openOutput(target, doc);
    for await (const r of doc.records()) {
      await out.write(r);
      break;
    }
    expect(readdirSync(sub).some((n) => n.endsWith('.placebo-tmp'))).toBe(true);
    await out.abort();
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(sub)).toEqual(['in.csv']);

    const { outFile } = await roundTrip(f);
    expect(readdirSync(sub).sort()).toEqual(['in.csv', 'in.csv.out']);
    expect(readFileSync(outFile, 'utf8')).toBe('a\n1\n2\n');
  });

  it('commit before the input is fully read is refused and nothing is written', async () => {
    const sub = join(dir, 'early');
    mkdirSync(sub);
    const doc = await openInput(write(sub, 'in.ndjson', '{"a":1}\n{"a":2}\n'));
    const out = await openOutput(join(sub, 'o.ndjson'), doc);
    for await (const r of doc.records()) {
      await out.write(r);
      break;
    }
    await expect(out.commit()).rejects.toThrow(PlaceboError);
    await out.abort();
    expect(readdirSync(sub)).toEqual(['in.ndjson']);
  });

  it('an output directory that does not exist is an E_IO error naming the file', async () => {
    const doc = await openInput(write(dir, 'x.txt', 'x'));
    const target = join(dir, 'missing', 'x.txt');
    await expect(openOutput(target, doc)).rejects.toMatchObject({ code: 'E_IO', place: { file: target } });
  });
});

describe('listInputs and detectFormat', () => {
  it('walks directories recursively for supported files, sorted, skipping dot files', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub dir', 'deeper'), { recursive: true });
    for (const name of [
      'b.csv',
      'a.JSON',
      'skip.xlsx',
      '.hidden.csv',
      'sub dir/c.ndjson',
      'sub dir/deeper/d é.txt',
    ]) {
      write(root, name, '');
    }
    const extra = write(dir, 'given.dat', '');
    const list = await listInputs([root, extra, '-', join(root, 'b.csv')]);
    expect(list).toEqual(
      [
        '-',
        extra,
        join(root, 'a.JSON'),
        join(root, 'b.csv'),
        join(root, 'sub dir/c.ndjson'),
        join(root, 'sub dir/deeper/d é.txt'),
      ].sort(),
    );
    await expect(listInputs([join(dir, 'nope')])).rejects.toMatchObject({ code: 'E_INPUT' });
  });

  it('maps extensions and overrides', () => {
    expect(['x.csv', 'x.TSV', 'x.json', 'x.ndjson', 'x.jsonl', 'x.txt'].map((f) => detectFormat(f))).toEqual([
      'csv',
      'tsv',
      'json',
      'ndjson',
      'ndjson',
      'txt',
    ]);
    expect(detectFormat('x.dat', 'JSONL')).toBe('ndjson');
    expect(detectFormat('-', 'tsv')).toBe('tsv');
    expect(() => detectFormat('-')).toThrow(PlaceboError);
    expect(() => detectFormat('x.csv', 'xml')).toThrow(PlaceboError);
  });
});
