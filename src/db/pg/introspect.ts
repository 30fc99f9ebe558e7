/** PostgreSQL structure from pg_catalog, for the connection's current schema. */
import type pg from 'pg';
import type { DbTable } from '../structure.js';
import { classifyNative } from '../types.js';

export async function introspectPg(client: pg.Client): Promise<DbTable[]> {
  const tables = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid, c.relname AS name FROM pg_class c
     WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p')
       AND NOT c.relispartition ORDER BY c.relname`,
  );
  const columns = await client.query<{ rel: number; name: string; type: string; notnull: boolean }>(
    `SELECT a.attrelid AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attrelid, a.attnum`,
  );
  const constraints = await client.query<{
    rel: number;
    name: string;
    type: string;
    cols: string[];
    reftable: string | null;
    refcols: string[] | null;
  }>(
    `SELECT con.conrelid AS rel, con.conname AS name, con.contype AS type,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o) AS cols,
       rc.relname AS reftable,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o) AS refcols
     FROM pg_constraint con LEFT JOIN pg_class rc ON rc.oid = con.confrelid
     WHERE con.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND con.contype IN ('p', 'u', 'f')
     ORDER BY con.conrelid, con.conname`,
  );
  // Plain-column indexes not backing a constraint (expression indexes are skipped).
  const indexes = await client.query<{ rel: number; name: string; uniq: boolean; cols: (string | null)[] }>(
    `SELECT i.indrelid AS rel, ic.relname AS name, i.indisunique AS uniq,
       ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o) AS cols
     FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE ic.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
       AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
       AND i.indexprs IS NULL AND i.indpred IS NULL
     ORDER BY ic.relname`,
  );
  return tables.rows.map((t) => {
    const cons = constraints.rows.filter((c) => c.rel === t.oid);
    return {
      name: t.name,
      columns: columns.rows
        .filter((c) => c.rel === t.oid)
        .map((c) => ({ name: c.name, type: c.type, generic: classifyNative(c.type), nullable: !c.notnull })),
      primaryKey: cons.find((c) => c.type === 'p')?.cols ?? [],
      uniques: cons.filter((c) => c.type === 'u').map((c) => ({ name: c.name, columns: c.cols })),
      foreignKeys: cons
        .filter((c) => c.type === 'f')
        .map((c) => ({
          name: c.name,
          columns: c.cols,
          refTable: c.reftable ?? '',
          refColumns: c.refcols ?? [],
        })),
      indexes: indexes.rows
        .filter((i) => i.rel === t.oid && i.cols.every((c) => c !== null))
        .map((i) => ({ name: i.name, unique: i.uniq, columns: i.cols as string[] })),
    };
  });
}
