/**
 * A reusable UTF-8 buffer for one table's output of a chunk. Each block's encoded text goes in as
 * soon as it is made, so the strings die young (cheap to collect) instead of living until the chunk
 * ends, and the chunk leaves as one exact-size ArrayBuffer that a worker can transfer, not copy.
 */
const utf8 = new TextEncoder();

export class ByteBuffer {
  private buf: Uint8Array;
  private length = 0;

  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    const need = this.length + text.length * 3;
    if (need > this.buf.length) {
      const bigger = new Uint8Array(Math.max(need, this.buf.length * 2));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
    }
    this.length += utf8.encodeInto(text, this.buf.subarray(this.length)).written;
  }

  /** The bytes written since the last take, in their own ArrayBuffer; the buffer is kept for reuse. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }
}
