/**
 * Detection scored on the clinical generator's notes (src/generate/clinical): the notes mention
 * a patient row's identifiers and record where (`planted`). The row here holds realistic-looking
 * invented values (no ZZTEST marker, issuable-looking SSN, non-555 phones), so the detector
 * cannot lean on test markers.
 */
import { describe, expect, test } from 'vitest';
import { rngFor } from '../../src/core/rng.js';
import { findSpans } from '../../src/detect/text/find-spans.js';
import type { RecordContext } from '../../src/detect/text/types.js';
import { buildChart } from '../../src/generate/clinical/chart.js';
import type { PatientRow } from '../../src/generate/clinical/types.js';
import { type CorpusNote, makeIdentity, scoreCorpus } from '../support/text-corpus.js';

function notesFor(n: number): { notes: CorpusNote[]; ctxs: RecordContext[] } {
  const notes: CorpusNote[] = [];
  const ctxs: RecordContext[] = [];
  for (let i = 0; i < n; i++) {
    const rng = rngFor('clinical-corpus', i);
    const id = makeIdentity(rng);
    const row: PatientRow = id.row;
    const chart = buildChart(rng.derive('chart'), id.facts, row);
    for (const note of chart.notes) {
      notes.push({
        text: note.text,
        gold: note.planted.map((p) => ({ ...p })),
        keep: [],
        style: note.typeDisplay,
      });
      ctxs.push(id.ctx);
    }
  }
  return { notes, ctxs };
}

describe('clinical generator notes', () => {
  const { notes, ctxs } = notesFor(120);
  const plain = scoreCorpus(notes, (t) => findSpans(t));
  let i = 0;
  const withCtx = scoreCorpus(notes, (t) => findSpans(t, ctxs[i++]));

  test('report', () => {
    const fmt = (label: string, s: typeof plain) =>
      [
        `${label}: ${notes.length} notes, recall ${s.recall.toFixed(4)} precision ${s.precision.toFixed(4)}`,
        ...s.byCategory.map(
          (c) =>
            `  cat ${String(c.category).padStart(2)}: gold ${String(c.gold).padStart(5)} recall ${c.recall.toFixed(4)} | predicted ${String(c.predicted).padStart(5)} precision ${c.precision.toFixed(4)}`,
        ),
        `  misses (first 20): ${JSON.stringify(s.misses.slice(0, 20))}`,
        `  false positives (first 30): ${JSON.stringify(s.falsePositives.slice(0, 30))}`,
      ].join('\n');
    console.log(`${fmt('without record context', plain)}\n${fmt('with record context', withCtx)}`);
    expect(notes.length).toBeGreaterThan(100);
  });

  test('recall with record context ≥ 0.99', () => expect(withCtx.recall).toBeGreaterThanOrEqual(0.99));
  test('recall without record context ≥ 0.95', () => expect(plain.recall).toBeGreaterThanOrEqual(0.95));
});
