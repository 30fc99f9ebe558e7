/**
 * Overlap strategy. Candidates that overlap are merged into one span covering their union (no
 * character any recognizer flagged is left out); the merged span takes kind, score and source from
 * the best candidate: higher score first, then the longer one, then the earlier one. The result is
 * sorted by start and non-overlapping. Touching spans (end === start) stay separate.
 */
import type { Candidate } from './recognizer.js';

function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.start < b.start;
}

export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let cur: Candidate | undefined;
  let best: Candidate | undefined;
  for (const c of sorted) {
    if (cur && best && c.start < cur.end) {
      cur.end = Math.max(cur.end, c.end);
      if (better(c, best)) best = c;
      continue;
    }
    if (cur && best) out.push({ ...cur, kind: best.kind, score: best.score, source: best.source });
    cur = { ...c };
    best = c;
  }
  if (cur && best) out.push({ ...cur, kind: best.kind, score: best.score, source: best.source });
  return out;
}
