import { describe, expect, it } from 'vitest';
import { releaseWordLists, wordLists } from './lists.js';

describe('word lists', () => {
  it('hold US ZIP place names and other locales’ names beside the Census lists', () => {
    const l = wordLists();
    for (const town of ['west roxbury', 'woburn', 'nantucket']) expect(l.cities.has(town)).toBe(true);
    for (const name of ['priya', 'agnieszka', 'ximena']) expect(l.given.has(name)).toBe(true);
    // another locale's surname ranks after every Census surname, so it never counts alone
    expect(l.family.get('smith')).toBe(1);
    expect(l.family.get('adomako') ?? 0).toBeGreaterThan(60000);
  });
  it('load again after being released', () => {
    const before = wordLists();
    releaseWordLists();
    const after = wordLists();
    expect(after).not.toBe(before);
    expect(after.given.size).toBe(before.given.size);
  });
});
