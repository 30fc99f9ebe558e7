/**
 * Calendar arithmetic on whole days since 1970-01-01 (UTC, proleptic Gregorian). The chart
 * works in day numbers so that spacing, ordering and clamping are integer operations; ISO
 * strings are made only at the edges. Conversions follow Howard Hinnant's civil-date algorithms
 * (no Date objects, so no time zone and no allocation beyond the result string).
 */

export const DAYS_PER_YEAR = 365.2425;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function dayFromYmd(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(day: number): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Parses the date part of YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS. */
export function dayFromIso(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (
    !Number.isInteger(y) ||
    !Number.isInteger(m) ||
    !Number.isInteger(d) ||
    m < 1 ||
    m > 12 ||
    d < 1 ||
    d > 31
  ) {
    throw new RangeError('not an ISO date');
  }
  return dayFromYmd(y, m, d);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoFromDay(day: number): string {
  const { y, m, d } = ymdFromDay(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** YYYY-MM-DDTHH:MM:SS for a day plus minutes after midnight (0 ≤ minutes < 1440). */
export function isoTimestamp(day: number, minutes: number): string {
  return `${isoFromDay(day)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00`;
}

/** Whole years between two day numbers (age on `day` for someone born on `birth`). */
export function ageOn(birth: number, day: number): number {
  const b = ymdFromDay(birth);
  const t = ymdFromDay(day);
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age--;
  return age;
}

/** The day a person born on `birth` reaches `years` of age (fractional years approximate). */
export function dayAtAge(birth: number, years: number): number {
  return birth + Math.round(years * DAYS_PER_YEAR);
}
