/** What a note renderer can see: the chart under construction, the visit and the patient row. */
import type { Rng } from '../../../core/rng.js';
import type { ChartWork, EncounterFacts } from '../chart.js';
import type { PatientRow } from '../types.js';

export interface NoteContext {
  rng: Rng;
  work: ChartWork;
  patient: PatientRow;
  /** Patient column → catalogue kind (null: not an identifier). */
  columns: Readonly<Record<string, string | null>>;
  enc: EncounterFacts;
  encIndex: number;
  /** Day the note is written (the visit, the discharge day, or a later phone call). */
  day: number;
  /** Day of the previous visit, if any. */
  prevDay: number | null;
  /** The encounter type id (checkup, well-child...). */
  encType: string;
  phrases: NotePhrases;
  /** The visit reason as this note words it (chosen once per note). */
  reasonText: string;
}

export interface NotePhrases {
  checkupReason: { adult: string[]; child: string[] };
  checkupCode: { adult: string; child: string };
  checkupPlan: { adult: string[]; child: string[] };
  followup: string[];
}

/** Text of a patient column, or null when the row lacks it or it is empty. */
export function column(c: NoteContext, name: string): string | null {
  const v = c.patient[name];
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : String(v);
  return s.trim().length > 0 ? s : null;
}

export function ageYears(c: NoteContext): number {
  return (c.day - c.work.birth) / 365.2425;
}
