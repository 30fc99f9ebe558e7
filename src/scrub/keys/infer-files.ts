/**
 * Keys of a set of files, inferred before any value is transformed. Each file is a table named
 * after the file (`patients.csv` → `patients`). Its key is a column named `id` (or `<table>_id`)
 * whose values are present and distinct in every record. A column of another file references
 * that key when its name agrees (`patient_id`, `PATIENT`, `PATIENTID`, `SUPERVISING_PROVIDER` →
 * `patients` / `providers`) and at least 99% of its distinct values are keys of that table, or —
 * UUIDs being unique across tables — when its values are UUIDs all found among those keys
 * (`APPOINTMENTID` → `encounters.Id`). Only key-like columns are tracked, so memory follows the
 * number of distinct keys, not the size of the files. stdin cannot be read twice: never inferred.
 */
import { basename } from 'node:path';
import type { DbColumn, DbTable } from '../../db/structure.js';
import type { InputDocument } from '../../io/types.js';

/** Distinct values tracked per column; beyond this a column is neither key nor reference. */
const MAX_DISTINCT = 2_000_000;
const CONTAINED = 0.99;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d{1,15}$/;

export interface InferredKeys {
  tables: DbTable[];
  /** Per inferred foreign key, why (`table.column → table.column: …`), for the report. */
  why: string[];
}

interface Track {
  values: Set<string>;
  present: number;
  integers: boolean;
  uuids: boolean;
  overflow: boolean;
}

export function tableNameOf(file: string): string {
  return basename(file).replace(/\.(csv|tsv|json|ndjson|jsonl|txt)$/i, '');
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function singular(name: string): string {
  const n = norm(name);
  if (n.endsWith('ies')) return `${n.slice(0, -3)}y`;
  if (n.endsWith('sses') || n.endsWith('xes')) return n.slice(0, -2);
  if (n.endsWith('s') && !n.endsWith('ss')) return n.slice(0, -1);
  return n;
}

/** `patient_id`, `PATIENT`, `PATIENTID`, `supervising_provider_id` agree with `patients` / `providers`. */
export function nameAgrees(column: string, table: string): boolean {
  return agrees(columnStem(column), singular(table));
}

/** A column name without separators and its trailing `id`: the part that names a table. */
const columnStem = (column: string) => norm(column).replace(/id$/, '');
const agrees = (stem: string, singularTable: string) =>
  stem.length > 0 && singularTable.length > 0 && stem.endsWith(singularTable);

const keyNamed = (column: string, table: string) => {
  const c = norm(column);
  return c === 'id' || c === `${singular(table)}id`;
};

export async function inferFileKeys(docs: readonly InputDocument[]): Promise<InferredKeys> {
  const names = docs.map((d) => tableNameOf(d.file));
  // Tables by singular name: a column agrees with a table when the column's stem ends with the
  // table's singular, so only the stem's suffixes are looked up (many files: no files x files loop).
  const bySingular = new Map<string, string[]>();
  for (const name of names) {
    const one = singular(name);
    if (one.length === 0) continue;
    bySingular.set(one, [...(bySingular.get(one) ?? []), name]);
  }
  const agreesWithOther = (stem: string, table: string) => {
    for (let i = 0; i < stem.length; i++) {
      const tables = bySingular.get(stem.slice(i));
      if (tables?.some((other) => other !== table)) return true;
    }
    return false;
  };
  /** Could `column` of `table` be a key or a reference to another table? */
  const candidate = (column: string, table: string) =>
    keyNamed(column, table) || /id$/i.test(column) || agreesWithOther(columnStem(column), table);
  const tracked = new Map<string, Map<string, Track>>();
  const columnsOf = new Map<string, string[]>();
  let records = new Map<string, number>();
  for (const [i, doc] of docs.entries()) {
    const table = names[i]!;
    const tracks = new Map<string, Track>();
    // Columns already judged not key-like: judged once per file, not once per record.
    const untracked = new Set<string>();
    const columns: string[] = [...(doc.header ?? [])];
    let n = 0;
    // A document whose leaves are known without reading it (a .txt file is one `text` leaf) is
    // read only when one of them could be a key: thousands of notes are not read twice.
    if (doc.leafPaths && !doc.leafPaths.some((p) => candidate(p, table))) {
      tracked.set(table, tracks);
      columnsOf.set(table, [...doc.leafPaths]);
      records = records.set(table, 0);
      continue;
    }
    for await (const record of doc.records()) {
      n++;
      for (const leaf of record.leaves) {
        if (leaf.path !== leaf.key || leaf.path.includes('.') || leaf.path.includes('[')) continue;
        let t = tracks.get(leaf.path);
        if (!t) {
          if (untracked.has(leaf.path)) continue;
          if (!columns.includes(leaf.path)) columns.push(leaf.path);
          if (!candidate(leaf.path, table)) {
            untracked.add(leaf.path);
            continue;
          }
          t = { values: new Set(), present: 0, integers: true, uuids: true, overflow: false };
          tracks.set(leaf.path, t);
        }
        const v = leaf.value.trim();
        if (v === '' || t.overflow) continue;
        t.present++;
        if (t.integers && !INTEGER.test(v)) t.integers = false;
        if (t.uuids && !UUID.test(v)) t.uuids = false;
        t.values.add(t.uuids ? v.toLowerCase() : v);
        if (t.values.size > MAX_DISTINCT) {
          t.overflow = true;
          t.values.clear();
        }
      }
    }
    tracked.set(table, tracks);
    columnsOf.set(table, columns);
    records = records.set(table, n);
  }
  const keys = new Map<string, string>();
  for (const table of names) {
    for (const [column, t] of tracked.get(table) ?? []) {
      const n = records.get(table) ?? 0;
      if (keyNamed(column, table) && !t.overflow && n > 0 && t.present === n && t.values.size === n) {
        keys.set(table, column);
        break;
      }
    }
  }
  const why: string[] = [];
  const tables = names.map((table): DbTable => {
    const tracks = tracked.get(table) ?? new Map<string, Track>();
    const own = keys.get(table);
    const foreignKeys: DbTable['foreignKeys'] = [];
    for (const [column, t] of tracks) {
      if (column === own || t.overflow || t.values.size === 0) continue;
      let best: { table: string; column: string; share: number; byName: boolean } | undefined;
      for (const [other, keyColumn] of keys) {
        if (other === table) continue;
        const keyValues = tracked.get(other)!.get(keyColumn)!.values;
        let hits = 0;
        for (const v of t.values) if (keyValues.has(v)) hits++;
        const share = hits / t.values.size;
        const byName = nameAgrees(column, other);
        const ok = (byName && share >= CONTAINED) || (t.uuids && share === 1);
        if (ok && (!best || (byName && !best.byName) || (byName === best.byName && share > best.share)))
          best = { table: other, column: keyColumn, share, byName };
      }
      if (!best) continue;
      foreignKeys.push({ columns: [column], refTable: best.table, refColumns: [best.column] });
      why.push(
        `${table}.${column} → ${best.table}.${best.column}: ${
          best.byName ? 'the name agrees and ' : 'UUID values, '
        }${Math.round(best.share * 1000) / 10}% of ${t.values.size} distinct values are its keys`,
      );
    }
    const columns: DbColumn[] = (columnsOf.get(table) ?? []).map((name) => {
      const t = tracks.get(name);
      const generic = t && t.present > 0 ? (t.integers ? 'integer' : t.uuids ? 'uuid' : 'text') : 'text';
      return { name, type: '', generic, nullable: true };
    });
    return { name: table, columns, primaryKey: own ? [own] : [], foreignKeys, uniques: [], indexes: [] };
  });
  return { tables, why };
}
