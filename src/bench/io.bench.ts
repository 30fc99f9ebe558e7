/**
 * I/O benchmark: MB/s and peak RSS of an identity pass-through (read every record, write it
 * back unchanged) of a generated 20-column CSV with a quoted notes column, through placebo's
 * reader/writer and, in the same run, through fast-csv parse → format (arrays). Also a run that
 * replaces one cell per record (the rebuild path), and an NDJSON pass-through of the same rows
 * against a (lossy) JSON.parse → JSON.stringify line loop.
 * The same file doubles as the child process: `node io.bench.js --child <mode> <in> <out>`.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

const GIVEN = ['Testa', 'Fakey', 'Mocka', 'Dummo', 'Placia', 'Stubby', 'Samplo', 'Nully'];
const FAMILY = ['Placebo', 'Fakerson', 'Testwell', 'Mockford', 'Sampleton', 'Dummyson'];
const WORDS = ['pt', 'reports', 'mild', 'cough', 'no', 'fever', 'follow', 'up', 'in', '2', 'weeks', 'stable'];

/** Invented rows: a fast loop, no faker; every 7th note has a quote, comma and newline inside. */
function generateCsv(file: string, bytes: number, ndjsonFile: string): number {
  const header = [
    'id',
    'mrn',
    'given',
    'family',
    'dob',
    'sex',
    'street',
    'city',
    'state',
    'zip',
    'phone',
    'email',
    'ssn',
    'visit_date',
    'provider',
    'dx_code',
    'weight_kg',
    'height_cm',
    'status',
    'notes',
  ];
  const fd = openSync(file, 'w');
  const nd = openSync(ndjsonFile, 'w');
  writeSync(fd, `${header.join(',')}\n`);
  let written = 0;
  let rows = 0;
  let buf = '';
  let nbuf = '';
  for (let i = 0; written < bytes; i++) {
    const words: string[] = [];
    for (let w = 0; w < 20 + (i % 17); w++) words.push(WORDS[(i * 7 + w * 3) % WORDS.length]!);
    let note = words.join(' ');
    if (i % 7 === 0) note += ', said "fine"\nrecheck';
    const cells = [
      String(i + 1),
      `MRN-TEST-${String(100000 + i)}`,
      GIVEN[i % GIVEN.length]!,
      FAMILY[i % FAMILY.length]!,
      `19${String(40 + (i % 60))}-0${1 + (i % 9)}-1${i % 10}`,
      i % 2 ? 'F' : 'M',
      `${100 + (i % 900)} Fake Street`,
      'Testville',
      'ZZ',
      `00${String(100 + (i % 900))}`,
      `555-01${String(10 + (i % 90))}`,
      `patient${i}@example.invalid`,
      `000-00-${String(1000 + (i % 9000))}`,
      `2024-1${i % 3}-0${1 + (i % 9)}`,
      `Dr ${FAMILY[(i + 3) % FAMILY.length]}`,
      `Z00.0${i % 10}`,
      String(40 + (i % 80)),
      String(140 + (i % 60)),
      i % 5 ? 'active' : 'closed',
      note,
    ];
    const line = `${cells.map((c, k) => (k === 19 ? `"${c.replaceAll('"', '""')}"` : c)).join(',')}\n`;
    buf += line;
    const obj: Record<string, string> = {};
    header.forEach((h, k) => {
      obj[h] = cells[k]!;
    });
    nbuf += `${JSON.stringify(obj)}\n`;
    written += line.length;
    rows++;
    if (buf.length > 4 * MB) {
      writeSync(fd, buf);
      writeSync(nd, nbuf);
      buf = '';
      nbuf = '';
    }
  }
  writeSync(fd, buf);
  writeSync(nd, nbuf);
  return rows;
}

function sha(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha1');
    createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

async function child(mode: string, input: string, output: string): Promise<void> {
  if (mode === 'fast-csv') {
    const { parse, format } = await import('fast-csv');
    await pipeline(createReadStream(input), parse(), format(), createWriteStream(output));
    return;
  }
  if (mode === 'ndjson-parse') {
    // Lossy baseline: JSON.parse → JSON.stringify per line (drops `4.0`, rounds big integers).
    const { createInterface } = await import('node:readline');
    const out = createWriteStream(output);
    for await (const line of createInterface({
      input: createReadStream(input),
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      if (!out.write(`${JSON.stringify(JSON.parse(line))}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return;
  }
  const { openInput, openOutput } = await import('../io/index.js');
  const doc = await openInput(input);
  const out = await openOutput(output, doc);
  for await (const r of doc.records()) {
    if (mode === 'placebo-edit') r.leaves[2]?.replace('Edited');
    await out.write(r);
  }
  await out.commit();
}

export const run: Bench = async ({ quick }) => {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-iobench-'));
  try {
    const csv = join(dir, 'in.csv');
    const ndjson = join(dir, 'in.ndjson');
    const rows = generateCsv(csv, (quick ? 20 : 200) * MB, ndjson);
    const size = statSync(csv).size / MB;
    const inSha = await sha(csv);
    const base = await runNode([SELF, '--child', 'fast-csv', csv, join(dir, 'fast.csv')]);
    const baseRate = size / base.seconds;
    const out: BenchRow[] = [];
    const note = `${size.toFixed(0)} MB, ${rows} rows; fast-csv peak RSS ${base.peakRssMb.toFixed(0)} MB`;
    const m = await runNode([SELF, '--child', 'placebo', csv, join(dir, 'same.csv')]);
    const identical = (await sha(join(dir, 'same.csv'))) === inSha;
    out.push({
      name: 'io csv identity pass-through',
      value: size / m.seconds,
      unit: 'MB/s',
      baselineName: 'fast-csv parse → format',
      baseline: baseRate,
      ratio: size / m.seconds / baseRate,
      peakRssMb: m.peakRssMb,
      note: `${note}; output byte-identical: ${identical ? 'yes' : 'NO'}`,
    });
    const e = await runNode([SELF, '--child', 'placebo-edit', csv, join(dir, 'edit.csv')]);
    out.push({
      name: 'io csv, one cell replaced per record',
      value: size / e.seconds,
      unit: 'MB/s',
      baselineName: 'fast-csv parse → format',
      baseline: baseRate,
      ratio: size / e.seconds / baseRate,
      peakRssMb: e.peakRssMb,
    });
    const ndSize = statSync(ndjson).size / MB;
    const nb = await runNode([SELF, '--child', 'ndjson-parse', ndjson, join(dir, 'parse.ndjson')]);
    const n = await runNode([SELF, '--child', 'placebo', ndjson, join(dir, 'same.ndjson')]);
    const ndSame = (await sha(join(dir, 'same.ndjson'))) === (await sha(ndjson));
    out.push({
      name: 'io ndjson identity pass-through',
      value: ndSize / n.seconds,
      unit: 'MB/s',
      baselineName: 'readline + JSON.parse → JSON.stringify (lossy)',
      baseline: ndSize / nb.seconds,
      ratio: nb.seconds / n.seconds,
      peakRssMb: n.peakRssMb,
      note: `${ndSize.toFixed(0)} MB; output byte-identical: ${ndSame ? 'yes' : 'NO'}; baseline peak RSS ${nb.peakRssMb.toFixed(0)} MB`,
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (process.argv[1] === SELF && process.argv[2] === '--child') {
  const [mode, input, output] = process.argv.slice(3) as [string, string, string];
  await child(mode, input, output);
}
