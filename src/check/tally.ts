/**
 * Collects findings with flat memory: every value is counted per (source, field, kind), but only
 * the first N findings of each (source, field) are kept for listing.
 */
import type { Category } from '../catalogue/types.js';
import type { Finding, SummaryRow } from './types.js';

export type Outcome = 'real' | 'fake' | 'unprovable';

export class FindingTally {
  /** file → field → kind → row; nested maps avoid building a key string per value. */
  private readonly rows = new Map<string, Map<string, Map<string, SummaryRow>>>();
  /** file → field → findings listed so far. */
  private readonly listed = new Map<string, Map<string, number>>();
  readonly findings: Finding[] = [];
  identifierValues = 0;
  fake = 0;
  real = 0;
  unprovable = 0;

  constructor(private readonly maxPerField: number) {}

  /** Count one tested value; returns whether a 'real' finding should be kept for listing. */
  count(file: string, field: string, kind: string, category: Category, outcome: Outcome): boolean {
    const row = this.row(file, field, kind, category);
    this.identifierValues++;
    row[outcome]++;
    this[outcome]++;
    if (outcome !== 'real') return false;
    let perField = this.listed.get(file);
    if (!perField) {
      perField = new Map();
      this.listed.set(file, perField);
    }
    const n = perField.get(field) ?? 0;
    if (n >= this.maxPerField) {
      row.omitted++;
      return false;
    }
    perField.set(field, n + 1);
    return true;
  }

  private row(file: string, field: string, kind: string, category: Category): SummaryRow {
    let byField = this.rows.get(file);
    if (!byField) {
      byField = new Map();
      this.rows.set(file, byField);
    }
    let byKind = byField.get(field);
    if (!byKind) {
      byKind = new Map();
      byField.set(field, byKind);
    }
    let row = byKind.get(kind);
    if (!row) {
      row = { file, field, kind, category, real: 0, fake: 0, unprovable: 0, omitted: 0 };
      byKind.set(kind, row);
    }
    return row;
  }

  keep(finding: Finding): void {
    this.findings.push(finding);
  }

  /** Rows sorted by source, then most findings first, then field and kind. */
  summary(): SummaryRow[] {
    const all: SummaryRow[] = [];
    for (const byField of this.rows.values())
      for (const byKind of byField.values()) for (const row of byKind.values()) all.push(row);
    return all.sort(
      (a, b) => cmp(a.file, b.file) || b.real - a.real || cmp(a.field, b.field) || cmp(a.kind, b.kind),
    );
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
