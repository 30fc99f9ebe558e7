/**
 * IP addresses reserved for documentation: TEST-NET-1/2/3 (RFC 5737) and 2001:db8::/32
 * (RFC 3849) and 3fff::/20 (RFC 9637). Node's BlockList does the prefix arithmetic.
 */
import { BlockList, isIP } from 'node:net';

const DOCUMENTATION = new BlockList();
DOCUMENTATION.addSubnet('192.0.2.0', 24, 'ipv4');
DOCUMENTATION.addSubnet('198.51.100.0', 24, 'ipv4');
DOCUMENTATION.addSubnet('203.0.113.0', 24, 'ipv4');
DOCUMENTATION.addSubnet('2001:db8::', 32, 'ipv6');
DOCUMENTATION.addSubnet('3fff::', 20, 'ipv6');

/** 4 or 6 for a syntactically valid address (IPv6 zone ids and brackets are stripped), else 0. */
export function ipVersion(value: string): 0 | 4 | 6 {
  const v = isIP(stripIp(value));
  return v === 4 || v === 6 ? v : 0;
}

/** Host part of an address: brackets, an IPv6 zone id and a port (`1.2.3.4:80`, `[::1]:443`) are dropped. */
function stripIp(value: string): string {
  let s = value.trim();
  if (s.length > 64) return s;
  const v4Port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(s);
  if (v4Port?.[1]) return v4Port[1];
  const v6Port = /^\[([0-9A-Fa-f:.%\w]{2,60})\]:\d{1,5}$/.exec(s);
  if (v6Port?.[1]) s = v6Port[1];
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const pct = s.indexOf('%');
  if (pct >= 0) s = s.slice(0, pct);
  return s;
}

/** Whether an address lies in a documentation range. */
export function isDocumentationIp(value: string): boolean {
  const s = stripIp(value);
  const v = isIP(s);
  if (v === 4) return DOCUMENTATION.check(s, 'ipv4');
  if (v === 6) return DOCUMENTATION.check(s, 'ipv6');
  return false;
}
