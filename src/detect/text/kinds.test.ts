import { expect, test } from 'vitest';
import { KINDS, kindById } from '../../catalogue/index.js';
import { TEXT_KIND_CATEGORY, TEXT_ONLY_KINDS } from './kinds.js';

test('every text kind is a catalogue kind with the same category', () => {
  for (const [id, category] of Object.entries(TEXT_KIND_CATEGORY)) {
    if (TEXT_ONLY_KINDS.has(id)) {
      expect(kindById(id), id).toBeUndefined();
      continue;
    }
    expect(kindById(id)?.category, id).toBe(category);
  }
});

test('every catalogue kind has a category here', () => {
  for (const k of KINDS) expect(TEXT_KIND_CATEGORY[k.id], k.id).toBe(k.category);
});
