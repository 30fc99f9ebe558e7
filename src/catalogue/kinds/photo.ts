/**
 * Full-face photographs: placebo never makes an image; it writes a marked placeholder reference.
 * A value is fake when it (or its file name) starts with the TEST marker. Recognised by value,
 * whatever the column's name: image file names and URLs, `data:image/…` URIs, and base64 text
 * whose first bytes are a JPEG, PNG, GIF or WebP image's magic number.
 */
import { fillShape } from '../shape.js';
import type { IdentifierKind } from '../types.js';
import { fake, hasTestMarker, real, siteVerdict } from '../verdict.js';

const IMAGE_FILE = /^[^\s<>"|?*]{0,200}\.(?:jpe?g|png|gif|bmp|tiff?|heic|webp|svg|dcm)$/i;
const DATA_URI = /^data:image\/[a-z+.-]{1,20};base64,/i;
/** Base64 text, checked on its first characters only (an image can be megabytes). */
const BASE64_START = /^[A-Za-z0-9+/]{32,}/;

/** Whether base64 text opens with the magic bytes of a JPEG, PNG, GIF or WebP image. */
export function base64Image(value: string): boolean {
  if (!BASE64_START.test(value.slice(0, 64))) return false;
  const b = Buffer.from(value.slice(0, 16), 'base64');
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true;
  const ascii = b.toString('latin1');
  return (
    ascii.startsWith('\x89PNG\r\n\x1a\n') ||
    ascii.startsWith('GIF87a') ||
    ascii.startsWith('GIF89a') ||
    (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP')
  );
}

function fileName(value: string): string {
  const v = value.trim();
  return v.slice(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1);
}

export const photo: IdentifierKind = {
  id: 'photo',
  category: 17,
  label: 'Full-face photograph',
  headerHints: [
    'photo',
    'fullfaceimg',
    'fullfaceimage',
    'faceimg',
    'faceimage',
    'facephoto',
    'headshot',
    'photograph',
    'picture',

    'headshot',
    'avatar',
    'photoid',
    'photourl',
    'photopath',
    'portrait',
    'mugshot',
  ],
  provable: true,
  make(rng) {
    return `placeholder/TEST-${rng.digits(6)}.svg`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    const name = fileName(v);
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '.svg';
    // Directory names can hold ids too (photos/<mrn>/face.jpg): keep only their shape.
    const dir = fillShape(v.slice(0, v.length - name.length).slice(0, 200), rng);
    return `${dir}TEST-${rng.digits(6)}${ext.slice(0, 8)}`;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    if (hasTestMarker(value) || hasTestMarker(fileName(value)))
      return fake('photo reference carries the TEST marker');
    return real('photo reference carries no test marker');
  },
  detect(value) {
    const v = value.trim();
    if (DATA_URI.test(v) || base64Image(v)) return 0.9;
    if (v.length <= 260 && IMAGE_FILE.test(v)) return 0.6;
    return 0;
  },
};
