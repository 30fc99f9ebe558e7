/**
 * Geographic coordinates (lat, lon). Points are 'unprovable' in general; placebo makes points in the
 * open Gulf of Guinea within one degree of 0°,0°, where nobody lives, and calls those fake.
 */
import type { Rng } from '../../core/rng.js';
import type { IdentifierKind } from '../types.js';
import { fake, siteVerdict, UNPROVABLE } from '../verdict.js';

const PAIR = /^\s*([-+]?\d{1,3}(?:\.\d{1,12})?)(\s*[,;]\s*|\s+)([-+]?\d{1,3}(?:\.\d{1,12})?)\s*$/;
const WKT = /^POINT\s?\(\s*([-+]?\d{1,3}(?:\.\d{1,12})?)\s+([-+]?\d{1,3}(?:\.\d{1,12})?)\s*\)$/i;

function coords(value: string): [number, number] | undefined {
  const v = value.trim();
  if (v.length > 80) return undefined;
  const p = PAIR.exec(v);
  if (p) return [Number(p[1]), Number(p[3])];
  const w = WKT.exec(v);
  if (w) return [Number(w[2]), Number(w[1])];
  return undefined;
}

function inOcean(lat: number, lon: number): boolean {
  return Math.abs(lat) < 1 && Math.abs(lon) < 1;
}

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function oceanPoint(rng: Rng, places: number): [string, string] {
  const lat = (rng.float() * 1.8 - 0.9).toFixed(places);
  const lon = (rng.float() * 1.8 - 0.9).toFixed(places);
  return [lat, lon];
}

export const geoCoordinates: IdentifierKind = {
  id: 'geo-coordinates',
  category: 2,
  label: 'Geographic coordinates',
  headerHints: [
    'latlon',
    'latlong',
    'lat',
    'lon',
    'lng',
    'latitude',
    'longitude',
    'geo',
    'geocode',
    'geolocation',
    'coordinates',
    'coords',
    'gps',
  ],
  provable: false,
  make(rng) {
    const [lat, lon] = oceanPoint(rng, 6);
    return `${lat}, ${lon}`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    const p = PAIR.exec(v);
    if (p) {
      const places = Math.max(1, decimals(p[1] ?? ''), decimals(p[3] ?? ''));
      const [lat, lon] = oceanPoint(rng, places);
      return `${lat}${p[2] ?? ', '}${lon}`;
    }
    const w = WKT.exec(v);
    if (w) {
      const [lat, lon] = oceanPoint(rng, Math.max(1, decimals(w[1] ?? '')));
      return `POINT(${lon} ${lat})`;
    }
    return this.make(rng, { style: 'obvious' });
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const c = coords(value);
    if (c && inOcean(c[0], c[1])) return fake('point lies in open ocean within one degree of 0°,0°');
    return UNPROVABLE;
  },
  detect(value) {
    const c = coords(value);
    if (!c) return 0;
    const [lat, lon] = c;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return 0;
    return /\./.test(value) ? 0.85 : 0.2;
  },
};
