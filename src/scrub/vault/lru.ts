/** A bounded least-recently-used map: memory stays flat however many originals a run sees. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  /** `onEvict` sees each entry pushed out by a `set` (the store writes them to disk then). */
  constructor(
    private readonly capacity: number,
    private readonly onEvict?: (key: K, value: V) => void,
  ) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      // Evict an eighth at a time, in one pass from the oldest end. One eviction per insert
      // would start a fresh iterator each time, and a Map iterator walks over the tombstones
      // that earlier deletes left at the front: quadratic, a quarter of all scrub time at
      // 250,000 distinct keys.
      let n = this.map.size - this.capacity + Math.floor(this.capacity / 8);
      for (const [k, v] of this.map) {
        if (n-- <= 0) break;
        this.map.delete(k);
        this.onEvict?.(k, v);
      }
    }
  }

  /** Every entry, oldest first (to flush what was never evicted). */
  entries(): IterableIterator<[K, V]> {
    return this.map.entries();
  }

  get size(): number {
    return this.map.size;
  }
}
