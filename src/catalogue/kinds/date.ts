/**
 * Dates related to a person (admission, discharge, service, death…) and birth dates. No date is
 * reserved, so dates are 'unprovable' — except 1900-01-01 as a birth date, the placeholder EHRs
 * give anonymous real patients, which placebo never makes and `check` reports.
 */
import type { Rng } from '../../core/rng.js';
import { daysInMonth, parseDate } from '../date-formats.js';
import type { IdentifierKind, Verdict } from '../types.js';
import { real, siteVerdict, UNPROVABLE } from '../verdict.js';

const TIME = /([T ])(\d{1,2}):\d{2}(:\d{2})?(\.\d{1,9})?(?=( ?[AaPp]\.?[Mm])?)/;

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function randomYmd(rng: Rng, fromYear: number, toYear: number): [number, number, number] {
  for (;;) {
    const y = rng.int(fromYear, toYear);
    const m = rng.int(1, 12);
    const d = rng.int(1, daysInMonth(y, m));
    if (!(y === 1900 && m === 1 && d === 1)) return [y, m, d];
  }
}

function iso([y, m, d]: [number, number, number]): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function dateScore(value: string): number {
  const p = parseDate(value);
  if (!p) return 0;
  if (p.compact) return p.y >= 1900 && p.y <= 2100 ? 0.6 : 0;
  return 0.9;
}

function dateSurrogate(original: string, rng: Rng, from: number, to: number): string {
  const p = parseDate(original);
  if (!p) return iso(randomYmd(rng, from, to));
  // Stay near the original year so ages and intervals stay plausible; day and month are new.
  const lo = Math.max(1901, p.y - 3);
  const hi = Math.max(lo, Math.min(2099, p.y + 3));
  let [y, m, d] = randomYmd(rng, lo, hi);
  while (y === p.y && m === p.m && d === p.d) [y, m, d] = randomYmd(rng, lo, hi);
  // A time of day is redrawn too; the offset (Z, +05:00) is kept.
  return p
    .render(y, m, d)
    .replace(
      TIME,
      (_all, sep: string, hour: string, secs: string | undefined, frac: string | undefined, mer?: string) => {
        const two = (max: number): string => String(rng.int(0, max)).padStart(2, '0');
        // a 12-hour clock ("08:00:00 AM") gets an hour from 1 to 12, as wide as the original's
        const h = mer ? String(rng.int(1, 12)).padStart(hour.length, '0') : two(23);
        return `${sep}${h}:${two(59)}${secs ? `:${two(59)}` : ''}${frac ? `.${rng.digits(frac.length - 1)}` : ''}`;
      },
    );
}

const PLACEHOLDER_DOB: Verdict = real('date is the placeholder birth date EHRs give real anonymous patients');

export const date: IdentifierKind = {
  id: 'date',
  category: 3,
  label: 'Date',
  headerHints: [
    'date',
    'dt',
    'admitdt',
    'admitdate',
    'admissiondate',
    'admdt',
    'dischdt',
    'dischdate',
    'dischargedate',
    'dischargedt',
    'servicedate',
    'svcdt',
    'dos',
    'dateofservice',
    'visitdate',
    'encounterdate',
    'encdt',
    'deathdate',
    'dod',
    'dateofdeath',
    'deathdt',
    'expireddate',
    'proceduredate',
    'surgerydate',
    'collectiondate',
    'collecteddt',
    'resultdate',
    'orderdate',
    'appointmentdate',
    'apptdt',
    'apptdate',
    'datetime',
    'timestamp',
  ],
  provable: false,
  make: (rng) => iso(randomYmd(rng, 2015, 2025)),
  surrogate: (original, rng) => dateSurrogate(original, rng, 2015, 2025),
  isFake: (value, opts) => siteVerdict(value, opts) ?? UNPROVABLE,
  detect: dateScore,
};

export const birthDate: IdentifierKind = {
  id: 'birth-date',
  category: 3,
  label: 'Date of birth',
  headerHints: [
    'dob',
    'dtbirth',
    'birthdt',
    'dateofbirth',
    'birthdate',
    'birthday',
    'bdate',
    'bday',
    'ptdob',
    'patdob',
    'mbrdob',
    'subscriberdob',
    'dobdt',
  ],
  provable: false,
  make: (rng) => iso(randomYmd(rng, 1937, 2024)),
  surrogate: (original, rng) => dateSurrogate(original, rng, 1937, 2024),
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const p = parseDate(value);
    if (p && p.y === 1900 && p.m === 1 && p.d === 1) return PLACEHOLDER_DOB;
    return UNPROVABLE;
  },
  detect: dateScore,
};
