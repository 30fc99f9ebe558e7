/**
 * Note templates compiled once: each line becomes a list of alternatives, each alternative a
 * list of literal strings and resolver calls. Rendering is then a walk over arrays with no
 * parsing. An unknown placeholder is an error at load time, not a blank in a note.
 */
import { PlaceboError } from '../../../core/errors.js';
import type { NoteTemplateDef } from '../data-schema.js';
import type { NoteContext } from './context.js';
import { RESOLVERS, type Resolver } from './resolvers.js';
import type { NoteWriter } from './writer.js';

type Segment = string | { fn: Resolver; arg: string; mod: string };

interface Line {
  p: number;
  alternatives: Segment[][];
}

export interface CompiledTemplate {
  id: string;
  typeCode: string;
  typeDisplay: string;
  lines: Line[];
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)(?:\.([a-z_]+))?(?:\|([a-z]+))?\s*\}\}/g;

function compileText(templateId: string, text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [whole, head, arg = '', mod = ''] = m;
    const fn = RESOLVERS[head as string];
    if (!fn?.accepts(arg, mod)) {
      throw new PlaceboError(
        'E_INTERNAL',
        'note template uses an unknown placeholder',
        { file: 'src/data/clinical/note-templates.yaml', path: `templates.${templateId}` },
        'see docs/clinical-data.md for the placeholders',
      );
    }
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ fn, arg, mod });
    last = m.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  if (/\{\{|\}\}/.test(out.filter((s) => typeof s === 'string').join(''))) {
    throw new PlaceboError('E_INTERNAL', 'note template has a malformed placeholder', {
      file: 'src/data/clinical/note-templates.yaml',
      path: `templates.${templateId}`,
    });
  }
  return out;
}

export function compileTemplate(id: string, def: NoteTemplateDef): CompiledTemplate {
  const lines: Line[] = def.lines.map((l) => {
    if (typeof l === 'string') return { p: 1, alternatives: [compileText(id, l)] };
    const texts = l.any ?? (l.text !== undefined ? [l.text] : []);
    if (texts.length === 0)
      throw new PlaceboError('E_INTERNAL', 'note template line needs text or any', {
        file: 'src/data/clinical/note-templates.yaml',
        path: `templates.${id}`,
      });
    return { p: l.p ?? 1, alternatives: texts.map((t) => compileText(id, t)) };
  });
  return { id, typeCode: def.typeCode, typeDisplay: def.typeDisplay, lines };
}

function renderSegments(segments: Segment[], c: NoteContext, w: NoteWriter): boolean {
  for (const s of segments) {
    if (typeof s === 'string') w.put(s);
    else if (!s.fn.render(c, w, s.arg, s.mod)) return false;
  }
  return true;
}

/** Renders a template; lines that cannot be filled are left out. */
export function renderTemplate(t: CompiledTemplate, c: NoteContext, w: NoteWriter): void {
  const rng = c.rng;
  for (const line of t.lines) {
    if (line.p < 1 && !rng.chance(line.p)) continue;
    const n = line.alternatives.length;
    const first = n === 1 ? 0 : rng.int(0, n - 1);
    for (let k = 0; k < n; k++) {
      const mark = w.mark();
      if (renderSegments(line.alternatives[(first + k) % n] as Segment[], c, w)) {
        w.put('\n');
        break;
      }
      w.rewind(mark);
    }
  }
}
