/**
 * Re-identification risk over the quasi-identifiers left in the output (birth year, sex, ZIP3,
 * state, race, ethnicity, death year): records are grouped by the values they share, and the
 * report gives the smallest group and the records in groups smaller than k = 11 (CMS's
 * small-cell rule). Extra information, not a Safe Harbor test. Values live in this tally's memory
 * only while the file is scrubbed; the report carries counts and field names, never a value.
 */
import type { Leaf } from '../io/types.js';
import type { FieldResult } from './engine.js';
import { isSexField } from './record-sex.js';

export const SMALL_CELL_K = 11;

export interface RiskSummary {
  k: number;
  /** Quasi-identifiers present, each with the fields it was read from. */
  quasiIdentifiers: { name: string; fields: string[] }[];
  records: number;
  groups: number;
  smallestGroup: number;
  /** Records in groups smaller than k. */
  inSmallGroups: number;
}

const norm = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');
const STATE = /^(state|st|province|region|statecode|stateprovince|addressstate)$/;
const RACE = /^(race|racecode|ptrace|patrace|patientrace|racecategory)$/;
const ETHNICITY =
  /^(ethnicity|ethnicitycode|ethnic|ethnicgroup|hispanic|hispanicorigin|ptethnicity|patientethnicity)$/;
const DEATH = /death|deceased|dod|expired/;
const year = (v: string): string => /\b(\d{4})\b/.exec(v)?.[1] ?? v;

/** Which quasi-identifier a field is, and how its output value is read. */
function quasiOf(f: FieldResult, key: string): { name: string; read: (v: string) => string } | undefined {
  const k = norm(key);
  const kind = f.cls.kind;
  if (kind === 'birth-date') return { name: 'birth year', read: year };
  if (kind === 'date' && DEATH.test(k)) return { name: 'death year', read: year };
  if (kind === 'zip') return { name: 'ZIP3', read: (v) => v.replace(/\D/g, '').slice(0, 3) };
  if (f.cls.freeText) return undefined;
  if (isSexField(key)) return { name: 'sex', read: (v) => v.trim().toLowerCase() };
  if (STATE.test(k)) return { name: 'state', read: (v) => v.trim().toUpperCase() };
  if (RACE.test(k)) return { name: 'race', read: (v) => v.trim().toLowerCase() };
  if (ETHNICITY.test(k)) return { name: 'ethnicity', read: (v) => v.trim().toLowerCase() };
  return undefined;
}

export class RiskTally {
  private readonly groups = new Map<string, number>();
  private readonly fieldsOf = new Map<string, Set<string>>();
  private records = 0;

  /** `after[i]`: leaf i's value as written (null when removed). */
  add(leaves: readonly Leaf[], fields: readonly FieldResult[], after: readonly (string | null)[]): void {
    const parts: string[] = [];
    leaves.forEach((leaf, i) => {
      const q = quasiOf(fields[i]!, leaf.key);
      if (!q) return;
      const names = this.fieldsOf.get(q.name) ?? new Set<string>();
      names.add(leaf.path);
      this.fieldsOf.set(q.name, names);
      const v = after[i];
      parts.push(`${q.name}=${v === null || v === undefined || v.trim() === '' ? '' : q.read(v)}`);
    });
    this.records++;
    if (parts.length === 0) return;
    const key = parts.sort().join('\u0001');
    this.groups.set(key, (this.groups.get(key) ?? 0) + 1);
  }

  summary(): RiskSummary {
    let smallest = 0;
    let small = 0;
    for (const n of this.groups.values()) {
      if (smallest === 0 || n < smallest) smallest = n;
      if (n < SMALL_CELL_K) small += n;
    }
    return {
      k: SMALL_CELL_K,
      quasiIdentifiers: [...this.fieldsOf.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([name, f]) => ({ name, fields: [...f].sort() })),
      records: this.records,
      groups: this.groups.size,
      smallestGroup: smallest,
      inSmallGroups: small,
    };
  }
}
