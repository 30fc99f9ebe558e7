/**
 * Differential test against the regex engine's spans, snapshotted before the real-note rules
 * (test/detect/fixtures/old-engine-spans.json.gz) on the same generated corpora. Every old span the
 * current engine no longer touches must be explained: either it covered no planted identifier (an
 * old false positive the evidence gates now drop), or it is listed below with the reason.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { findSpans } from '../../src/detect/text/find-spans.js';
import { type CorpusNote, generateCorpus } from '../support/text-corpus.js';

interface Snapshot {
  sets: Record<string, string[]>;
}

const snapshot = JSON.parse(
  gunzipSync(readFileSync(new URL('./fixtures/old-engine-spans.json.gz', import.meta.url))).toString('utf8'),
) as Snapshot;

const CORPORA: Record<string, () => CorpusNote[]> = {
  'text-corpus': () => generateCorpus(1500),
  'deid-corpus': () => generateCorpus(1500, 'deid-corpus', ['deid', 'deid2', 'deid3']),
};

/**
 * Planted identifiers the old engine found and the current one misses, by kind, with the reason.
 * Keep this short; a new entry needs a reason a reviewer accepts.
 */
const ACCEPTED_LOSSES: Record<string, number> = {};

describe.each(Object.keys(CORPORA))('old-engine spans on %s', (name) => {
  const notes = (CORPORA[name] as () => CorpusNote[])();
  const old = snapshot.sets[name] as string[];
  const lost: { kind: string; planted: boolean; text: string }[] = [];
  notes.forEach((note, i) => {
    const now = findSpans(note.text);
    for (const enc of (old[i] ?? '').split(';').filter(Boolean)) {
      const [s, e, kind] = enc.split(',') as [string, string, string];
      const start = Number(s);
      const end = Number(e);
      if (now.some((n) => n.start < end && n.end > start)) continue;
      const planted = note.gold.some((g) => g.start < end && g.end > start);
      lost.push({ kind, planted, text: note.text.slice(Math.max(0, start - 30), end + 10) });
    }
  });

  test('the snapshot is of these notes', () => expect(old.length).toBe(notes.length));

  test('every lost span was an old false positive, or an accepted loss', () => {
    const byKind: Record<string, number> = {};
    for (const l of lost) if (l.planted) byKind[l.kind] = (byKind[l.kind] ?? 0) + 1;
    if (process.env.SHOW_LOSSES) console.log(name, JSON.stringify(lost.filter((l) => l.planted)));
    for (const [kind, n] of Object.entries(byKind))
      expect(n, kind).toBeLessThanOrEqual(ACCEPTED_LOSSES[kind] ?? 0);
  });
});
