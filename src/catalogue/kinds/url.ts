/** URLs. Fake: the host is under a reserved documentation name, or is a documentation IP address. */
import type { Rng } from '../../core/rng.js';
import { isReservedDomain } from '../email-domains.js';
import { isDocumentationIp } from '../ip.js';
import { fillShape } from '../shape.js';
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const URLISH = /^(?:https?|ftp):\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const WWW = /^www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#]\S*)?$/i;
/** A bare host with an alphabetic TLD, optionally with a path: `portal.example.com/x`. */
const BARE_HOST = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?:[/?#]\S*)?$/;

const HOSTS = ['portal.example.com', 'www.example.org', 'example.com', 'records.example.net'] as const;
const PATHS = ['/patient', '/chart', '/mychart/visit', '/profile', '/results'] as const;

function parse(value: string): URL | undefined {
  const v = value.trim();
  if (v.length > 4096) return undefined;
  const schemeless = !URLISH.test(v) && (WWW.test(v) || BARE_HOST.test(v));
  if (!schemeless && !URLISH.test(v)) return undefined;
  try {
    return new URL(schemeless ? `http://${v}` : v);
  } catch {
    return undefined;
  }
}

export const url: IdentifierKind = {
  id: 'url',
  category: 14,
  label: 'Web URL',
  headerHints: [
    'url',
    'website',
    'webaddress',
    'homepage',
    'weburl',

    'profileurl',
    'portalurl',
    'uri',
  ],
  provable: true,
  make(rng: Rng) {
    return `https://${rng.pick(HOSTS)}${rng.pick(PATHS)}/${rng.int(1000, 999999)}`;
  },
  surrogate(original, rng) {
    const u = parse(original);
    if (!u) return this.make(rng, { style: 'obvious' });
    const v = original.trim();
    const hostAt = v.toLowerCase().indexOf(u.hostname.toLowerCase());
    const host = u.hostname.startsWith('www.') ? 'www.example.com' : 'example.com';
    if (hostAt < 0) return `${u.protocol}//${host}${fillShape(u.pathname + u.search, rng)}`;
    const after = v.slice(hostAt + u.hostname.length);
    // The path and query may carry identifiers too: keep their shape, not their letters.
    // Scheme stays; user info before the host and everything after it keep only their shape.
    const schemeEnd = v.indexOf('//') + 2;
    const userInfo = schemeEnd >= 2 && schemeEnd <= hostAt ? fillShape(v.slice(schemeEnd, hostAt), rng) : '';
    return `${v.slice(0, Math.max(0, schemeEnd))}${userInfo}${host}${fillShape(after, rng)}`;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const u = parse(value);
    if (!u) return real('value is not a URL');
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (isReservedDomain(host))
      return fake('URL host is under a name reserved for documentation (RFC 2606/6761)');
    if (isDocumentationIp(host)) return fake('URL host is a documentation IP address');
    return real('URL host is not reserved for documentation');
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 4096) return 0;
    if (URLISH.test(v)) return parse(v) ? 0.95 : 0.3;
    if (WWW.test(v)) return 0.8;
    // Bare hosts (`clinic.org/x`) are URLs too, but `Dr.Smith` has the same shape: weak evidence.
    if (BARE_HOST.test(v)) return 0.35;
    return 0;
  },
};
