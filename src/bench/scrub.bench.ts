/**
 * Scrub benchmark: MB/s and peak RSS of `placebo scrub` on a large CSV (structured identifier
 * columns plus a notes column). The baseline, measured in the same run: fast-csv's parse → format
 * identity (rows as arrays), the yardstick for "parse and re-format". Also shown: the same
 * identity through src/io (every cell parsed and re-encoded, nothing replaced), src/io's own fast
 * path (unchanged records copied byte for byte, which skips the re-format a scrubbed row needs),
 * and the free-text scanner alone (findSpans over the notes, with each record's context), in MB of
 * note text per second. The file doubles as its child processes:
 *   node scrub.bench.js --child identity IN OUT [reformat]
 *   node scrub.bench.js --child fast-csv IN OUT
 *   node scrub.bench.js --child freetext IN
 *   node scrub.bench.js --child csv OUT MB   (just write the input, for profiling)
 * Input rows are invented here from small lists (never real records).
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { rngFor } from '../core/rng.js';
import { type Measured, runNode } from './measure.js';
import type { Bench, BenchRow } from './types.js';

const SELF = fileURLToPath(import.meta.url);
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));

const GIVEN = [
  'Harriet',
  'Bartholomew',
  'Ottoline',
  'Cornelius',
  'Philippa',
  'Ignatius',
  'Rosamund',
  'Thaddeus',
];
const FAMILY = ['Quimby', 'Kettleby', 'Marchbanks', 'Vandersloot', 'Pemberton', 'Ashcombe', 'Wolverton'];
const STREETS = ['Larkspur Lane', 'Oriel Street', 'Quarry Road', 'Tamarack Avenue'];
const CITIES = ['Wrentham', 'Lowestoft', 'Ashby', 'Millbury'];
const ZIPS = ['02139', '03601', '10001', '20201', '94110', '60614'];
const DX = ['hypertension', 'type 2 diabetes', 'asthma', 'osteoarthritis', 'migraine'];
const PHRASES = [
  'reports mild pain in the left knee after a fall',
  'denies chest pain, shortness of breath or palpitations',
  'blood pressure improved on current dose, continue lisinopril',
  'follow-up in four weeks with repeat labs',
  'tolerating metformin, no hypoglycaemic episodes',
];

function row(i: number): string {
  const r = rngFor('scrub-bench', i);
  const given = r.pick(GIVEN);
  const family = `${r.pick(FAMILY)}${i % 977}`;
  const mrn = `MRN${4400000 + i}`;
  const phone = `(617) ${String(200 + (i % 700)).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`;
  const dob = `${1930 + r.int(0, 70)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const note = `${given} ${family} (${mrn}) seen on 03/${String(1 + (i % 28)).padStart(2, '0')}/2024; ${r.pick(PHRASES)}. ${r.pick(PHRASES)}. Call ${phone} with results.`;
  return [
    mrn,
    given,
    family,
    dob,
    `${r.int(10, 990)} ${r.pick(STREETS)}`,
    r.pick(CITIES),
    'MA',
    r.pick(ZIPS),
    phone,
    `${given.toLowerCase()}.${family.toLowerCase()}@mailhaven.net`,
    `${r.int(100, 599)}-${r.int(10, 99)}-${String(1000 + (i % 9000))}`,
    `ENC${7700000 + i}`,
    String(r.int(100, 160)),
    r.pick(DX),
    `"${note}"`,
  ].join(',');
}

const HEADER =
  'patient_id,first_name,last_name,dob,street,city,state,zip,phone,email,ssn,encounter_id,systolic,diagnosis,notes';

async function writeCsv(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  let size = 0;
  let i = 0;
  out.write(`${HEADER}\n`);
  while (size < bytes) {
    let chunk = '';
    for (let k = 0; k < 1000; k++) chunk += `${row(i++)}\n`;
    size += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function identity(input: string, output: string, reformat: boolean): Promise<void> {
  const { openInput, openOutput } = await import('../io/index.js');
  const doc = await openInput(input);
  const out = await openOutput(output, doc);
  for await (const record of doc.records()) {
    // Replacing a cell by its own value marks it changed, so the writer encodes it again.
    if (reformat) for (const leaf of record.leaves) leaf.replace(leaf.value);
    await out.write(record);
  }
  await out.commit();
}

/** The baseline: fast-csv parses every row into an array and formats it again. */
async function fastCsv(input: string, output: string): Promise<void> {
  const { parse, format } = await import('fast-csv');
  await pipeline(createReadStream(input), parse(), format(), createWriteStream(output));
}

/** Free-text scanning alone: findSpans over each note with its record's context; prints note MB. */
async function freetext(input: string): Promise<void> {
  const { openInput } = await import('../io/index.js');
  const { findSpans } = await import('../detect/text/index.js');
  const { contextFor } = await import('../scrub/context-filter.js');
  const kinds: Record<string, string> = {
    patient_id: 'mrn',
    first_name: 'given-name',
    last_name: 'family-name',
    phone: 'phone',
    email: 'email',
    ssn: 'ssn',
    street: 'street-address',
    city: 'city',
    zip: 'zip',
    encounter_id: 'encounter-number',
  };
  const doc = await openInput(input);
  let chars = 0;
  let ms = 0;
  for await (const record of doc.records()) {
    const known = record.leaves.flatMap((l) =>
      kinds[l.key] ? [{ kind: kinds[l.key]!, category: 1 as const, value: l.value }] : [],
    );
    const note = record.leaves.find((l) => l.key === 'notes')?.value ?? '';
    const t0 = performance.now();
    findSpans(note, contextFor(note, { known }));
    ms += performance.now() - t0;
    chars += Buffer.byteLength(note);
  }
  process.stdout.write(JSON.stringify({ bytes: chars, seconds: ms / 1000 }));
}

export const run: Bench = async ({ quick }) => {
  const dir = mkdtempSync(join(tmpdir(), 'placebo-scrubbench-'));
  try {
    const input = join(dir, 'export.csv');
    // PLACEBO_BENCH_SCRUB_MB=1024 reproduces the 1 GB flat-memory check (< 300 MB peak RSS).
    const size = Number(process.env.PLACEBO_BENCH_SCRUB_MB) || (quick ? 20 : 200);
    await writeCsv(input, size * 1024 * 1024);
    const mb = statSync(input).size / (1024 * 1024);
    const fast = await runNode([SELF, '--child', 'fast-csv', input, join(dir, 'fast.csv')]);
    const copy = await runNode([SELF, '--child', 'identity', input, join(dir, 'copy.csv')]);
    const own = await runNode([SELF, '--child', 'identity', input, join(dir, 'identity.csv'), 'reformat']);
    const baseRate = mb / fast.seconds;
    /** A row measured against the fast-csv identity of this run. */
    const row = (name: string, m: Measured, extra: Partial<BenchRow> = {}): BenchRow => ({
      name,
      value: mb / m.seconds,
      unit: 'MB/s',
      baselineName: 'fast-csv identity',
      baseline: baseRate,
      ratio: mb / m.seconds / baseRate,
      peakRssMb: m.peakRssMb,
      ...extra,
    });
    const rows: BenchRow[] = [
      {
        name: 'scrub baseline: fast-csv parse → format identity (rows as arrays)',
        value: baseRate,
        unit: 'MB/s',
        peakRssMb: fast.peakRssMb,
      },
      row('src/io identity (parse + re-encode every cell, nothing replaced)', own),
      row('src/io fast path: parse, copy unchanged records byte for byte', copy, {
        note: 'not a baseline for scrub: a scrubbed row is always re-encoded',
      }),
    ];
    // The targets: ≥ 0.8x fast-csv with one worker thread, ≥ 1.3x with the default (one per core).
    for (const [workers, target] of [
      [0, undefined],
      [1, 0.8],
      [undefined, 1.3],
    ] as const) {
      const m = await runNode([
        MAIN,
        'scrub',
        input,
        '--out',
        join(dir, `w${workers ?? 'default'}`),
        ...(workers === undefined ? [] : ['--workers', String(workers)]),
        '--quiet',
      ]);
      const threads =
        workers === undefined
          ? `default workers (${availableParallelism()})`
          : workers === 0
            ? 'no worker threads'
            : `${workers} worker${workers > 1 ? 's' : ''}`;
      rows.push(
        row(`scrub csv (structured + notes), ${threads}`, m, {
          target,
          note: `${mb.toFixed(0)} MB input; peak RSS target < 300 MB: ${m.peakRssMb < 300 ? 'met' : 'NOT met'}`,
        }),
      );
    }
    const ft = await runNode([SELF, '--child', 'freetext', input]);
    const r = JSON.parse(ft.stdout) as { bytes: number; seconds: number };
    rows.push({
      name: 'scrub free-text scan alone (findSpans + record context, 1 thread)',
      value: r.bytes / (1024 * 1024) / r.seconds,
      unit: 'MB/s',
      peakRssMb: ft.peakRssMb,
      note: `${(r.bytes / (1024 * 1024)).toFixed(0)} MB of note text`,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const [mode, a, b, c] = process.argv.includes('--child')
  ? process.argv.slice(process.argv.indexOf('--child') + 1)
  : [];
if (mode === 'identity') await identity(a!, b!, c === 'reformat');
else if (mode === 'fast-csv') await fastCsv(a!, b!);
else if (mode === 'csv') await writeCsv(a!, Number(b) * 1024 * 1024);
else if (mode === 'freetext') await freetext(a!);
