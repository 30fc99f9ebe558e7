/**
 * Detection scored on nursing notes shaped like the PhysioNet deid gold standard (MIMIC-II ICU
 * nursing notes): terse shorthand, relatives and clinicians by first name (often everyday words),
 * hospital and facility names, holidays, month/day fragments, phones in any notation, ages > 89.
 */
import { describe, expect, test } from 'vitest';
import { findSpans } from '../../src/detect/text/find-spans.js';
import { generateCorpus, scoreCorpus } from '../support/text-corpus.js';

/** The most frequent kind:value pairs (invented corpus values, not PHI). */
function top(list: { kind: string; value: string }[], n = 40): string {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(`${x.kind}:${x.value}`, (counts.get(`${x.kind}:${x.value}`) ?? 0) + 1);
  return JSON.stringify([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n));
}

describe('deid-style nursing notes', () => {
  const notes = generateCorpus(1500, 'deid-corpus', ['deid', 'deid2', 'deid3']);
  const score = scoreCorpus(notes, (t) => findSpans(t));

  test('report', () => {
    const kinds = Object.entries(score.byKind)
      .sort()
      .map(([k, [f, g]]) => `  ${k.padEnd(16)} gold ${String(g).padStart(5)} recall ${(f / g).toFixed(4)}`);
    console.log(
      [
        `deid-style notes ${notes.length}: recall ${score.recall.toFixed(4)} precision ${score.precision.toFixed(4)} preserved ${score.preserved.toFixed(4)}`,
        ...score.byCategory.map(
          (c) =>
            `  cat ${String(c.category).padStart(2)}: gold ${String(c.gold).padStart(5)} recall ${c.recall.toFixed(4)} | predicted ${String(c.predicted).padStart(5)} precision ${c.precision.toFixed(4)}`,
        ),
        ...kinds,
        `misses (most frequent): ${top(score.misses)}`,
        `false positives (most frequent): ${top(score.falsePositives)}`,
      ].join('\n'),
    );
    expect(notes.length).toBe(1500);
  });

  test('recall ≥ 0.98', () => expect(score.recall).toBeGreaterThanOrEqual(0.98));
  test('precision ≥ 0.85', () => expect(score.precision).toBeGreaterThanOrEqual(0.85));
  test('clinical content preserved ≥ 0.95', () => expect(score.preserved).toBeGreaterThanOrEqual(0.95));
});
