/**
 * The notations real notes use for dates, ages and times. Each function returns the text; the
 * caller plants it. Dates vary per mention, as they do between clinicians.
 */
import type { Rng } from '../../../core/rng.js';
import { DAYS_PER_YEAR, ymdFromDay } from '../days.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MON = MONTHS.map((m) => m.slice(0, 3));

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A full date (with year) in one of several notations. */
export function fullDate(rng: Rng, day: number): string {
  const { y, m, d } = ymdFromDay(day);
  switch (rng.int(0, 7)) {
    case 0:
    case 1:
      return `${pad2(m)}/${pad2(d)}/${y}`;
    case 2:
      return `${m}/${d}/${pad2(y % 100)}`;
    case 3:
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 4:
      return `${pad2(d)}-${MON[m - 1]}-${y}`;
    case 5:
      return `${y}-${pad2(m)}-${pad2(d)}`;
    case 6:
      return `${MON[m - 1]} ${d}, ${y}`;
    default:
      return `${m}/${d}/${y}`;
  }
}

/** Month and day only: 3/14 or 03/14. */
export function shortDate(rng: Rng, day: number): string {
  const { m, d } = ymdFromDay(day);
  return rng.chance(0.7) ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
}

/** Day of month as an ordinal: 1st, 2nd, 14th, 23rd. */
export function ordinalDay(day: number): string {
  const { d } = ymdFromDay(day);
  const suffix =
    d % 10 === 1 && d !== 11
      ? 'st'
      : d % 10 === 2 && d !== 12
        ? 'nd'
        : d % 10 === 3 && d !== 13
          ? 'rd'
          : 'th';
  return `${d}${suffix}`;
}

export function clockTime(rng: Rng, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (rng.chance(0.6)) return `${pad2(h)}:${pad2(m)}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${pad2(m)} ${h < 12 ? 'AM' : 'PM'}`;
}

export interface AgeParts {
  /** The number as written. */
  number: string;
  /** Text after the number. */
  suffix: string;
  /** Whole years (identifier only when > 89). */
  years: number;
}

/** An age as notes write it; `adjective` gives the "78-year-old" form. */
export function ageText(rng: Rng, birth: number, day: number, adjective: boolean): AgeParts {
  const days = day - birth;
  const years = Math.floor(days / DAYS_PER_YEAR);
  if (years < 2) {
    const months = Math.floor(days / 30.44);
    if (months < 1) return { number: String(days), suffix: adjective ? '-day-old' : ' days old', years: 0 };
    return {
      number: String(months),
      suffix: adjective ? '-month-old' : rng.pick([' mo', ' months old']),
      years,
    };
  }
  if (adjective) return { number: String(years), suffix: '-year-old', years };
  return { number: String(years), suffix: rng.pick([' yo', ' y/o', ' years old', ' yr old', 'yo']), years };
}
