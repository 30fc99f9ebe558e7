/**
 * Record contexts inside one large JSON record. Exports often wrap their rows in one object
 * (`{"patients": [...]}`), which reads as a single record: matching every text against every
 * identifier of the record was quadratic (a 0.5 MB file of 3,000 rows took 10.6 s, against 1.0 s
 * as a top-level array) and looked for one row's values in another row's notes. Here a leaf's
 * context is the identifiers of the outermost array element it sits in, plus those outside any
 * array. A record with at most SMALL elements keeps one context for all (a family, a few
 * contacts: one may be named in another's note).
 */
import type { Leaf } from '../io/types.js';
import type { RecordContext } from './text/types.js';

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
  const groups = leaves.map((l) => elementOf(l.at));
  const distinct = new Set(groups);
  distinct.delete('');
  if (distinct.size <= SMALL) return undefined;
  const known = new Map<string, Known[]>();
  groups.forEach((g, i) => {
    const k = knownOf(i);
    if (!k) return;
    const list = known.get(g) ?? [];
    list.push(k);
    known.set(g, list);
  });
  const shared = known.get('') ?? [];
  const cache = new Map<string, RecordContext>();
  return (l) => {
    const g = groups[l]!;
    let ctx = cache.get(g);
    if (!ctx) {
      ctx = { known: g === '' ? shared : [...shared, ...(known.get(g) ?? [])] };
      cache.set(g, ctx);
    }
    return ctx;
  };
}
