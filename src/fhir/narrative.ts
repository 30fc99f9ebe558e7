/**
 * Scrubbing a FHIR narrative (`text.div`, XHTML): the text between tags is rewritten, the
 * markup is left exactly as it was, so the div stays valid XHTML. Text nodes are found with
 * htmlparser2 (raw ranges, entities left encoded) and decoded/encoded with `entities`.
 */
import { decodeXML, escapeText } from 'entities';
import { Parser } from 'htmlparser2';

export interface NarrativeResult {
  div: string;
  changed: boolean;
}

/** Apply `rewrite` to every text node of `div`; attribute values are left alone. */
export function rewriteNarrative(div: string, rewrite: (text: string) => string): NarrativeResult {
  const ranges: [number, number][] = [];
  const parser = new Parser(
    {
      ontext() {
        ranges.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { decodeEntities: false, xmlMode: true },
  );
  parser.end(div);
  let out = '';
  let last = 0;
  let changed = false;
  for (const [start, end] of ranges) {
    const raw = div.slice(start, end);
    const text = decodeXML(raw);
    const next = rewrite(text);
    if (next === text) continue;
    changed = true;
    out += div.slice(last, start) + escapeText(next);
    last = end;
  }
  return changed ? { div: out + div.slice(last), changed } : { div, changed };
}

/** The text content of a narrative (for check: scan it like any free text). */
export function narrativeText(div: string): string {
  const parts: string[] = [];
  rewriteNarrative(div, (t) => {
    parts.push(t);
    return t;
  });
  return parts.join(' ');
}
