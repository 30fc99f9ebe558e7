/**
 * The parallel pipeline's parts: chunks encoded straight into UTF-8 buffers (the same bytes however
 * the rows are cut into chunks), the reusable byte buffer itself, and how many worker threads a run gets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteBuffer } from '../../src/generate/byte-buffer.js';
import { chunkEncoder } from '../../src/generate/chunk-encoder.js';
import { poolSize, ROWS_PER_WORKER } from '../../src/generate/pool.js';
import { BLOCK } from '../../src/generate/shard.js';
import type { FormatName } from '../../src/generate/writers/encoder.js';
import { planOf } from './helpers.js';

const SCHEMA = `
version: 1
tables:
  people:
    count: 1
    columns:
      id: { sequence: true }
      name: { kind: person-name }
      note: { choice: ['plain', 'has, comma', 'has "quotes"', "two\\nlines", 'émoji 😀'] }
      score: { number: { min: -5, max: 5, decimals: 1 } }
  visits:
    parent: people
    count: { distribution: uniform, min: 0, max: 3 }
    columns:
      id: { sequence: { prefix: V } }
      person_id: { ref: people.id }
      day: { date: { from: ref-20y, to: ref } }
`;

const utf8 = new TextDecoder();

describe('chunk encoder', () => {
  const plan = planOf(SCHEMA, 7);
  for (const format of ['csv', 'json', 'sql'] as FormatName[]) {
    it(`${format}: one chunk's bytes equal the same rows cut into smaller chunks`, () => {
      const opts = { format, dialect: 'postgres' as const, tables: undefined, truth: false };
      const whole = chunkEncoder(plan, opts)(0, 6 * BLOCK);
      const cut = chunkEncoder(plan, opts);
      const parts = [
        [0, BLOCK],
        [BLOCK, 4 * BLOCK],
        [4 * BLOCK, 6 * BLOCK],
      ].map(([s, e]) => cut(s!, e!));
      plan.tables.forEach((_, i) => {
        const text = utf8.decode(whole.bytes[i]);
        expect(text.length).toBeGreaterThan(0);
        if (format === 'csv' && i === 0) expect(text).toContain('"has ""quotes"""');
        // JSON puts its separator between chunks in the sink, as between blocks inside one chunk.
        const sep = format === 'json' ? ',\n' : '';
        expect(parts.map((p) => utf8.decode(p.bytes[i])).join(sep)).toBe(text);
        expect(whole.rows[i]).toBe(parts.reduce((n, p) => n + p.rows[i]!, 0));
        // Each table's bytes own their ArrayBuffer, so a worker can transfer it.
        expect(whole.bytes[i]!.byteLength).toBe(whole.bytes[i]!.buffer.byteLength);
      });
    });
  }
});

describe('byte buffer', () => {
  it('takes exactly the UTF-8 of what was written since the last take, however often it is reused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 20 }), {
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 64 }),
        (takes, initial) => {
          const b = new ByteBuffer(initial);
          for (const writes of takes) {
            for (const w of writes) b.write(w);
            const out = b.take();
            expect(Buffer.from(out).equals(Buffer.from(writes.join(''), 'utf8'))).toBe(true);
            expect(out.byteLength).toBe(out.buffer.byteLength);
          }
        },
      ),
    );
  });
});

describe('pool size', () => {
  it('starts no worker threads for a small run unless asked, and never more than the chunks', () => {
    expect(poolSize(undefined, ROWS_PER_WORKER * 2 - 1, 100, 2)).toBe(1);
    expect(poolSize(undefined, ROWS_PER_WORKER * 2, 100, 2)).toBe(2);
    expect(poolSize(undefined, ROWS_PER_WORKER * 10, 100, 4)).toBe(4);
    expect(poolSize(undefined, 50, 2, 8)).toBe(1);
    expect(poolSize(2, 50, 2, 8)).toBe(2);
    expect(poolSize(4, 50, 2, 8)).toBe(2);
    expect(poolSize(3, 0, 0, 8)).toBe(1);
  });
});
