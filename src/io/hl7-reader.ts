/**
 * `.hl7` files (HL7 v2 messages, optionally MLLP-framed): one record per segment, one leaf per
 * identifier component named by the field map (hl7-fields.ts) — `PID-5.1` under the header
 * `familyname` — so scrub and check read a message by field position, not as free text. Values
 * are unescaped when read and escaped when replaced, so a scrubbed message still parses; an
 * unchanged segment is copied byte for byte.
 */
import { PlaceboError } from '../core/errors.js';
import { FileDocument } from './document.js';
import { FileLeaf, FileRecord } from './file-record.js';
import { escapeValue, unescapeValue } from './hl7-escape.js';
import { CX_FIELDS, cxName, HL7_FIELDS } from './hl7-fields.js';
import { LIMITS } from './limits.js';

/** Where a leaf sits: the `|`-part, the repetition and the component. */
interface Slot {
  part: number;
  rep: number;
  comp: number;
}

class Hl7Record extends FileRecord {
  readonly slots: Slot[] = [];

  constructor(
    index: number,
    line: number,
    pre: string,
    readonly body: string,
    readonly ending: string,
  ) {
    super(index, line, pre, body + ending);
  }

  protected rebuild(): string {
    const parts = this.body.split('|');
    const fields = new Map<number, string[][]>();
    this.leaves.forEach((leaf, i) => {
      if (!leaf.changed) return;
      const { part, rep, comp } = this.slots[i]!;
      let reps = fields.get(part);
      if (!reps) {
        reps = parts[part]!.split('~').map((r) => r.split('^'));
        fields.set(part, reps);
      }
      reps[rep]![comp] = escapeValue(leaf.next ?? '');
    });
    for (const [part, reps] of fields) parts[part] = reps.map((r) => r.join('^')).join('~');
    return parts.join('|') + this.ending;
  }
}

const SEGMENT = /^[A-Z][A-Z0-9]{2}$/;
/** MLLP's start and end bytes (<VT>, <FS>). */
const FRAMING = '\x0b\x1c';

export class Hl7Document extends FileDocument {
  constructor(file: string, chunks: AsyncIterator<string>) {
    super(file, 'hl7', chunks);
  }

  protected async *generate(): AsyncGenerator<FileRecord> {
    const all = await this.text.readAll(LIMITS.maxValueChars, () => {
      throw new PlaceboError('E_INPUT', `HL7 file larger than ${LIMITS.maxValueChars / (1024 * 1024)} MiB`, {
        file: this.file,
      });
    });
    const lines = /([^\r\n]*)(\r\n|\r|\n|$)/g;
    let pending = all.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    let at = pending.length;
    let index = 0;
    lines.lastIndex = at;
    while (at < all.length) {
      lines.lastIndex = at;
      const m = lines.exec(all)!;
      at += m[0].length;
      // MLLP framing (<VT> before a message, <FS> after it) belongs between records.
      let skip = 0;
      while (skip < m[1]!.length && FRAMING.includes(m[1]![skip]!)) skip++;
      const lead = m[1]!.slice(0, skip);
      const body = m[1]!.slice(skip);
      if (body === '') {
        pending += m[0];
        continue;
      }
      const rec = new Hl7Record(index, index + 1, pending + lead, body, m[2]!);
      pending = '';
      index++;
      this.leavesOf(rec);
      yield rec;
    }
    this.trailer = pending;
  }

  private leavesOf(rec: Hl7Record): void {
    const parts = rec.body.split('|');
    const seg = parts[0]!;
    if (!SEGMENT.test(seg))
      throw new PlaceboError('E_INPUT', 'not an HL7 v2 segment', { file: this.file, line: rec.line });
    const layout = HL7_FIELDS[seg];
    if (!layout) return;
    // MSH-1 is the field separator itself: MSH field n is part n-1.
    const shift = seg === 'MSH' ? 1 : 0;
    parts.forEach((text, part) => {
      const field = part + shift;
      const comps = part === 0 ? undefined : layout[field];
      if (!comps || text === '') return;
      const cx = CX_FIELDS.has(`${seg}-${field}`);
      text.split('~').forEach((repText, rep) => {
        const values = repText.split('^');
        for (const [c, header] of Object.entries(comps)) {
          const comp = Number(c);
          const raw = values[comp];
          if (raw === undefined || raw === '' || raw === '""') continue;
          const name = cx && comp === 0 ? cxName(values[4] ?? '', header) : header;
          const path = `${seg}-${field}.${comp + 1}${cx ? `[${name}]` : ''}`;
          rec.slots.push({ part, rep, comp });
          rec.leaves.push(
            new FileLeaf(
              rec,
              path,
              `${seg}-${field}[${rep}].${comp + 1}`,
              name,
              'string',
              unescapeValue(raw),
              0,
              0,
              false,
            ),
          );
        }
      });
    });
  }
}
