/**
 * scrub and check read `.hl7` files segment by segment, by field position (src/io/hl7-reader.ts):
 * a generated ADT feed passes check; a hand-made message with real-looking identifiers (invented
 * here) fails it, and after scrub passes it and still parses, with its structure intact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hl7Message } from '@medplum/core';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../generate/helpers.js';

const dir = tempDir('placebo-hl7-read-');

const REAL_LOOKING = [
  'MSH|^~\\&|EPIC|GENHOSP|LAB|GENHOSP|20240312081500||ADT^A04^ADT_A01|MSG00417|P|2.5.1',
  'EVN|A04|20240312081500',
  'PID|1||00412377^^^GENHOSP^MR~412-55-1234^^^SSA^SS||HALLORAN^MARGARET^J||19580214|F|||88 Elm Street^^Springfield^IL^62704^USA^H^^Sangamon County||(217) 555-2368^PRN^PH~^NET^Internet^mhalloran@gmail.com|||||4455667788|412-55-1234|D1234567^IL',
  'NK1|1|HALLORAN^THOMAS|SPO^spouse^HL70063||(217) 555-2399^PRN^PH',
  'PV1|1|O|CLINIC^^^GENHOSP||||1234567893^WHITFIELD^ANNA^^^^^^NPI||||||||||||100234567',
  'AL1|1|DA|7980^Penicillin G^RXNORM|MO|hives',
].join('\r');
const PLANTED = [
  '00412377',
  '412-55-1234',
  'HALLORAN',
  'MARGARET',
  'mhalloran',
  '555-2368',
  '4455667788',
  'D1234567',
  '1234567893',
  'WHITFIELD',
  '100234567',
  '88 Elm',
];

const segments = (text: string) =>
  Hl7Message.parse(text)
    .segments.map((s) => s.name)
    .filter(Boolean);

describe('.hl7 files in scrub and check', () => {
  it('generate --format hl7v2 → check exits 0', async () => {
    const out = join(dir, 'gen');
    expect(
      (await cli(['generate', '--count', '15', '--format', 'hl7v2', '--mllp', '--quiet', '--out', out])).code,
    ).toBe(0);
    const r = await cli(['check', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a hand-made ADT message: check finds its identifiers by position; scrub → check exits 0, still parses', async () => {
    const file = join(dir, 'adt.hl7');
    writeFileSync(file, `${REAL_LOOKING}\r`);
    const before = await cli(['check', file, '--reporter', 'json', '--quiet']);
    expect(before.code).toBe(1);
    const fields = (JSON.parse(before.stdout) as { summary: { field: string; real: number }[] }).summary
      .filter((s) => s.real > 0)
      .map((s) => s.field);
    for (const f of [
      'PID-3.1[mrn]',
      'PID-3.1[ssn]',
      'PID-5.1',
      'PID-13.1',
      'PID-13.4',
      'PID-19.1',
      'NK1-2.1',
      'PV1-7.1',
    ])
      expect(fields).toContain(f);
    // The report names fields and kinds, never the values.
    for (const v of PLANTED) expect(before.stdout).not.toContain(v);

    const scrub = await cli(['scrub', file, '--out', join(dir, 'clean'), '--quiet']);
    expect(scrub.code).toBe(0);
    const cleaned = readFileSync(join(dir, 'clean', 'adt.hl7'), 'utf8');
    for (const v of PLANTED) expect(cleaned).not.toContain(v);
    expect(segments(cleaned)).toEqual(segments(REAL_LOOKING));
    const parsed = Hl7Message.parse(cleaned);
    expect(parsed.getSegment('MSH')!.getField(9).toString()).toBe('ADT^A04^ADT_A01');
    expect(parsed.getSegment('PID')!.getField(3).getComponent(5)).toBe('MR');
    expect(parsed.getSegment('AL1')!.toString()).toBe('AL1|1|DA|7980^Penicillin G^RXNORM|MO|hives');
    const after = await cli(['check', join(dir, 'clean'), '--quiet']);
    expect(after.code).toBe(0);
  });

  it('scrub keeps MLLP framing and copies segments without identifiers byte for byte', async () => {
    const file = join(dir, 'framed.hl7');
    writeFileSync(file, `\x0b${REAL_LOOKING}\r\x1c\r\x0b${REAL_LOOKING}\r\x1c\r`);
    expect((await cli(['scrub', file, '--out', join(dir, 'framed'), '--quiet'])).code).toBe(0);
    const out = readFileSync(join(dir, 'framed', 'framed.hl7'), 'utf8');
    expect(out.startsWith('\x0bMSH|')).toBe(true);
    expect(out.split('\x0b')).toHaveLength(3);
    expect(out.endsWith('\r\x1c\r')).toBe(true);
    expect(out).toContain('\rAL1|1|DA|7980^Penicillin G^RXNORM|MO|hives\r');
  });
});
