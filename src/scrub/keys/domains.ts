/**
 * Key domains: a key column and every foreign key that references it (directly or through other
 * foreign keys) form one domain, with one decision for all of them. A domain whose root table
 * holds records of individuals — the table has person identifiers (names, SSN, birth date, MRN,
 * licence…) or references such a table — is replaced, consistently in every member column; a key
 * of a reference table (codes, organisations, payers, providers) is kept. Decisions are made
 * from the data set's structure and column names, before any value is transformed.
 */
import type { DbTable } from '../../db/structure.js';

export type KeyShape = 'integer' | 'uuid' | 'text';

export interface KeyDomain {
  /** The root key, `table.column`. */
  id: string;
  action: 'replace' | 'keep';
  shape: KeyShape;
  /** Largest replacement for integer keys: the smallest column range among the members. */
  max: number;
  /** Why, in words (no values). */
  reason: string;
  /** Every member, `table.column`, root first. */
  members: string[];
}

/** Column names that say "this table describes a person". */
export type PersonColumn = (column: string) => boolean;

/** Integer replacements stay below this, so a reset identity column has room to grow. */
const INTEGER_CAP = 99_999_999;

const key = (table: string, column: string) => `${table}.${column}`;

function integerMax(native: string): number {
  const t = native.toLowerCase();
  if (/^tinyint/.test(t)) return /unsigned/.test(t) ? 255 : 127;
  if (/^(smallint|int2|smallserial)/.test(t)) return /unsigned/.test(t) ? 65_535 : 32_767;
  if (/^mediumint/.test(t)) return 8_388_607;
  return INTEGER_CAP;
}

function shapeOf(table: DbTable, column: string): { shape: KeyShape; max: number } {
  const c = table.columns.find((x) => x.name === column);
  if (!c) return { shape: 'text', max: INTEGER_CAP };
  if (c.generic === 'integer' || c.generic === 'bigint')
    return { shape: 'integer', max: Math.min(INTEGER_CAP, integerMax(c.type)) };
  if (c.generic === 'uuid') return { shape: 'uuid', max: INTEGER_CAP };
  return { shape: 'text', max: INTEGER_CAP };
}

export class KeyDomains {
  private readonly byColumn = new Map<string, KeyDomain>();
  readonly domains: KeyDomain[] = [];

  constructor(tables: readonly DbTable[], isPerson: PersonColumn) {
    const byName = new Map(tables.map((t) => [t.name, t]));
    const individual = recordsOfIndividuals(tables, isPerson);
    // Union-find over key columns: each FK column joins the domain of the column it references.
    const parent = new Map<string, string>();
    const find = (k: string): string => {
      let r = k;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    const roots = new Set<string>();
    for (const t of tables) {
      if (t.primaryKey.length === 1) roots.add(key(t.name, t.primaryKey[0]!));
      for (const u of t.uniques) if (u.columns.length === 1) roots.add(key(t.name, u.columns[0]!));
    }
    for (const t of tables)
      for (const f of t.foreignKeys) {
        if (!byName.has(f.refTable)) continue;
        f.columns.forEach((c, i) => {
          const target = key(f.refTable, f.refColumns[i] ?? '');
          roots.add(target);
          const from = find(key(t.name, c));
          const to = find(target);
          if (from !== to) parent.set(from, to);
        });
      }
    const members = new Map<string, string[]>();
    for (const t of tables)
      for (const c of t.columns) {
        const k = key(t.name, c.name);
        const r = find(k);
        if (!roots.has(r) || (!parent.has(k) && !roots.has(k))) continue;
        if (!members.has(r)) members.set(r, []);
        members.get(r)!.push(k);
      }
    for (const [root, list] of members) {
      const [rootTable, rootColumn] = split(root);
      const table = byName.get(rootTable);
      if (!table) continue;
      let { shape, max } = shapeOf(table, rootColumn);
      for (const m of list) {
        const [mt, mc] = split(m);
        const s = shapeOf(byName.get(mt)!, mc);
        if (s.shape !== shape) shape = 'text';
        max = Math.min(max, s.max);
      }
      const why = individual.get(rootTable);
      const domain: KeyDomain = {
        id: root,
        action: why ? 'replace' : 'keep',
        shape,
        max,
        reason: why
          ? `key of ${rootTable}, ${why}: replaced by a random ${shape} in every column that references it`
          : `key of ${rootTable}, a reference table (no person identifiers, no reference to one): kept`,
        members: [root, ...list.filter((m) => m !== root)],
      };
      this.domains.push(domain);
      for (const m of domain.members) this.byColumn.set(m, domain);
    }
  }

  of(table: string, column: string): KeyDomain | undefined {
    return this.byColumn.get(key(table, column));
  }

  get size(): number {
    return this.domains.length;
  }
}

function split(k: string): [string, string] {
  const i = k.indexOf('.');
  return [k.slice(0, i), k.slice(i + 1)];
}

/**
 * Tables holding records of individuals, with the reason: person identifiers among the column
 * names, or a foreign key (followed to a fixed point) to such a table.
 */
function recordsOfIndividuals(tables: readonly DbTable[], isPerson: PersonColumn): Map<string, string> {
  const why = new Map<string, string>();
  for (const t of tables) {
    const references = new Set(t.foreignKeys.flatMap((f) => f.columns));
    const person = t.columns.filter((c) => !references.has(c.name) && isPerson(c.name)).map((c) => c.name);
    if (person.length > 0)
      why.set(t.name, `which holds person identifiers (${person.slice(0, 3).join(', ')})`);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of tables) {
      if (why.has(t.name)) continue;
      const ref = t.foreignKeys.find((f) => f.refTable !== t.name && why.has(f.refTable));
      if (ref) {
        why.set(t.name, `a record of the individual (references ${ref.refTable})`);
        changed = true;
      }
    }
  }
  return why;
}
