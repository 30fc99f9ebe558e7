/** Mask: every letter and digit becomes `*`, separators stay, so the shape survives and nothing else. */
export function mask(value: string): string {
  return value.replace(/[\p{L}\p{N}]/gu, '*');
}
