/**
 * Tables and rows as generate, db and fhir share them: a table's columns, keys and types, one
 * cell value, and the RowSink every destination implements. File writers (csv, tsv, ndjson,
 * json, sql) and database sinks (PostgreSQL COPY, MySQL, SQLite) take the same rows, so the row
 * engine does not know where its rows end up. Rows of different tables arrive interleaved
 * (children are made with their parent), always in a deterministic order.
 *
 * A low layer: it imports nothing from the rest of placebo.
 */
export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'date' | 'timestamp';

export type CellValue = string | number | boolean | null;

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  unique: boolean;
}

export interface ForeignKey {
  column: string;
  table: string;
  refColumn: string;
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  primaryKey: string | null;
  foreignKeys: ForeignKey[];
}

export interface RowSink {
  /** Tables in dependency order (parents first). Called once before any row. */
  open(tables: readonly TableSpec[]): Promise<void>;
  /** A batch of rows for one table, cells in the table's column order. Resolves when the sink can take more. */
  write(table: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Everything written: finish, commit, rename temp files into place. */
  close(): Promise<void>;
  /** Something failed: roll back, delete temp files, leave nothing half-written. */
  abort(): Promise<void>;
}
