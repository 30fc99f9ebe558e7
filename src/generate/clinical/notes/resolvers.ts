/**
 * Placeholder resolvers. Identifier values come from the patient row (already fake) and are
 * planted with their catalogue kind; dates and ages are derived from the chart. Clinical text
 * (problems with ICD-10-CM codes, medications with doses, vitals, labs) is not planted: it is
 * what must survive scrubbing.
 */
import { dayFromIso } from '../days.js';
import type { ChartObservation } from '../types.js';
import { ageYears, column, type NoteContext } from './context.js';
import { ageText, clockTime, fullDate, ordinalDay, shortDate } from './formats.js';
import type { NoteWriter } from './writer.js';

export interface Resolver {
  accepts(arg: string, mod: string): boolean;
  /** Writes the value; false when it cannot be filled (the line is then left out). */
  render(c: NoteContext, w: NoteWriter, arg: string, mod: string): boolean;
}

function plantDate(c: NoteContext, w: NoteWriter, day: number, mod: string, kind: string): void {
  if (mod === 'short') w.plant(shortDate(c.rng, day), kind);
  else if (mod === 'ordinal') w.plant(ordinalDay(day), kind);
  else w.plant(fullDate(c.rng, day), kind);
}

const patient: Resolver = {
  accepts: (arg, mod) => arg.length > 0 && (mod === '' || mod === 'date'),
  render(c, w, arg, mod) {
    const value = column(c, arg);
    if (value === null) return false;
    const kind = c.columns[arg] ?? null;
    if (mod === 'date') {
      let day: number;
      try {
        day = dayFromIso(value);
      } catch {
        return false;
      }
      plantDate(c, w, day, '', kind ?? 'date');
      return true;
    }
    w.plant(value, kind);
    return true;
  },
};

const NAME_STYLES = [
  'full',
  'full',
  'full',
  'formal',
  'formal',
  'formal',
  'first',
  'first',
  'initials',
  'sorted',
];

function child(c: NoteContext): boolean {
  return ageYears(c) < 16;
}

function title(c: NoteContext): string {
  return c.work.facts.sex === 'male' ? 'Mr.' : c.rng.pick(['Ms.', 'Ms.', 'Mrs.']);
}

function renderName(c: NoteContext, w: NoteWriter, style: string): boolean {
  const given = column(c, 'given_name');
  const family = column(c, 'family_name');
  if (given === null || family === null) return false;
  switch (style) {
    case 'full': {
      const middle = column(c, 'middle_name');
      const full =
        middle !== null && c.rng.chance(0.2)
          ? `${given} ${middle.charAt(0)}. ${family}`
          : `${given} ${family}`;
      w.plant(full, 'person-name');
      return true;
    }
    case 'sorted':
      w.plant(`${family}, ${given}`, 'person-name');
      return true;
    case 'formal':
      // A given name alone would carry no marker: children are named in full.
      if (child(c)) {
        w.plant(`${given} ${family}`, 'person-name');
        return true;
      }
      w.put(`${title(c)} `);
      w.plant(family, 'family-name');
      return true;
    case 'first':
      // Every generated name in a note carries the marker, and only the family name has one.
      w.plant(`${given} ${family}`, 'person-name');
      return true;
    case 'last':
      w.plant(family, 'family-name');
      return true;
    case 'initials':
      // Initials carry no marker; over 89 the note's age is itself an identifier, which `check`
      // clears only when every name beside it is provably fake: name such patients in full.
      if (ageYears(c) > 89) {
        w.plant(`${given} ${family}`, 'person-name');
        return true;
      }
      w.plant(`${given.charAt(0).toUpperCase()}.${family.charAt(0).toUpperCase()}.`, 'person-name');
      return true;
    default:
      return false;
  }
}

const name: Resolver = {
  accepts: (arg, mod) =>
    mod === '' && ['full', 'formal', 'first', 'last', 'initials', 'sorted', 'any'].includes(arg),
  render: (c, w, arg) => renderName(c, w, arg === 'any' ? c.rng.pick(NAME_STYLES) : arg),
};

const titleResolver: Resolver = {
  accepts: (arg, mod) => arg === '' && mod === '',
  render(c, w) {
    if (child(c)) return false;
    w.put(title(c));
    return true;
  },
};

function word(f: string, m: string, kid?: [string, string]): Resolver {
  return {
    accepts: (arg, mod) => arg === '' && mod === '',
    render(c, w) {
      const male = c.work.facts.sex === 'male';
      w.put(kid && child(c) ? kid[male ? 1 : 0] : male ? m : f);
      return true;
    },
  };
}

/** "an" before numbers read with a vowel sound: 8, 11, 18, 80–89, 800... */
function article(n: string): string {
  return n.startsWith('8') || n === '11' || n === '18' ? 'an ' : 'a ';
}

const age: Resolver = {
  accepts: (arg, mod) => arg === '' && (mod === '' || mod === 'adj' || mod === 'aadj'),
  render(c, w, _arg, mod) {
    const a = ageText(c.rng, c.work.birth, c.day, mod !== '');
    if (mod === 'aadj') w.put(article(a.number));
    // Only ages over 89 are identifiers under Safe Harbor.
    w.plant(a.number, a.years > 89 ? 'age' : null);
    w.put(a.suffix);
    return true;
  },
};

const DATE_ARGS = ['visit', 'admit', 'discharge', 'onset', 'last'];

const date: Resolver = {
  accepts: (arg, mod) => DATE_ARGS.includes(arg) && ['', 'short', 'ordinal'].includes(mod),
  render(c, w, arg, mod) {
    let day: number | null;
    if (arg === 'visit') day = c.day;
    else if (arg === 'admit') day = c.enc.day;
    else if (arg === 'discharge') day = c.enc.endDay;
    else if (arg === 'onset') day = c.enc.reason ? c.enc.reason.onset : null;
    else day = c.prevDay;
    if (day === null) return false;
    plantDate(c, w, day, mod, 'date');
    return true;
  },
};

const time: Resolver = {
  accepts: (arg, mod) => arg === 'visit' && mod === '',
  render(c, w) {
    w.put(clockTime(c.rng, c.enc.startMinutes));
    return true;
  },
};

function conditionText(c: NoteContext, index: number): string {
  const def = c.work.conditions[index]?.def;
  return def ? (def.text ?? def.display.toLowerCase()) : '';
}

function adult(c: NoteContext): boolean {
  return ageYears(c) >= 18;
}

function activeMeds(c: NoteContext): string[] {
  const out: string[] = [];
  const meds = c.work.chart.medications;
  for (let i = 0; i < meds.length; i++) {
    const m = meds[i] as (typeof meds)[number];
    const [start, end] = c.work.medDays[i] as [number, number | null];
    if (start > c.day || (end !== null && end < c.day)) continue;
    out.push(
      c.rng.chance(0.7)
        ? `${medName(c, m.rxnorm, m.display)} ${m.dose} ${m.route} ${m.frequency}`
        : `${m.display}, ${m.dose} ${m.frequency}`,
    );
  }
  return out;
}

function medName(c: NoteContext, rxnorm: string, display: string): string {
  return c.work.data.medByRxnorm.get(rxnorm)?.name ?? display;
}

/** Where each vital sign goes in the one-line summary, with its label and unit. */
const VITAL_SLOTS = new Map<string, number>([
  ['8480-6', 0],
  ['8462-4', 1],
  ['8867-4', 2],
  ['9279-1', 3],
  ['8310-5', 4],
  ['59408-5', 5],
  ['8302-2', 6],
  ['29463-7', 7],
  ['39156-5', 8],
]);
const VITAL_LABELS: [string, string][] = [
  ['', ''],
  ['', ''],
  ['HR ', ''],
  ['RR ', ''],
  ['T ', ' C'],
  ['SpO2 ', '%'],
  ['Ht ', ' cm'],
  ['Wt ', ' kg'],
  ['BMI ', ''],
];

function vitalsText(obs: readonly ChartObservation[], from: number, to: number): string {
  const slots: (string | undefined)[] = new Array(9);
  for (let i = from; i < to; i++) {
    const o = obs[i] as ChartObservation;
    const slot = VITAL_SLOTS.get(o.loinc);
    if (slot !== undefined) slots[slot] = o.valueText;
  }
  let out = slots[0] !== undefined && slots[1] !== undefined ? `BP ${slots[0]}/${slots[1]} mmHg` : '';
  for (let k = 2; k < 9; k++) {
    const v = slots[k];
    if (v === undefined) continue;
    const [label, unit] = VITAL_LABELS[k] as [string, string];
    out += `${out.length > 0 ? ', ' : ''}${label}${v}${unit}`;
  }
  return out;
}

const clin: Resolver = {
  accepts: (arg, mod) =>
    mod === '' &&
    [
      'reason',
      'reason_code',
      'problems',
      'meds',
      'new_meds',
      'allergies',
      'vitals',
      'labs',
      'plan',
      'followup',
    ].includes(arg),
  render(c, w, arg) {
    const rng = c.rng;
    const reason = c.enc.reason;
    const chart = c.work.chart;
    switch (arg) {
      case 'reason':
        w.put(c.reasonText);
        return true;
      case 'reason_code':
        w.put(
          reason ? reason.def.icd10 : adult(c) ? c.phrases.checkupCode.adult : c.phrases.checkupCode.child,
        );
        return true;
      case 'problems': {
        const items = c.enc.active.map((i) => `${conditionText(c, i)} (${chart.conditions[i]?.icd10})`);
        w.put(
          items.length > 0
            ? items.join('; ')
            : rng.pick(['none', 'No significant past medical history', 'noncontributory']),
        );
        return true;
      }
      case 'meds': {
        const items = activeMeds(c);
        w.put(
          items.length > 0 ? items.join('; ') : rng.pick(['none', 'no current medications', 'None reported']),
        );
        return true;
      }
      case 'new_meds': {
        const items = c.enc.newMeds.map((i) => {
          const m = chart.medications[i];
          if (!m) return '';
          const [start, end] = c.work.medDays[i] as [number, number | null];
          const days = end === null ? 0 : end - start;
          return `Start ${medName(c, m.rxnorm, m.display)} ${m.dose} ${m.route} ${m.frequency}${days > 0 ? ` x ${days} days` : ''} (RxNorm ${m.rxnorm}).`;
        });
        w.put(items.length > 0 ? items.join(' ') : 'No medication changes.');
        return true;
      }
      case 'allergies': {
        const items: string[] = [];
        chart.allergies.forEach((a, i) => {
          if ((c.work.allergyDays[i] ?? Infinity) <= c.day)
            items.push(`${a.display} (${a.reaction.toLowerCase()}, ${a.severity})`);
        });
        w.put(items.length > 0 ? items.join(', ') : rng.pick(['NKDA', 'No known drug allergies', 'NKA']));
        return true;
      }
      case 'vitals': {
        const text = vitalsText(chart.observations, c.enc.obsFrom, c.enc.obsTo);
        if (text === '') return false;
        w.put(text);
        return true;
      }
      case 'labs': {
        const parts: string[] = [];
        for (let i = c.enc.obsFrom; i < c.enc.obsTo; i++) {
          const o = chart.observations[i] as ChartObservation;
          if (o.category !== 'laboratory') continue;
          const def = c.work.data.labByLoinc.get(o.loinc);
          parts.push(`${def?.label ?? o.display} ${o.valueText} ${o.unit}`);
        }
        if (parts.length === 0) return false;
        w.put(parts.join(', '));
        return true;
      }
      case 'plan':
        w.put(
          rng.pick(
            reason ? reason.def.plan : adult(c) ? c.phrases.checkupPlan.adult : c.phrases.checkupPlan.child,
          ),
        );
        return true;
      case 'followup':
        w.put(rng.pick(c.phrases.followup));
        return true;
      default:
        return false;
    }
  },
};

export const RESOLVERS: Readonly<Record<string, Resolver>> = {
  patient,
  name,
  title: titleResolver,
  pronoun: word('she', 'he'),
  possessive: word('her', 'his'),
  sex: word('female', 'male', ['girl', 'boy']),
  age,
  date,
  time,
  clin,
};
