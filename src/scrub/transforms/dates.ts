/**
 * Dates as found in exports: ISO (`2024-03-14`, `2024-03-14T09:30:00Z`), compact (`20240314`),
 * US (`03/14/2024`, `3/14/24`), written (`March 14, 2024`, `14 Mar 2024`, `Mar-14-2024 08:00`) and
 * database style (`14-MAR-24`, `14MAR2024`). Parsing returns
 * the parts and where the year sits, so a transform can keep the original's format.
 */
export interface ParsedDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})\s*$/;
const US = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T][\d:.]+(?:\s?[AaPp][Mm])?)?\s*$/;
const TIME = '(?:[ T,]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[AaPp]\\.?[Mm]\\.?)?)?';
const WRITTEN_MDY = new RegExp(
  `^\\s*([A-Za-z]{3,9})\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})${TIME}\\s*$`,
);
const WRITTEN_DMY = new RegExp(
  `^\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})${TIME}\\s*$`,
);
/** Database style: `14-MAR-24`, `01-JAN-1950 08:00`, `14MAR2024`, `14/Mar/2024`. */
const DB_DMY = new RegExp(`^\\s*(\\d{1,2})[-/ ]?([A-Za-z]{3})[-/ ]?(\\d{2}|\\d{4})${TIME}\\s*$`);
const YEAR_MONTH = /^\s*(\d{4})-(\d{1,2})\s*$/;
const YEAR = /^\s*(\d{4})\s*$/;

function monthOf(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

/** Two-digit years: at or below the reference year's last two digits → 20xx, else 19xx. */
function fullYear(y: string, refYear: number): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= refYear % 100 ? 2000 + n : 1900 + n;
}

function valid(d: ParsedDate): ParsedDate | null {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || d.year < 1800 || d.year > 2200) return null;
  return d;
}

/** Parse a whole-field date; null when the value is not one of the known shapes. */
export function parseDate(value: string, refYear: number = new Date().getUTCFullYear()): ParsedDate | null {
  let m = ISO.exec(value) ?? COMPACT.exec(value);
  if (m) return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = US.exec(value);
  if (m) return valid({ year: fullYear(m[3]!, refYear), month: Number(m[1]), day: Number(m[2]) });
  m = WRITTEN_MDY.exec(value);
  if (m) return valid({ year: Number(m[3]), month: monthOf(m[1]!), day: Number(m[2]) });
  m = WRITTEN_DMY.exec(value);
  if (m) return valid({ year: Number(m[3]), month: monthOf(m[2]!), day: Number(m[1]) });
  m = DB_DMY.exec(value);
  if (m && monthOf(m[2]!) > 0)
    return valid({ year: fullYear(m[3]!, refYear), month: monthOf(m[2]!), day: Number(m[1]) });
  m = YEAR_MONTH.exec(value);
  if (m) return valid({ year: Number(m[1]), month: Number(m[2]), day: 1 });
  m = YEAR.exec(value);
  if (m) return valid({ year: Number(m[1]), month: 1, day: 1 });
  return null;
}

/** Any four-digit year (1800–2199) inside a piece of text, for dates in free text. */
export function yearIn(text: string): string | null {
  const m = /(?<!\d)(1[89]\d{2}|2[01]\d{2})(?!\d)/.exec(text);
  return m ? m[1]! : null;
}

/**
 * A year kept by Safe Harbor generalisation, or null when it is 90 or more years before the
 * reference year: such a year is itself "indicative of an age over 89" (a birth year, or an
 * event the person lived through).
 */
export function keptYear(year: string | null, refYear: number): string | null {
  return year !== null && Number(year) <= refYear - 90 ? null : year;
}

/** Safe Harbor generalisation: the year alone (`2024-03-14` → `2024`); null when no year can be read. */
export function yearOnly(value: string, refYear?: number): string | null {
  const d = parseDate(value, refYear);
  if (d) return String(d.year);
  return yearIn(value);
}

/** Whole years between a birth date and a reference date. */
export function ageAt(birth: ParsedDate, ref: ParsedDate): number {
  let age = ref.year - birth.year;
  if (ref.month < birth.month || (ref.month === birth.month && ref.day < birth.day)) age--;
  return age;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Move a date by `days`, keeping its format where it is ISO, compact or US (`MM/DD/YYYY`);
 * other shapes come back as ISO. NOT Safe Harbor: shifted dates still derive from real ones.
 */
export function shiftDate(value: string, days: number, refYear?: number): string | null {
  const d = parseDate(value, refYear);
  if (!d) return null;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * 86_400_000);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth() + 1;
  const da = t.getUTCDate();
  const iso = ISO.exec(value);
  if (iso) {
    const head = `${pad(y, 4)}-${pad(mo, 2)}-${pad(da, 2)}`;
    const start = value.indexOf(iso[1]!);
    const tailStart = start + iso[1]!.length + 1 + iso[2]!.length + 1 + iso[3]!.length;
    return value.slice(0, start) + head + value.slice(tailStart);
  }
  if (COMPACT.test(value)) return `${pad(y, 4)}${pad(mo, 2)}${pad(da, 2)}`;
  const us = US.exec(value);
  if (us && us[3]!.length === 4) {
    const sep = value.trim().charAt(us[1]!.length);
    return `${pad(mo, 2)}${sep}${pad(da, 2)}${sep}${y}`;
  }
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(da, 2)}`;
}
