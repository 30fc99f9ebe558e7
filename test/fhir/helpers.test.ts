import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeTextAttachment, encodeTextAttachment, isTextContentType } from '../../src/fhir/attachment.js';
import { narrativeText, rewriteNarrative } from '../../src/fhir/narrative.js';
import { parseReference, withId } from '../../src/fhir/references.js';

const div = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;

/** Tags in document order: the markup skeleton a rewrite must keep. */
function tags(xhtml: string): string[] {
  const out: string[] = [];
  const p = new Parser(
    {
      onopentag: (name, attrs) => out.push(`<${name} ${JSON.stringify(attrs)}>`),
      onclosetag: (name) => out.push(`</${name}>`),
    },
    { xmlMode: true },
  );
  p.end(xhtml);
  return out;
}

describe('narrative rewrite', () => {
  it('rewrites text nodes, keeps markup, escapes what it writes', () => {
    const src = div(
      '<p>Pt <b>Ann&amp;Lee</b> seen 3/14 at <a href="https://x.example/p?a=1&amp;b=2">portal</a></p>',
    );
    const { div: out, changed } = rewriteNarrative(src, (t) =>
      t.replace('Ann&Lee', '<NAME>').replace('3/14', '[DATE]'),
    );
    expect(changed).toBe(true);
    expect(out).toContain('&lt;NAME&gt;');
    expect(out).toContain('[DATE]');
    expect(out).toContain('href="https://x.example/p?a=1&amp;b=2"');
    expect(tags(out)).toEqual(tags(src));
    expect(narrativeText(out)).toContain('<NAME>');
  });

  it('is the identity when nothing changes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (texts) => {
        const src = div(texts.map((t) => `<p>${t.replace(/[<&>]/g, '')}</p>`).join(''));
        expect(rewriteNarrative(src, (t) => t)).toEqual({ div: src, changed: false });
      }),
    );
  });

  it('any replacement text keeps the document well-formed (property)', () => {
    fc.assert(
      fc.property(fc.string(), (replacement) => {
        const src = div('<p>Seen by <i>Dr Roe</i> today</p>');
        const out = rewriteNarrative(src, () => replacement).div;
        expect(tags(out)).toEqual(tags(src));
      }),
    );
  });
});

describe('attachments', () => {
  it('round-trips UTF-8 text and rejects binary or broken base64', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (t) => {
        expect(decodeTextAttachment(encodeTextAttachment(t))).toBe(t);
      }),
    );
    expect(decodeTextAttachment(Buffer.from([0xff, 0xfe, 0x00, 0xc3]).toString('base64'))).toBeNull();
    expect(decodeTextAttachment('not base64!')).toBeNull();
    expect(isTextContentType('text/plain; charset=utf-8')).toBe(true);
    expect(isTextContentType('image/jpeg')).toBe(false);
  });
});

describe('references', () => {
  it('finds the id in relative, absolute, versioned and urn:uuid references', () => {
    expect(parseReference('Patient/123')).toEqual({ head: 'Patient/', id: '123', tail: '' });
    expect(parseReference('https://h.example/fhir/Patient/a-1/_history/2')).toEqual({
      head: 'https://h.example/fhir/Patient/',
      id: 'a-1',
      tail: '/_history/2',
    });
    const u = 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseReference(u)?.id).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(parseReference('#contained-1')).toBeNull();
    expect(parseReference('not a reference')).toBeNull();
  });

  it('rebuilds any parsed reference exactly (property)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9\-.]{1,64}$/);
    fc.assert(
      fc.property(
        fc.constantFrom('Patient', 'Encounter', 'Observation'),
        id,
        fc.boolean(),
        (type, i, hist) => {
          const ref = `${type}/${i}${hist ? '/_history/3' : ''}`;
          const parts = parseReference(ref);
          expect(parts?.id).toBe(i);
          expect(withId(parts!, i)).toBe(ref);
        },
      ),
    );
  });
});
