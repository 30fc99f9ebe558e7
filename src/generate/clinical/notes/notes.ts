/**
 * Free-text notes: one per encounter (progress note, ED note, discharge summary...) chosen by
 * encounter type or class, sometimes followed by a telephone note a few days later. Templates
 * are compiled once per process.
 */
import type { Rng } from '../../../core/rng.js';
import type { ChartWork, EncounterFacts } from '../chart.js';
import type { ClinicalData } from '../data.js';
import { isoFromDay } from '../days.js';
import type { ChartNote, PatientRow } from '../types.js';
import type { NoteContext } from './context.js';
import { type CompiledTemplate, compileTemplate, renderTemplate } from './template.js';
import { NoteWriter } from './writer.js';

interface CompiledNotes {
  byId: Map<string, CompiledTemplate>;
  byClass: Record<string, CompiledTemplate[]>;
  byType: Map<string, CompiledTemplate[]>;
  phone: CompiledTemplate;
  phoneP: number;
}

let compiled: { data: ClinicalData; notes: CompiledNotes } | undefined;

export function compiledNotes(data: ClinicalData): CompiledNotes {
  if (compiled?.data === data) return compiled.notes;
  const byId = new Map<string, CompiledTemplate>();
  for (const [id, def] of Object.entries(data.notes.templates)) byId.set(id, compileTemplate(id, def));
  const list = (ids: readonly string[]): CompiledTemplate[] =>
    ids.map((id) => byId.get(id) as CompiledTemplate);
  const notes: CompiledNotes = {
    byId,
    byClass: Object.fromEntries(Object.entries(data.notes.byClass).map(([k, ids]) => [k, list(ids)])),
    byType: new Map(Object.entries(data.notes.byType).map(([k, ids]) => [k, list(ids)])),
    phone: byId.get(data.notes.phoneNote.template) as CompiledTemplate,
    phoneP: data.notes.phoneNote.p,
  };
  compiled = { data, notes };
  return notes;
}

function render(t: CompiledTemplate, c: NoteContext): ChartNote {
  const w = new NoteWriter();
  renderTemplate(t, c, w);
  w.trimEnd();
  const text = w.text;
  return {
    encounter: c.encIndex,
    date: isoFromDay(c.day),
    typeCode: t.typeCode,
    typeDisplay: t.typeDisplay,
    text,
    planted: w.spans,
  };
}

export function buildNotes(rng: Rng, w: ChartWork, patient: PatientRow): ChartNote[] {
  const notes = compiledNotes(w.data);
  const out: ChartNote[] = [];
  const types = w.encounterTypes;
  let prevDay: number | null = null;
  w.encounters.forEach((enc: EncounterFacts, i) => {
    const encType = types[i] as string;
    const cls = w.chart.encounters[i]?.classCode as string;
    const options = notes.byType.get(encType) ?? notes.byClass[cls] ?? [];
    if (options.length > 0) {
      const t = rng.pick(options);
      const day = cls === 'IMP' ? enc.endDay : enc.day;
      const phrases = w.data.notes.phrases;
      const adult = day - w.birth >= 18 * 365.2425;
      const reasonText = enc.reason
        ? (enc.reason.def.text ?? enc.reason.def.display.toLowerCase())
        : rng.pick(adult ? phrases.checkupReason.adult : phrases.checkupReason.child);
      const c: NoteContext = {
        rng,
        work: w,
        patient,
        columns: w.data.notes.columns,
        enc,
        encIndex: i,
        day,
        prevDay,
        encType,
        phrases,
        reasonText,
      };
      out.push(render(t, c));
      if (rng.chance(notes.phoneP)) {
        const later = Math.min(w.end, day + rng.int(1, 7));
        out.push(render(notes.phone, { ...c, day: later, prevDay: enc.day }));
      }
    }
    prevDay = enc.day;
  });
  return out;
}
