import { afterEach, describe, expect, it } from 'vitest';
import { findSpans } from './find-spans.js';
import { useSiteWords } from './site-words.js';
import type { RecordContext } from './types.js';

/** [found text, kind] of every span (invented notes; the site words are invented too). */
const found = (text: string, ctx?: RecordContext) =>
  findSpans(text, ctx).map((s) => [text.slice(s.start, s.end), s.kind]);

afterEach(() => useSiteWords(undefined));

describe("a profile's site words", () => {
  it('finds the ward and town names no list knows, in any case and spacing, longest first', () => {
    const notes = ['Quellmoor staff aware of plan.', 'Called QUELLMOOR  WEST for a bed.'];
    expect(notes.map((t) => found(t))).toEqual([[], []]);
    useSiteWords({ places: ['Quellmoor', 'Quellmoor West'] });
    expect(notes.map((t) => found(t))).toEqual([
      [['Quellmoor', 'facility-name']],
      [['QUELLMOOR  WEST', 'facility-name']],
    ]);
  });

  it('finds the names of its people, whole words only', () => {
    useSiteWords({ people: ['Zorvath'] });
    expect(found('Zorvath aware of K 3.1, repleted.')).toEqual([['Zorvath', 'person-name']]);
    expect(found('Zorvathine drip continues.')).toEqual([]);
  });

  it('never takes a safe word for a name, unless the record names it', () => {
    const note = 'Spoke with Hope re: plan, pt agreeable.';
    expect(found(note)).toEqual([['Hope', 'given-name']]);
    useSiteWords({ safeWords: ['HOPE'] });
    expect(found(note)).toEqual([]);
    const ctx: RecordContext = { known: [{ kind: 'given-name', category: 1, value: 'Hope' }] };
    expect(found(note, ctx).map(([t]) => t)).toEqual(['Hope']);
  });

  it('clears them', () => {
    useSiteWords({ places: ['Quellmoor'], safeWords: ['hope'] });
    useSiteWords(undefined);
    expect(found('Quellmoor staff aware; spoke with Hope.')).toEqual([['Hope', 'given-name']]);
  });
});
