import { describe, expect, test } from 'vitest';
import { findSpans } from '../../src/detect/text/find-spans.js';
import { generateCorpus, scoreCorpus } from '../support/text-corpus.js';

describe('generated clinical-note corpus', () => {
  const notes = generateCorpus(1500);
  const score = scoreCorpus(notes, (t) => findSpans(t));

  test('report', () => {
    const lines = score.byCategory.map(
      (c) =>
        `cat ${String(c.category).padStart(2)}: gold ${String(c.gold).padStart(5)} recall ${c.recall.toFixed(4)} | predicted ${String(c.predicted).padStart(5)} precision ${c.precision.toFixed(4)}`,
    );
    console.log(
      [
        `notes ${notes.length}: recall ${score.recall.toFixed(4)} precision ${score.precision.toFixed(4)} clinical content preserved ${score.preserved.toFixed(4)}`,
        ...lines,
        `misses (first 25): ${JSON.stringify(score.misses.slice(0, 25))}`,
        `false positives (first 25): ${JSON.stringify(score.falsePositives.slice(0, 25))}`,
      ].join('\n'),
    );
  });

  test('recall ≥ 0.99', () => expect(score.recall).toBeGreaterThanOrEqual(0.99));
  test('precision ≥ 0.85', () => expect(score.precision).toBeGreaterThanOrEqual(0.85));
  test('clinical content preserved ≥ 0.95', () => expect(score.preserved).toBeGreaterThanOrEqual(0.95));
});
