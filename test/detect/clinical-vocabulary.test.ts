/**
 * The clinical data placebo ships is never read as an identifier: every condition, medication,
 * lab, allergy and encounter name that generate writes into a description column passes the
 * free-text engine without a span (a generated "… coronavirus 2" was once read as a ward).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findSpans } from '../../src/detect/text/index.js';

const FILES = ['conditions', 'medications', 'observations', 'allergies', 'encounter-types'];
const FIELDS = new Set(['display', 'text', 'name', 'substance', 'reaction']);

function phrases(v: unknown, into: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) phrases(x, into);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (FIELDS.has(k) && typeof x === 'string') into.push(x);
      else phrases(x, into);
    }
  return into;
}

describe('clinical vocabulary', () => {
  it.each(FILES)('%s: no name in it is found as an identifier', (file) => {
    const all = phrases(
      parse(readFileSync(new URL(`../../src/data/clinical/${file}.yaml`, import.meta.url), 'utf8')),
    );
    expect(all.length).toBeGreaterThan(5);
    const found = all.flatMap((p) =>
      findSpans(p).map((s) => `${p} → ${p.slice(s.start, s.end)} (${s.kind})`),
    );
    expect(found).toEqual([]);
  });
});
