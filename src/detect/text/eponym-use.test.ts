import { describe, expect, it } from 'vitest';
import { findSpans } from './find-spans.js';

const names = (text: string) =>
  findSpans(text)
    .filter((s) => s.category === 1)
    .map((s) => text.slice(s.start, s.end));

describe('eponyms naming a clinical thing are not people', () => {
  it('keeps "Parkinson disease" after CC:, and similar uses', () => {
    expect(names('CC: Parkinson disease, tremor worse.')).toEqual([]);
    expect(names("cc: Crohn's disease flare, on budesonide")).toEqual([]);
    expect(names('Babinski sign negative bilaterally.')).toEqual([]);
  });

  it('still finds an eponym-surnamed person in person context', () => {
    expect(names('Mr. Parkinson called back.')).toEqual(['Parkinson']);
    expect(names('son Parkinson visited today')).toEqual(['Parkinson']);
  });
});
