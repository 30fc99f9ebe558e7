/**
 * The data set's keys for one scrub run: from the database catalogue (a staging refresh) or
 * inferred from the files (two or more, none of them stdin), turned into key domains with one
 * decision each. `keyNotes` says, for the report, what was inferred and why.
 */
import type { DbTable } from '../../db/structure.js';
import type { CataloguePort } from '../../detect/catalogue-port.js';
import type { InputDocument } from '../../io/types.js';
import { KeyDomains } from './domains.js';
import { inferFileKeys } from './infer-files.js';

/** Column kinds that make a table a table of people (its rows are individuals). */
const PERSON_KINDS = new Set([
  'given-name',
  'family-name',
  'ssn',
  'birth-date',
  'mrn',
  'mbi',
  'drivers-license',
  'passport',
]);

export function personColumn(catalogue: CataloguePort): (column: string) => boolean {
  return (column) => {
    const m = catalogue.matchHeader(column)[0];
    return m !== undefined && m.score >= 0.7 && PERSON_KINDS.has(m.kind);
  };
}

export interface DataSetKeys {
  /** The tables as modelled: columns with their (inferred) types, keys. */
  tables: readonly DbTable[];
  domains: KeyDomains;
  /** Report notes: inferred foreign keys and each domain's decision. */
  notes: string[];
}

export function keysOfTables(
  tables: readonly DbTable[],
  catalogue: CataloguePort,
  why: string[] = [],
): DataSetKeys {
  const domains = new KeyDomains(tables, personColumn(catalogue));
  const notes = [
    ...why.map((w) => `inferred foreign key ${w}`),
    ...domains.domains.map(
      (d) =>
        `key domain ${d.id} (${d.members.length} column${d.members.length === 1 ? '' : 's'}): ${d.reason}`,
    ),
  ];
  return { tables, domains, notes };
}

export async function keysOfFiles(
  docs: readonly InputDocument[],
  catalogue: CataloguePort,
): Promise<DataSetKeys> {
  const inferred = await inferFileKeys(docs);
  return keysOfTables(inferred.tables, catalogue, inferred.why);
}
