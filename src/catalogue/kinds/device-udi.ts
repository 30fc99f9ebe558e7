/**
 * Unique Device Identifiers (GS1 form). Fake: the device identifier (GTIN) sits on GS1 prefix 952,
 * which GS1 reserves for examples and demonstrations, or its mod-10 check digit is wrong.
 * Production identifiers (lot `(10)`, serial `(21)`) are replaced by TEST-marked values.
 */
import type { Rng } from '../../core/rng.js';
import { gs1CheckDigit } from '../luhn.js';
import { markSurrogate } from '../marker.js';
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const HRI = /^(?:\(\d{2,4}\)[^()\s]{1,30}){1,6}$/;
const SEGMENT = /\((\d{2,4})\)([^()]*)/g;
const BARE_GTIN = /^(?:\d{8}|\d{12,14})$/;
const HIBCC = /^\+[A-Z]\d{3}[A-Z0-9]{1,20}/;

/** A GTIN-14 on GS1 prefix 952 with a correct check digit: indicator 0 + 952 + 9 digits + check. */
export function exampleGtin14(rng: Rng): string {
  const payload = `0952${rng.digits(9)}`;
  return payload + String(gs1CheckDigit(payload));
}

/** The GTIN inside a UDI string, left-padded to 14 digits; undefined if none. */
export function gtinOf(value: string): string | undefined {
  const v = value.trim();
  if (BARE_GTIN.test(v)) return v.padStart(14, '0');
  const m = /\(01\)(\d{14})/.exec(v);
  if (m?.[1]) return m[1];
  const plain = /^01(\d{14})/.exec(v);
  return plain?.[1];
}

function yymmdd(rng: Rng): string {
  return `${String(rng.int(25, 35))}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
}

export const deviceUdi: IdentifierKind = {
  id: 'device-udi',
  category: 13,
  label: 'Unique device identifier (UDI)',
  headerHints: [
    'udi',
    'udidi',
    'udipi',
    'deviceidentifier',
    'gtin',
    'devicegtin',
    'implantudi',
    'udicarrier',
  ],
  provable: true,
  make(rng) {
    const gtin = exampleGtin14(rng);
    return rng.chance(0.5) ? gtin : `(01)${gtin}(17)${yymmdd(rng)}(21)TEST${rng.digits(6)}`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    if (BARE_GTIN.test(v)) {
      if (v.length === 13) {
        const payload = `952${rng.digits(9)}`;
        return payload + String(gs1CheckDigit(payload));
      }
      return exampleGtin14(rng);
    }
    if (!HRI.test(v)) return this.make(rng, { style: 'obvious' });
    return v.replace(SEGMENT, (_all, ai: string, data: string) => {
      if (ai === '01') return `(01)${exampleGtin14(rng)}`;
      if (ai === '11' || ai === '17') return `(${ai})${yymmdd(rng)}`;
      return `(${ai})${markSurrogate(data, 'TEST', rng)}`;
    });
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const gtin = gtinOf(value);
    if (!gtin || !/^\d{14}$/.test(gtin)) return real('value carries no GS1 device identifier');
    if (gtin.slice(1, 4) === '952')
      return fake('device identifier is on GS1 prefix 952, reserved for examples');
    if (gs1CheckDigit(gtin.slice(0, 13)) !== Number(gtin[13]))
      return fake('GTIN check digit is wrong, so it is never issued');
    return real('device identifier is outside the GS1 example prefix');
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 120) return 0;
    if (HRI.test(v) && v.startsWith('(01)')) return 0.95;
    if (HIBCC.test(v)) return 0.7;
    if (BARE_GTIN.test(v) && v.length === 14) {
      return gs1CheckDigit(v.slice(0, 13)) === Number(v[13]) ? 0.6 : 0.1;
    }
    return 0;
  },
};
