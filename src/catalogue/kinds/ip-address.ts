/** IP addresses. Fake: TEST-NET-1/2/3 (RFC 5737), 2001:db8::/32 (RFC 3849), 3fff::/20 (RFC 9637). */
import type { Rng } from '../../core/rng.js';
import { ipVersion, isDocumentationIp } from '../ip.js';
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const TEST_NETS = ['192.0.2', '198.51.100', '203.0.113'] as const;

function makeV4(rng: Rng): string {
  return `${rng.pick(TEST_NETS)}.${rng.int(1, 254)}`;
}

function makeV6(rng: Rng): string {
  return `2001:db8:${rng.int(0, 0xffff).toString(16)}::${rng.int(1, 0xffff).toString(16)}`;
}

export const ipAddress: IdentifierKind = {
  id: 'ip-address',
  category: 15,
  label: 'IP address',
  headerHints: [
    'ip',
    'ipaddr',
    'ipaddress',
    'ipv4',
    'ipv6',
    'lastloginip',
    'loginip',
    'clientip',
    'remoteaddr',
    'remoteip',
    'sourceip',
    'srcip',
    'hostip',
  ],
  provable: true,
  make(rng) {
    return rng.chance(0.75) ? makeV4(rng) : makeV6(rng);
  },
  surrogate(original, rng) {
    const v = ipVersion(original);
    if (v === 6) {
      const s = makeV6(rng);
      return original.trim() === original.trim().toUpperCase() ? s.toUpperCase() : s;
    }
    return makeV4(rng);
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    if (ipVersion(value) === 0) return real('value is not an IP address');
    if (isDocumentationIp(value)) return fake('address is in a range reserved for documentation');
    return real('address is outside the documentation ranges');
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 64) return 0;
    const version = ipVersion(v);
    if (version === 4) return 0.95;
    if (version === 6) return 0.95;
    return 0;
  },
};
