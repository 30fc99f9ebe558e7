/**
 * A block of generated rows → the text of its ADT messages: segments end in `\r`; with MLLP
 * framing each message is wrapped in <VT> … <FS><CR>, as an interface engine's listener expects.
 */
import { groupBlock } from '../fhir/group.js';
import type { CellValue, TableSpec } from '../table/types.js';
import { adtMessages } from './adt.js';

export const HL7_FILE = 'adt.hl7';
const VT = '\x0b';
const FS_CR = '\x1c\r';

export function encodeHl7Block(
  tables: readonly TableSpec[],
  rows: readonly (readonly CellValue[][])[],
  opts: { mllp: boolean },
): string {
  let out = '';
  for (const group of groupBlock(tables, rows)) {
    for (const m of adtMessages(group)) {
      const text = `${m.segments.join('\r')}\r`;
      out += opts.mllp ? `${VT}${text}${FS_CR}` : text;
    }
  }
  return out;
}
