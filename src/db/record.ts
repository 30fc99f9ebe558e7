/**
 * A database row as a DocRecord for scrub and check: one leaf per column (path = key = at =
 * column name). `table` and `rowKey` (the primary-key values, in key order) locate the row;
 * `rowKey` holds data values, so only the caller may decide whether to show them.
 */

import type { DocRecord, Leaf, LeafType } from '../io/types.js';
import type { CellValue } from '../table/types.js';
import type { DbColumn, DbTable, GenericType } from './structure.js';

export interface DbRecord extends DocRecord {
  readonly table: string;
  readonly rowKey: readonly (string | null)[];
}

export class DbLeaf implements Leaf {
  readonly path: string;
  readonly at: string;
  readonly key: string;
  readonly type: LeafType;
  readonly value: string;
  private replaced: string | null = null;
  private done = false;

  /** `raw` is the value as read (number stays number), passed through when not replaced. */
  constructor(
    /** The column: its type, length and nullability are what a replacement must fit. */
    readonly column: DbColumn,
    private readonly raw: CellValue,
  ) {
    this.path = column.name;
    this.at = column.name;
    this.key = column.name;
    this.type = raw === null ? 'null' : leafType(column.generic);
    this.value = raw === null ? '' : String(raw);
  }

  get changed(): boolean {
    return this.done;
  }

  replace(value: string | null): void {
    this.replaced = value;
    this.done = true;
  }

  /** The value to write back. */
  cell(): CellValue {
    return this.done ? this.replaced : this.raw;
  }
}

function leafType(g: GenericType): LeafType {
  if (g === 'integer' || g === 'bigint' || g === 'real' || g === 'numeric') return 'number';
  if (g === 'boolean') return 'boolean';
  return 'string';
}

export function makeRecord(
  table: DbTable,
  keyIdx: readonly number[],
  index: number,
  values: readonly CellValue[],
): DbRecord {
  const leaves = table.columns.map((c, i) => new DbLeaf(c, values[i] ?? null));
  return {
    index,
    line: index + 1,
    leaves,
    table: table.name,
    rowKey: keyIdx.map((i) => {
      const v = values[i];
      return v === null || v === undefined ? null : String(v);
    }),
  };
}

/** Record → cells in the table's column order (leaves matched by path; missing → NULL). */
export function cellsOf(table: DbTable, rec: DocRecord): CellValue[] {
  const { leaves } = rec;
  const fast =
    leaves.length === table.columns.length && leaves.every((l, i) => l.path === table.columns[i]?.name);
  const pick = (l: Leaf | undefined): CellValue => {
    if (!l) return null;
    if (l instanceof DbLeaf) return l.cell();
    return l.type === 'null' ? null : l.value;
  };
  if (fast) return leaves.map(pick);
  const byPath = new Map(leaves.map((l) => [l.path, l]));
  return table.columns.map((c) => pick(byPath.get(c.name)));
}
