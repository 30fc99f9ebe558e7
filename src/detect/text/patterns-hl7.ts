/**
 * HL7 v2 segments pasted into notes and extracts ("PID|1||4471^^^HOSP^MR||DOE^JANE^Q||19800901|F"):
 * the field's position says what it holds, whatever its words look like, so a segment is read by
 * position (HL7 v2.5 field numbers) instead of by dictionaries. Only identifier fields are emitted;
 * sex, race, state and codes are left alone. Components are emitted one by one, so the "^"
 * separators stay and the segment still parses after replacement.
 */
import type { Candidate, PatternRecognizer } from './recognizer.js';

type Field =
  | 'name'
  | 'address'
  | 'phone'
  | 'date'
  | 'id'
  | 'ssn'
  | 'licence'
  | 'account'
  | 'visit'
  | 'person';

/** Segment → field number → what it holds. */
const LAYOUT: Readonly<Record<string, Readonly<Record<number, Field>>>> = {
  PID: {
    2: 'id',
    3: 'id',
    4: 'id',
    5: 'name',
    6: 'name',
    7: 'date',
    9: 'name',
    11: 'address',
    13: 'phone',
    14: 'phone',
    18: 'account',
    19: 'ssn',
    20: 'licence',
    21: 'id',
    29: 'date',
  },
  NK1: { 2: 'name', 4: 'address', 5: 'phone', 6: 'phone', 30: 'name', 31: 'phone', 32: 'address' },
  GT1: {
    2: 'id',
    3: 'name',
    4: 'name',
    5: 'address',
    6: 'phone',
    7: 'phone',
    8: 'date',
    12: 'ssn',
    16: 'name',
    17: 'address',
    18: 'phone',
  },
  IN1: { 16: 'name', 18: 'date', 19: 'address', 36: 'id', 49: 'id' },
  IN2: { 2: 'ssn', 8: 'id' },
  PV1: {
    7: 'person',
    8: 'person',
    9: 'person',
    17: 'person',
    19: 'visit',
    44: 'date',
    45: 'date',
    50: 'visit',
  },
  ORC: { 2: 'visit', 3: 'visit', 9: 'date', 10: 'person', 12: 'person' },
  OBR: {
    2: 'visit',
    3: 'visit',
    6: 'date',
    7: 'date',
    8: 'date',
    14: 'date',
    16: 'person',
    22: 'date',
    32: 'person',
  },
  OBX: { 14: 'date', 16: 'person' },
  MSH: { 7: 'date' },
  EVN: { 2: 'date', 6: 'date' },
};

const KIND: Readonly<Record<Exclude<Field, 'address' | 'person'>, string>> = {
  name: 'person-name',
  phone: 'phone',
  date: 'date',
  id: 'mrn',
  ssn: 'ssn',
  licence: 'drivers-license',
  account: 'account-number',
  visit: 'encounter-number',
};

/** XAD components: 1 street, 2 other designation, 3 city, 4 state, 5 ZIP, 6 country, 9 county. */
const ADDRESS_PART: Readonly<Record<number, string>> = {
  0: 'street-address',
  1: 'street-address',
  2: 'city',
  4: 'zip',
  8: 'county',
};

const SRC = 'pattern:hl7';

const SEGMENT_START = /^(?:PID|NK1|GT1|IN1|IN2|PV1|ORC|OBR|OBX|MSH|EVN)\|/;

/** Whether the line holding `index` is a whole segment this module reads by position. */
export function isSegmentLine(text: string, index: number): boolean {
  const nl = Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1));
  return SEGMENT_START.test(text.slice(nl + 1, nl + 5));
}

function push(out: Candidate[], text: string, start: number, end: number, kind: string): void {
  let s = start;
  let e = end;
  while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e > s) out.push({ start: s, end: e, kind, score: 0.9, source: SRC });
}

/** Spans for the components of one field value that starts at `at`. */
function fieldSpans(text: string, value: string, at: number, field: Field, out: Candidate[]): void {
  // repetitions (~) each hold the same kind of value
  let rep = 0;
  for (const r of value.split('~')) {
    const comps = r.split('^');
    let pos = at + rep;
    comps.forEach((c, i) => {
      const start = pos;
      pos += c.length + 1;
      if (c.trim() === '' || c === '""') return;
      const end = start + c.length;
      if (field === 'address') {
        const kind = ADDRESS_PART[i];
        if (kind) push(out, text, start, end, kind);
      } else if (field === 'person') {
        // XCN: 1 id number, 2 family name, 3 given name, 4 middle; degree and codes after
        if (i === 0) push(out, text, start, end, 'npi');
        else if (i >= 1 && i <= 3) push(out, text, start, end, 'person-name');
      } else if (field === 'name') {
        // XPN: 1 family, 2 given, 3 middle; suffix, prefix and degree are no identifiers
        if (i <= 2) push(out, text, start, end, 'person-name');
      } else if (field === 'phone') {
        // XTN: the formatted number first, then use codes; an email in component 4
        if (i === 0 && /\d/.test(c)) push(out, text, start, end, 'phone');
        else if (i === 3 && c.includes('@')) push(out, text, start, end, 'email');
        else if (i >= 5 && i <= 6 && /^\d+$/.test(c)) push(out, text, start, end, 'phone');
      } else if (field === 'date' || field === 'ssn' || field === 'licence') {
        if (i === 0) push(out, text, start, end, KIND[field]);
      } else if (i === 0) {
        // CX ids: the number only; assigning authority and type code are not the person's
        push(out, text, start, end, KIND[field]);
      }
    });
    rep += r.length + 1;
  }
}

const segment: PatternRecognizer = {
  id: 'hl7-segment',
  kinds: [
    'person-name',
    'street-address',
    'city',
    'zip',
    'county',
    'phone',
    'email',
    'date',
    'mrn',
    'ssn',
    'drivers-license',
    'account-number',
    'encounter-number',
    'npi',
  ],
  gate: (t) => t.includes('|'),
  re: /(?:^|(?<=[\n\r]))(?<seg>PID|NK1|GT1|IN1|IN2|PV1|ORC|OBR|OBX|MSH|EVN)\|[^\n\r]*/dg,
  accept(m, text): Candidate[] | undefined {
    const seg = m.groups?.seg ?? '';
    const layout = LAYOUT[seg];
    if (!layout) return undefined;
    const out: Candidate[] = [];
    const line = m[0];
    // MSH-1 is the field separator itself, so MSH field numbers run one ahead of the split
    const shift = seg === 'MSH' ? 1 : 0;
    let pos = m.index;
    line.split('|').forEach((value, n) => {
      const start = pos;
      pos += value.length + 1;
      const field = layout[n + shift];
      if (n === 0 || !field || value === '') return;
      fieldSpans(text, value, start, field, out);
    });
    return out.length > 0 ? out : undefined;
  },
};

export const HL7_RECOGNIZERS: readonly PatternRecognizer[] = [segment];
