/**
 * Does the text around a position hold more lower-case than capital letters? Capitals carry meaning
 * (a name, a place) only in mixed-case text; in ALL-CAPS notes every word is capitalised.
 */
export function mixedCaseAround(text: string, at: number, radius = 80, ratio = 1): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = Math.max(0, at - radius); i < Math.min(text.length, at + radius); i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
  }
  return lower > upper * ratio;
}
