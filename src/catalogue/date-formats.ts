/**
 * Calendar dates in the notations real exports use, parsed into (y, m, d) plus a renderer that
 * writes another date in exactly the same notation — the basis of date surrogates.
 * Recognised: 2024-03-14 (with optional time), 2024/03/14, 20240314, 03/14/2024, 3/14/24,
 * 03-14-2024, 14.03.2024, 14-Mar-2024, 14 MAR 2024, 14MAR2024, March 14, 2024, Mar. 14 2024,
 * Mar-14-2024, each also with a time of day after it (03/14/2024 08:00:00 AM).
 * All patterns are anchored and built of bounded runs, so matching is linear.
 */
export interface ParsedDate {
  y: number;
  m: number;
  d: number;
  /** Has a time-of-day part (ISO only). */
  time: boolean;
  /** The bare 8-digit form: a date, but also any 8-digit number. */
  compact: boolean;
  render(y: number, m: number, d: number): string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ISO =
  /^(\d{4})([-/]?)(\d{2})\2(\d{2})((?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH = /^(\d{1,2})([- ]?)([A-Za-z]{3,9})(\.?)\2(\d{4}|\d{2})$/;
const MONTH_DAY = /^([A-Za-z]{3,9})(\.?)([ -])(\d{1,2})(,?)\3(\d{4})$/;
/** A time of day after a date that has none of its own: ` 08:00`, ` 8:00:00 PM`, `T14:30`. */
const TIME_TAIL =
  /^(.{6,30}?)((?:[ T]|, | at )\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?: ?[AaPp]\.?[Mm]\.?)?)$/;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Two-digit years: 00–30 → 2000s, 31–99 → 1900s (fixed pivot: no clock). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n <= 30 ? 2000 + n : 1900 + n;
}

function yearText(y: number, width: number): string {
  return width === 2 ? pad(y % 100, 2) : pad(y, 4);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return -1;
  const exact = MONTHS.indexOf(w);
  if (exact >= 0) return exact;
  // "sept" and three-letter abbreviations
  if (w === 'sept') return 8;
  return w.length === 3 ? MONTHS.findIndex((m) => m.startsWith(w)) : -1;
}

function monthText(m: number, sample: string): string {
  const full = MONTHS[m - 1] ?? 'january';
  let word =
    sample.length === 3 ? full.slice(0, 3) : sample.toLowerCase() === 'sept' ? full.slice(0, 4) : full;
  if (sample.length > 3 && sample.length !== full.length && sample.toLowerCase() !== 'sept') word = full;
  if (sample === sample.toUpperCase()) return word.toUpperCase();
  if (sample[0] === sample[0]?.toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

export function parseDate(value: string): ParsedDate | undefined {
  const v = value.trim();
  if (v.length > 40) return undefined;
  let m = ISO.exec(v);
  if (m) {
    const [, ys, sep = '', ms, ds, rest = ''] = m;
    const y = Number(ys);
    const mo = Number(ms);
    const d = Number(ds);
    if (!isValidYmd(y, mo, d)) return undefined;
    return {
      y,
      m: mo,
      d,
      time: rest.length > 0,
      compact: sep === '' && rest.length === 0,
      render: (yy, mm, dd) => `${pad(yy, 4)}${sep}${pad(mm, 2)}${sep}${pad(dd, 2)}${rest}`,
    };
  }
  m = NUMERIC.exec(v);
  if (m) {
    const [, a = '', sep = '', b = '', ys = ''] = m;
    // Dots are the European day-first notation; slashes and dashes are US month-first.
    const dayFirst = sep === '.';
    const mo = Number(dayFirst ? b : a);
    const d = Number(dayFirst ? a : b);
    const y = fullYear(ys);
    if (!isValidYmd(y, mo, d)) return undefined;
    const [wm, wd] = dayFirst ? [b.length, a.length] : [a.length, b.length];
    return {
      y,
      m: mo,
      d,
      time: false,
      compact: false,
      render: (yy, mm, dd) => {
        const ms = pad(mm, wm);
        const dstr = pad(dd, wd);
        return `${dayFirst ? dstr : ms}${sep}${dayFirst ? ms : dstr}${sep}${yearText(yy, ys.length)}`;
      },
    };
  }
  m = DAY_MONTH.exec(v);
  if (m) {
    const [, ds = '', sep = '', mon = '', dot = '', ys = ''] = m;
    const mi = monthIndex(mon);
    const y = fullYear(ys);
    const d = Number(ds);
    if (mi < 0 || !isValidYmd(y, mi + 1, d)) return undefined;
    return {
      y,
      m: mi + 1,
      d,
      time: false,
      compact: false,
      render: (yy, mm, dd) =>
        `${pad(dd, ds.length)}${sep}${monthText(mm, mon)}${dot}${sep}${yearText(yy, ys.length)}`,
    };
  }
  m = MONTH_DAY.exec(v);
  if (m) {
    const [, mon = '', dot = '', sep = ' ', ds = '', comma = '', ys = ''] = m;
    const mi = monthIndex(mon);
    const y = Number(ys);
    const d = Number(ds);
    if (mi < 0 || !isValidYmd(y, mi + 1, d)) return undefined;
    return {
      y,
      m: mi + 1,
      d,
      time: false,
      compact: false,
      render: (yy, mm, dd) => `${monthText(mm, mon)}${dot}${sep}${dd}${comma}${sep}${yy}`,
    };
  }
  // "03/14/2024 08:00:00 AM", "14-MAR-24 14:30": the date, then its time kept as written
  m = TIME_TAIL.exec(v);
  if (m) {
    const [, head = '', tail = ''] = m;
    const date = parseDate(head);
    if (date && !date.time && !date.compact) {
      return { ...date, time: true, render: (yy, mm, dd) => `${date.render(yy, mm, dd)}${tail}` };
    }
  }
  return undefined;
}
