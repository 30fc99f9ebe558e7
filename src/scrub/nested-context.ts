/**
 * Record contexts inside one large JSON record. Exports often wrap their rows in one object
 * (`{"patients": [...]}`), which reads as a single record: matching every text against every
 * identifier of the record was quadratic (a 0.5 MB file of 3,000 rows took 10.6 s, against 1.0 s
 * as a top-level array) and looked for one row's values in another row's notes. Here a leaf's
 * context is the identifiers of the row it sits in (an element of an array of more than SMALL
 * elements), plus everything outside such rows. Smaller arrays — a family, a few contacts, a
 * person's phones — stay shared: one may be named in another's note.
 */

import type { RecordContext } from '../detect/text/types.js';
import type { Leaf } from '../io/types.js';

type Known = RecordContext['known'][number];

const SMALL = 10;

/** `patients[12].contacts[0].phone` → `patients[12]`; '' outside any array. */
export function elementOf(at: string): string {
  const i = at.indexOf('[');
  if (i < 0) return '';
  const j = at.indexOf(']', i);
  return j < 0 ? '' : at.slice(0, j + 1);
}

/** A leaf index → context function, or undefined when the whole-record context is right. */
export function nestedContexts(
  leaves: readonly Leaf[],
  knownOf: (leafIndex: number) => Known | undefined,
): ((leafIndex: number) => RecordContext) | undefined {
  // Called for every record (every CSV row too): decide "not nested" without allocating.
  let inArrays = 0;
  for (const l of leaves) if (l.at.includes('[')) inArrays++;
  if (inArrays <= SMALL) return undefined;
  // Only an array of many objects holds rows (`patients[…]`); a person's own lists (phones,
  // identifiers, names) stay in the context every text shares.
  const groups = leaves.map((l) => elementOf(l.at));
  const elements = new Map<string, Set<string>>();
  groups.forEach((g, i) => {
    // rows are objects (`patients[3].note`); a list of values (`phones[3]`) never is
    if (g === '' || leaves[i]!.at.length === g.length) return;
    const array = g.slice(0, g.indexOf('['));
    const set = elements.get(array) ?? new Set<string>();
    set.add(g);
    elements.set(array, set);
  });
  const rows = new Set([...elements].filter(([, set]) => set.size > SMALL).map(([array]) => array));
  if (rows.size === 0) return undefined;
  const rowOf = (g: string): string => (g !== '' && rows.has(g.slice(0, g.indexOf('['))) ? g : '');
  const known = new Map<string, Known[]>();
  groups.forEach((g, i) => {
    const k = knownOf(i);
    if (!k) return;
    const row = rowOf(g);
    const list = known.get(row) ?? [];
    list.push(k);
    known.set(row, list);
  });
  const shared = known.get('') ?? [];
  const cache = new Map<string, RecordContext>();
  return (l) => {
    const row = rowOf(groups[l]!);
    let ctx = cache.get(row);
    if (!ctx) {
      ctx = { known: row === '' ? shared : [...shared, ...(known.get(row) ?? [])] };
      cache.set(row, ctx);
    }
    return ctx;
  };
}
