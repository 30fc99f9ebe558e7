/**
 * A CheckIo that lets `placebo check` take database URLs next to files: each URL expands to one
 * input per table, named `<url with password masked>#<table>`, read in its own read-only snapshot.
 */
import type { Readable } from 'node:stream';
import { tableDocument } from '../db/documents.js';
import { introspect } from '../db/introspect.js';
import { readTable } from '../db/source.js';
import type { DbTable } from '../db/structure.js';
import { isDbUrl, parseDbUrl } from '../db/url.js';
import type { InputFormat } from '../io/types.js';
import type { CheckIo } from './run-check.js';

export interface DbInputOptions {
  tables?: readonly string[];
  exclude?: readonly string[];
}

/** Files go to `base`; database URLs expand to their tables. */
export function withDbInputs(base: CheckIo, opts: DbInputOptions = {}): CheckIo {
  const tables = new Map<string, { url: string; table: DbTable }>();
  return {
    async listInputs(inputs, cwd) {
      const files = inputs.filter((i) => !isDbUrl(i));
      const out = files.length > 0 ? await base.listInputs(files, cwd) : [];
      for (const input of inputs.filter(isDbUrl)) {
        const u = parseDbUrl(input);
        const s = await introspect(u, opts);
        for (const t of s.tables) {
          const name = `${u.display}#${t.name}`;
          tables.set(name, { url: input, table: t });
          out.push(name);
        }
      }
      return out;
    },
    async openInput(file: string, o: { format?: InputFormat; cwd: string; stdin: Readable }) {
      const entry = tables.get(file);
      if (!entry) return base.openInput(file, o);
      return tableDocument(file, entry.table, () => readTable(entry.url, entry.table.name));
    },
  };
}
