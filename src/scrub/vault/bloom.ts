/**
 * A fixed-size Bloom filter over strings, in memory only. The store uses it to answer "certainly
 * never seen" without a keyed hash or a database read: no false negatives, so a negative answer
 * is proof; a positive one is checked the slow way. The hash is not cryptographic — the filter
 * never leaves the process, which holds the originals anyway.
 */
import { hashLanes } from '../../core/string-hash.js';

export class Bloom {
  private bits: Uint32Array | undefined;
  private readonly mask: number;

  /**
   * `log2Bits`: 2^log2Bits bits (25 → 4 MB, allocated on first add): about one false positive in
   * 10,000 at 1.4 million values with 6 hashes; a false positive only costs a slow-path check.
   */
  constructor(
    private readonly log2Bits = 25,
    private readonly hashes = 6,
  ) {
    this.mask = 2 ** log2Bits - 1;
  }

  add(value: string): void {
    this.bits ??= new Uint32Array(2 ** (this.log2Bits - 5));
    const bits = this.bits;
    const lanes = hashLanes(value);
    const h1 = lanes[0];
    const h2 = lanes[1] | 1;
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mightHave(value: string): boolean {
    const bits = this.bits;
    if (!bits) return false;
    const lanes = hashLanes(value);
    const h1 = lanes[0];
    const h2 = lanes[1] | 1;
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/**
 * A Bloom filter that grows: when the current filter holds as many values as keeps its
 * false-positive rate near 0.4 % (12 bits a value), a filter twice as large takes the new ones.
 * The store redraws a token on a positive, so one fixed filter would, past some tens of millions
 * of values, answer "seen" to everything; memory grows by about 1.5 bytes a value instead.
 */
export class GrowingBloom {
  private readonly filters: Bloom[] = [];
  private capacity = 0;
  private count = 0;

  constructor(private readonly firstLog2Bits = 25) {}

  add(value: string): void {
    if (this.filters.length === 0 || this.count >= this.capacity) {
      const log2 = this.firstLog2Bits + this.filters.length;
      this.filters.push(new Bloom(log2, 6));
      this.capacity = Math.floor(2 ** log2 / 12);
      this.count = 0;
    }
    this.filters[this.filters.length - 1]!.add(value);
    this.count++;
  }

  mightHave(value: string): boolean {
    for (const f of this.filters) if (f.mightHave(value)) return true;
    return false;
  }
}
