/**
 * Root-row ranges. Rows are grouped in blocks of BLOCK root rows aligned on absolute indexes:
 * every batch a writer sees (one SQL INSERT, one JSON run) is one block, and shard and chunk
 * boundaries fall on block boundaries, so output bytes never depend on how the work was cut.
 */
import { PlaceboError } from '../core/errors.js';

export const BLOCK = 32;

export interface Shard {
  k: number;
  n: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || k < 1 || k > n) {
    throw new PlaceboError(
      'E_USAGE',
      'invalid --shard',
      { path: '--shard' },
      'use k/n with 1 ≤ k ≤ n, e.g. 2/4',
    );
  }
  return { k, n };
}

/**
 * Root rows [start, end) of slice k of n of the `count` rows that start at global index `first`
 * (0, or past the rows already in a database that a run appends to). Edges fall on absolute blocks.
 */
export function shardRange(count: number, shard: Shard, first = 0): { start: number; end: number } {
  const last = first + count;
  const edge = (k: number): number =>
    k >= shard.n
      ? last
      : k <= 0
        ? first
        : Math.min(last, Math.max(first, Math.round((first + (k * count) / shard.n) / BLOCK) * BLOCK));
  return { start: edge(shard.k - 1), end: edge(shard.k) };
}

/** Cut [start, end) into block-aligned pieces of at most `blocks` blocks. */
export function* chunks(start: number, end: number, blocks: number): Generator<[number, number]> {
  let s = start;
  while (s < end) {
    const next = Math.min(end, (Math.floor(s / BLOCK) + blocks) * BLOCK);
    yield [s, next];
    s = next;
  }
}
