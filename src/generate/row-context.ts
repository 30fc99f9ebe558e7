/** What a column generator sees while a row is being made. */
import type { CellValue } from '../table/types.js';

export interface RowContext {
  table: string;
  /** Stable key of the row: the root index, or `<parent key>.<n>` for a child row. Feeds rngFor. */
  key: string | number;
  /** Human numbering used by child sequences: `17`, `17-3`, `17-3-1`. */
  number: string;
  /** Index among its parent's rows of this table (root: absolute index). */
  index: number;
  /** Cell values by column position, filled in evaluation order. */
  values: CellValue[];
  parent: RowContext | null;
  /** The chart item this row projects (chart tables only). */
  item: Readonly<Record<string, unknown>> | null;
  /** Rows already made for the same parent, by table name (sibling references). */
  siblings: Map<string, RowContext[]> | null;
}
