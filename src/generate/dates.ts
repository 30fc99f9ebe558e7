/** Dates as whole days (and seconds) since 1970-01-01 UTC; ISO text in and out. No local time zones. */
const DAY_MS = 86_400_000;

export function parseDay(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
}

/** Seconds since the epoch of `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`. */
export function parseSeconds(iso: string): number {
  const day = parseDay(iso);
  if (iso.length < 19) return day * 86_400;
  return day * 86_400 + +iso.slice(11, 13) * 3600 + +iso.slice(14, 16) * 60 + +iso.slice(17, 19);
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function formatSeconds(sec: number): string {
  return new Date(sec * 1000).toISOString().slice(0, 19);
}

/** `ref`, `ref-90y`, `ref+30d` or an ISO date, as a day number. */
export function resolveDateExpr(expr: string, refDay: number): number {
  const m = /^ref(?:([+-])(\d+)([ymd]))?$/.exec(expr);
  if (!m) return parseDay(expr);
  if (!m[1]) return refDay;
  const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  if (m[3] === 'd') return refDay + n;
  const d = new Date(refDay * DAY_MS);
  if (m[3] === 'y') d.setUTCFullYear(d.getUTCFullYear() + n);
  else d.setUTCMonth(d.getUTCMonth() + n);
  return Math.floor(d.getTime() / DAY_MS);
}

/** Whole years between two ISO dates (the usual birthday rule). */
export function yearsBetween(fromIso: string, toIso: string): number {
  let years = +toIso.slice(0, 4) - +fromIso.slice(0, 4);
  if (toIso.slice(5, 10) < fromIso.slice(5, 10)) years--;
  return years;
}
