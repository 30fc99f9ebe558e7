/** Counters per field and per category: numbers only, never values. */
import type { Action } from '../schema/profile.js';

export interface FieldCounts {
  /** Non-empty values seen. */
  values: number;
  /** Values replaced by something else. */
  changed: number;
  /** Values removed (empty cell / JSON null). */
  removed: number;
  /** Identifier values left as they were because the profile keeps them. */
  kept: number;
  /** Identifier spans found in free text. */
  spans: number;
}

export function emptyCounts(): FieldCounts {
  return { values: 0, changed: 0, removed: 0, kept: 0, spans: 0 };
}

export function addCounts(into: FieldCounts, from: FieldCounts): void {
  into.values += from.values;
  into.changed += from.changed;
  into.removed += from.removed;
  into.kept += from.kept;
  into.spans += from.spans;
}

/** Totals per Safe Harbor category ("1".."18"): values in structured fields and spans in text. */
export type CategoryTotals = Record<string, { values: number; spans: number; actions: Action[] }>;

export function addCategory(
  t: CategoryTotals,
  category: number,
  field: 'values' | 'spans',
  n: number,
  action?: Action,
) {
  const key = String(category);
  const entry = t[key] ?? { values: 0, spans: 0, actions: [] };
  entry[field] += n;
  if (action && !entry.actions.includes(action)) entry.actions.push(action);
  t[key] = entry;
}
