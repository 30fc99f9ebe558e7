import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PlaceboError } from '../../src/core/errors.js';
import { roundTrip, tempDir, write } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Bytes biased towards the characters each format cares about, plus stray high bytes. */
const bytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(...Buffer.from('",\t\n\r{}[]:"\\ a1-.eE0tfnul')),
      fc.integer({ min: 0x80, max: 0xff }),
      fc.integer({ min: 0, max: 0xff }),
    ),
    { maxLength: 80 },
  )
  .map((a) => Buffer.from(a));

let n = 0;

describe('any bytes: either a byte-identical pass-through or a PlaceboError', () => {
  for (const ext of ['csv', 'tsv', 'json', 'ndjson', 'txt']) {
    it(ext, async () => {
      await fc.assert(
        fc.asyncProperty(bytes, async (content) => {
          const f = write(dir, `f${n++}.${ext}`, content);
          try {
            const { out } = await roundTrip(f);
            expect(out.equals(readFileSync(f))).toBe(true);
          } catch (err) {
            expect(err).toBeInstanceOf(PlaceboError);
            expect((err as PlaceboError).code).not.toBe('E_INTERNAL');
          }
        }),
        { numRuns: 100 },
      );
    });
  }
});

/** Valid JSON texts, and the same with one character deleted, doubled or swapped for another. */
const nearlyJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom('keep', 'drop', 'double', 'swap'),
    fc.constantFrom(...'{}[],:"\\ 0e.-tn'),
  )
  .map(([text, at, how, ch]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (how === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (how === 'double') return text.slice(0, i) + text[i] + text.slice(i);
    if (how === 'swap') return text.slice(0, i) + ch + text.slice(i + 1);
    return text;
  });

describe('the JSON tokenizer accepts exactly what JSON.parse accepts (bar duplicate keys)', () => {
  it('json and ndjson', async () => {
    await fc.assert(
      fc.asyncProperty(nearlyJson, async (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        for (const ext of ['json', 'ndjson']) {
          if (ext === 'ndjson' && /[\n\r]/.test(text)) continue;
          const f = write(dir, `j${n++}.${ext}`, text);
          let error: unknown;
          try {
            await roundTrip(f);
          } catch (err) {
            error = err;
          }
          if (text.trim() === '') expect(error).toBeUndefined();
          else if (valid) expect(error === undefined || /duplicate key/.test(String(error))).toBe(true);
          else expect(error).toBeInstanceOf(PlaceboError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
