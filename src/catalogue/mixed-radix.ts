/**
 * Numbering the values of a fixed layout of positions, each drawn from its own alphabet (mixed
 * radix, last position fastest): the shared arithmetic of identifier spaces (src/catalogue/types.ts
 * IdentifierSpace) for marker tails, MBIs and similar fixed-width forms. Generation encodes one
 * value per row and column, so both directions work on character codes, not substrings.
 */
export class MixedRadix {
  /** How many strings the layout holds: the product of the alphabets' sizes. */
  readonly size: number;
  private readonly codes: readonly number[][];
  /** Per position: character code (< 128) → digit, or -1. */
  private readonly digits: readonly Int8Array[];
  private readonly buffer: number[];

  /** One alphabet per position (ASCII); a one-character alphabet is a literal. */
  constructor(alphabets: readonly string[]) {
    this.size = alphabets.reduce((n, a) => n * a.length, 1);
    if (!Number.isSafeInteger(this.size)) throw new RangeError('layout too large to number');
    this.codes = alphabets.map((a) => [...a].map((c) => c.charCodeAt(0)));
    this.digits = this.codes.map((codes) => {
      const table = new Int8Array(128).fill(-1);
      codes.forEach((c, d) => {
        table[c] = d;
      });
      return table;
    });
    this.buffer = new Array<number>(alphabets.length).fill(0);
  }

  /** The n-th string (0 ≤ n < size). */
  encode(n: number): string {
    const out = this.buffer;
    let rest = n;
    for (let i = this.codes.length - 1; i >= 0; i--) {
      const a = this.codes[i]!;
      if (a.length === 1) {
        out[i] = a[0]!;
        continue;
      }
      const d = rest % a.length;
      out[i] = a[d]!;
      rest = (rest - d) / a.length;
    }
    return String.fromCharCode.apply(null, out);
  }

  /** The number of `s`, or undefined when `s` does not fit the layout. */
  decode(s: string): number | undefined {
    if (s.length !== this.codes.length) return undefined;
    let n = 0;
    for (let i = 0; i < this.codes.length; i++) {
      const c = s.charCodeAt(i);
      const d = c < 128 ? this.digits[i]![c]! : -1;
      if (d < 0) return undefined;
      n = n * this.codes[i]!.length + d;
    }
    return n;
  }
}

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const HEX = '0123456789ABCDEF';
