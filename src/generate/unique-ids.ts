/**
 * Identifiers unique by construction: a root-table column of a kind with a numbered reserved range
 * (IdentifierSpace: SSN, MRN, member id, MBI, e-mail, account number, user name…) takes, for the
 * row with global index g, the value
 *
 *     space.encode( tiers( shuffle_seed(g) ) )
 *
 * - shuffle_seed reorders g inside its block of SHUFFLE_BLOCK rows, keyed by the seed: a bijection
 *   that never leaves the block, so runs over disjoint blocks (shards, appended runs with any seed)
 *   stay disjoint while the seed still decides which row gets which value;
 * - tiers permutes each tier of the space (visibly fake forms first) with a key fixed by the kind,
 *   table and column — not the seed — scattering values over the whole range;
 * - space.encode writes the n-th value of the range.
 *
 * Every step is a bijection, so distinct rows get distinct values, and decode undoes it. The
 * design and its reasons are in docs/decisions.md ("Unique identifiers").
 */
import type { IdentifierKind, IdentifierSpace } from '../catalogue/types.js';
import { PlaceboError } from '../core/errors.js';
import { Permutation, permutationKeys } from '../core/permutation.js';

/** Rows per seeded block; appended runs start on a multiple of it (tier sizes are multiples too). */
export const SHUFFLE_BLOCK = 1000;

export interface UniqueIds {
  readonly kind: string;
  /** How many rows can get a value: the size of the kind's space. */
  readonly capacity: number;
  /** The value of the row with global index g (0 ≤ g < capacity). */
  encode(g: number): string;
  /** The global index of the row that value belongs to, or undefined. */
  decode(value: string): number | undefined;
}

/** Whether a column of this kind is drawn from its space: always for per-person kinds, else when unique. */
export function drawsUnique(
  kind: IdentifierKind,
  unique: boolean,
): kind is IdentifierKind & { space: IdentifierSpace } {
  return kind.space !== undefined && (kind.space.perPerson || unique);
}

export function uniqueIds(
  kind: IdentifierKind & { space: IdentifierSpace },
  where: { table: string; column: string },
  seed: string,
): UniqueIds {
  const space = kind.space;
  const tiers = space.tiers;
  const starts: number[] = [];
  let capacity = 0;
  for (const t of tiers) {
    starts.push(capacity);
    capacity += t;
  }
  const tierPerms = tiers.map(
    (t, i) => new Permutation(t, permutationKeys('tier', kind.id, where.table, where.column, i)),
  );
  const blockKeys = permutationKeys('block', seed, kind.id, where.table, where.column);
  const full = new Permutation(SHUFFLE_BLOCK, blockKeys);
  const lastStart = capacity - (capacity % SHUFFLE_BLOCK);
  const last = new Permutation(capacity % SHUFFLE_BLOCK, blockKeys);
  const blockOf = (start: number): Permutation => (start === lastStart ? last : full);

  const tierOf = (slot: number): number => {
    let i = tiers.length - 1;
    while (starts[i]! > slot) i--;
    return i;
  };
  return {
    kind: kind.id,
    capacity,
    encode(g) {
      if (!(g >= 0 && g < capacity))
        throw new PlaceboError('E_INTERNAL', `row index past the capacity of kind ${kind.id}`);
      const start = g - (g % SHUFFLE_BLOCK);
      const block = start / SHUFFLE_BLOCK;
      const slot = start + blockOf(start).forward(g - start, block);
      const t = tierOf(slot);
      return space.encode(starts[t]! + tierPerms[t]!.forward(slot - starts[t]!));
    },
    decode(value) {
      const n = space.decode(value);
      if (n === undefined || n >= capacity) return undefined;
      const t = tierOf(n);
      const slot = starts[t]! + tierPerms[t]!.inverse(n - starts[t]!);
      const start = slot - (slot % SHUFFLE_BLOCK);
      return start + blockOf(start).inverse(slot - start, start / SHUFFLE_BLOCK);
    },
  };
}
