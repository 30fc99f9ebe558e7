/**
 * Collects findings with flat memory: every value is counted per (source, field, kind), but only
 * the first N findings of each (source, field) are kept for listing.
 */
import type { Category } from '../catalogue/types.js';
import type { Finding, SummaryRow } from './types.js';

export type Outcome = 'real' | 'fake' | 'unprovable';

export class FindingTally {
  private readonly rows = new Map<string, SummaryRow>();
  private readonly listedPerField = new Map<string, number>();
  readonly findings: Finding[] = [];
  identifierValues = 0;
  fake = 0;
  real = 0;
  unprovable = 0;

  constructor(private readonly maxPerField: number) {}

  /** Count one tested value; returns whether a 'real' finding should be kept for listing. */
  count(file: string, field: string, kind: string, category: Category, outcome: Outcome): boolean {
    const key = `${file}\u0000${field}\u0000${kind}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { file, field, kind, category, real: 0, fake: 0, unprovable: 0, omitted: 0 };
      this.rows.set(key, row);
    }
    this.identifierValues++;
    row[outcome]++;
    this[outcome]++;
    if (outcome !== 'real') return false;
    const fieldKey = `${file}\u0000${field}`;
    const listed = this.listedPerField.get(fieldKey) ?? 0;
    if (listed >= this.maxPerField) {
      row.omitted++;
      return false;
    }
    this.listedPerField.set(fieldKey, listed + 1);
    return true;
  }

  keep(finding: Finding): void {
    this.findings.push(finding);
  }

  /** Rows sorted by source, then most findings first, then field and kind. */
  summary(): SummaryRow[] {
    return [...this.rows.values()].sort(
      (a, b) => cmp(a.file, b.file) || b.real - a.real || cmp(a.field, b.field) || cmp(a.kind, b.kind),
    );
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
