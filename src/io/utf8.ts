/**
 * Byte offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.
 * Only used to locate an error once TextDecoder (fatal) has rejected a chunk, so it favours
 * clarity over speed. `skipLeading` continuation bytes belong to a sequence begun in an
 * earlier chunk and are not judged here.
 */
export function firstInvalidUtf8(bytes: Uint8Array, skipLeading = true): number {
  let i = 0;
  if (skipLeading) while (i < bytes.length && i < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) {
      // Sequence runs past the end of this chunk: judged with the next chunk (or at end of input).
      for (let k = i + 1; k < bytes.length; k++) if (((bytes[k] ?? 0) & 0xc0) !== 0x80) return i;
      return -1;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
