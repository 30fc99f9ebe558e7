/**
 * Photographs and biometric templates (Safe Harbor 17 and 16) are recognised by their values under
 * column names placebo does not know: person-named image files, `data:` URIs, base64 image bytes
 * (JPEG, PNG, GIF, WebP magic numbers), template files and template ids. scrub reports them in their
 * category and removes them; check reports them in the source. Every value is invented.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { base64Image } from '../../src/catalogue/kinds/photo.js';
import { placebo } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'placebo-bio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (head: number[] | string) =>
  Buffer.concat([
    typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head),
    Buffer.alloc(40, 7),
  ]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0]).toString('base64');
const GIF = bytes('GIF89a').toString('base64');
const WEBP = bytes('RIFF\u0010\u0000\u0000\u0000WEBPVP8 ').toString('base64');

const ROWS = [
  ['ref1', 'ref2', 'att', 'blob', 'doc', 'n'],
  ['quill_ada_face.jpg', 'fp_template_00412', `data:image/png;base64,${PNG}`, PNG, 'visit_summary.pdf', '2'],
  [
    '/scans/tern_bo.png',
    '/bio/voiceprints/7731.wav',
    `data:image/jpeg;base64,${JPEG}`,
    JPEG,
    'labs.pdf',
    '3',
  ],
  ['photos/moss_cy.webp', 'iris_scan_0091', `data:image/gif;base64,${GIF}`, GIF, 'consent.pdf', '4'],
  ['hale_di.jpeg', 'left_thumb_0077.wsq', `data:image/webp;base64,${WEBP}`, WEBP, 'letter.docx', '5'],
];

describe('photographs and biometrics by value', () => {
  it('knows image bytes by their magic numbers, and nothing else', () => {
    for (const b64 of [PNG, JPEG, GIF, WEBP]) expect(base64Image(b64)).toBe(true);
    expect(base64Image(bytes('%PDF-1.7').toString('base64'))).toBe(false);
    expect(base64Image(Buffer.from('plain words, no image at all in here').toString('base64'))).toBe(false);
    expect(base64Image('iVBORw0KGgo')).toBe(false);
  });

  it('scrub reports them in categories 16 and 17 and removes them; check finds them', () => {
    const src = join(dir, 'src');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'attachments.csv'), stringify(ROWS));
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    const r = placebo(
      ['scrub', join(src, 'attachments.csv'), '--out', out, '--report', join(out, 'r.json'), '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as {
      files: { fields: { path: string; kind: string | null; category: number | null; action: string }[] }[];
    };
    const fields = new Map(report.files[0]!.fields.map((f) => [f.path, f]));
    expect(fields.get('ref1')).toMatchObject({ kind: 'photo', category: 17, action: 'remove' });
    expect(fields.get('att')).toMatchObject({ kind: 'photo', category: 17, action: 'remove' });
    expect(fields.get('blob')).toMatchObject({ kind: 'photo', category: 17, action: 'remove' });
    expect(fields.get('ref2')).toMatchObject({ kind: 'biometric-id', category: 16, action: 'remove' });
    // Documents that are no images stay.
    expect(fields.get('doc')?.kind ?? null).toBeNull();
    const rows = parse(readFileSync(join(out, 'attachments.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      expect([row.ref1, row.ref2, row.att, row.blob]).toEqual(['', '', '', '']);
      expect(row.doc).toMatch(/\.(pdf|docx)$/);
    }

    const c = placebo(['check', join(src, 'attachments.csv'), '--reporter', 'json', '--quiet'], { cwd: dir });
    expect(c.code).toBe(1);
    const found = JSON.parse(c.stdout) as { summary: { field: string; category: number; real: number }[] };
    const real = found.summary.filter((s) => s.real > 0).map((s) => `${s.field} ${s.category}`);
    expect(real.sort()).toEqual(['att 17', 'blob 17', 'ref1 17', 'ref2 16']);
  }, 60_000);
});
