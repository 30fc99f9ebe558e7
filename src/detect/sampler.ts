/**
 * Collects a bounded sample of values per field path from records, for classification.
 * Reservoir sampling keeps at most `perField` values per path however many records pass.
 * Samples live in memory only; they are never logged or reported.
 */
import { type Rng, rngFor } from '../core/rng.js';
import type { DocRecord } from '../io/types.js';
import type { FieldSample } from './types.js';

interface Slot {
  key: string;
  values: string[];
  seen: number;
  rng: Rng;
}

export class Sampler {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly perField = 200) {}

  add(record: DocRecord): void {
    for (const leaf of record.leaves) this.addValue(leaf.path, leaf.key, leaf.value);
  }

  addValue(path: string, key: string, value: string): void {
    let slot = this.slots.get(path);
    if (!slot) {
      slot = { key, values: [], seen: 0, rng: rngFor('sampler', path) };
      this.slots.set(path, slot);
    }
    if (value.trim() === '') return;
    slot.seen++;
    if (slot.values.length < this.perField) slot.values.push(value);
    else {
      const j = slot.rng.int(0, slot.seen - 1);
      if (j < this.perField) slot.values[j] = value;
    }
  }

  /** One sample per path, in first-seen order. */
  samples(): FieldSample[] {
    return [...this.slots].map(([path, s]) => ({ path, key: s.key, values: [...s.values] }));
  }
}
