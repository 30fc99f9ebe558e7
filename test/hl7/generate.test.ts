/**
 * `generate --format hl7v2`: an ADT feed that an independent parser (@medplum/core's Hl7Message)
 * reads, whose segments follow the ADT grammar in order with well-typed fields, and whose
 * identifiers are the same fake values as the tabular formats.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hl7Message } from '@medplum/core';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeValue, unescapeValue } from '../../src/io/hl7-escape.js';
import { cli, tempDir } from '../generate/helpers.js';

const dir = tempDir('placebo-hl7-');
const COUNT = '25';
const gen = await cli([
  'generate',
  '--count',
  COUNT,
  '--seed',
  'hl7',
  '--format',
  'hl7v2',
  '--quiet',
  '--out',
  join(dir, 'hl7'),
]);
const csv = await cli([
  'generate',
  '--count',
  COUNT,
  '--seed',
  'hl7',
  '--table',
  'patients',
  '--quiet',
  '--out',
  join(dir, 'csv'),
]);
const text = readFileSync(join(dir, 'hl7', 'adt.hl7'), 'utf8');
/** Messages: each starts at an MSH segment; segments end in \r. */
const messages = text.split(/(?=MSH\|)/).filter(Boolean);

/** Required segments in order; `?` optional, `*` repeating. */
const GRAMMAR: Record<string, RegExp> = {
  A04: /^MSH EVN PID PD1 (NK1 )*PV1 (AL1 )*$/,
  A08: /^MSH EVN PID PD1 (NK1 )*PV1 (DG1 )*(AL1 )*(OBX )*$/,
  A03: /^MSH EVN PID PV1 (DG1 )*$/,
};
const DTM = /^\d{8}(\d{4}(\d{2})?)?$/;
const DT = /^\d{8}$/;

describe('generate --format hl7v2', () => {
  it('writes one file of messages; every segment ends in \\r', () => {
    expect(gen.code).toBe(0);
    expect(csv.code).toBe(0);
    expect(text.endsWith('\r')).toBe(true);
    expect(text).not.toContain('\n');
    expect(messages.length).toBeGreaterThan(Number(COUNT) * 2);
  });

  it('every message parses with an independent HL7 v2 parser and follows the ADT grammar', () => {
    const kinds = new Set<string>();
    for (const m of messages) {
      const parsed = Hl7Message.parse(m);
      const type = parsed.getSegment('MSH')!.getField(9).toString();
      expect(['ADT^A04^ADT_A01', 'ADT^A08^ADT_A01', 'ADT^A03^ADT_A03']).toContain(type);
      const trigger = type.split('^')[1]!;
      kinds.add(trigger);
      const names = `${parsed.segments
        .map((s) => s.name)
        .filter(Boolean)
        .join(' ')} `;
      expect(names, trigger).toMatch(GRAMMAR[trigger]!);
      expect(parsed.getSegment('MSH')!.getField(12).toString()).toBe('2.5.1');
      expect(parsed.getSegment('MSH')!.getField(7).toString()).toMatch(DTM);
      expect(parsed.getSegment('EVN')!.getField(1).toString()).toBe(trigger);
      const pid = parsed.getSegment('PID')!;
      expect(pid.getField(7).toString()).toMatch(DT);
      expect(['F', 'M', 'U']).toContain(pid.getField(8).toString());
      const pv1 = parsed.getSegment('PV1')!;
      expect(['O', 'E', 'I']).toContain(pv1.getField(2).toString());
      expect(pv1.getField(44).toString()).toMatch(DTM);
      if (trigger === 'A03') expect(pv1.getField(45).toString()).toMatch(DTM);
      for (const dg1 of parsed.getAllSegments('DG1')) expect(dg1.getField(3).getComponent(3)).toBe('I10');
      for (const obx of parsed.getAllSegments('OBX')) {
        if (obx.getField(2).toString() === 'NM')
          expect(obx.getField(5).toString()).toMatch(/^-?\d+(\.\d+)?$/);
        expect(obx.getField(3).getComponent(3)).toBe('LN');
        expect(obx.getField(14).toString()).toMatch(DTM);
      }
    }
    expect([...kinds].sort()).toEqual(['A03', 'A04', 'A08']);
  });

  it('MSH-10 is unique; PID-3 carries the MRN and PID-19 the SSN of the same patient as in CSV', () => {
    const ids = messages.map((m) => Hl7Message.parse(m).getSegment('MSH')!.getField(10).toString());
    expect(new Set(ids).size).toBe(ids.length);
    const patients = parse(readFileSync(join(dir, 'csv', 'patients.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const registrations = messages
      .map((m) => Hl7Message.parse(m))
      .filter((m) => m.getSegment('EVN')!.getField(1).toString() === 'A04');
    expect(registrations).toHaveLength(patients.length);
    registrations.forEach((m, i) => {
      const pid = m.getSegment('PID')!;
      expect(pid.getField(3).getComponent(1)).toBe(patients[i]!.mrn);
      expect(pid.getField(3).getComponent(5)).toBe('MR');
      expect(pid.getField(19).toString()).toBe(patients[i]!.ssn);
      expect(pid.getField(5).getComponent(1)).toBe(patients[i]!.family_name);
    });
  });

  it('--mllp frames each message in <VT> … <FS><CR>', async () => {
    const r = await cli([
      'generate',
      '--count',
      '3',
      '--seed',
      'hl7',
      '--format',
      'hl7v2',
      '--mllp',
      '--quiet',
      '--out',
      join(dir, 'mllp'),
    ]);
    expect(r.code).toBe(0);
    const framed = readFileSync(join(dir, 'mllp', 'adt.hl7'), 'utf8');
    const frames = framed.split('\x1c\r').filter(Boolean);
    for (const f of frames) {
      expect(f.startsWith('\x0b')).toBe(true);
      expect(() => Hl7Message.parse(f.slice(1))).not.toThrow();
    }
    expect(frames.map((f) => f.slice(1)).join('')).toBe(
      text.slice(0, frames.map((f) => f.slice(1)).join('').length),
    );
  });

  it('values with delimiters are escaped, and unescape back', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const e = escapeValue(v);
        return !/[|^&~\r\n]/.test(e) && unescapeValue(e) === v;
      }),
    );
    const field = escapeValue('A|B^C&D~E\\F');
    const parsed = Hl7Message.parse(
      `MSH|^~\\&|A|B|C|D|20260101||ADT^A08^ADT_A01|1|P|2.5.1\rPID|1||${field}^^^X^MR`,
    );
    expect(parsed.getSegment('PID')!.getField(3).getComponent(4)).toBe('X');
  });
});
