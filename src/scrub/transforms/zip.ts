/**
 * Safe Harbor ZIP rule: keep the first three digits unless the three-digit area holds 20,000
 * people or fewer (a restricted prefix from the Census lists), in which case it becomes `000`.
 * The last two digits (and any +4) always go. Output is the three digits: `02139-4307` → `021`.
 */
export function zip3(value: string, restricted: ReadonlySet<string>): string | null {
  const m = /^\s*(\d{3})\d{2}(?:-?\d{4})?\s*$/.exec(value) ?? /^\s*(\d{3})\s*$/.exec(value);
  if (!m) return null;
  const prefix = m[1]!;
  return restricted.has(prefix) ? '000' : prefix;
}
