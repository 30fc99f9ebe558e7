/** MAC addresses. Fake: 00-00-5E-00-53-00…FF, the IANA block set aside for documentation (RFC 9542). */
import type { IdentifierKind } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';

const COLON_OR_DASH = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/;
const DOTTED = /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/;
const BARE = /^[0-9A-Fa-f]{12}$/;

function hexOf(value: string): string | undefined {
  const v = value.trim();
  if (COLON_OR_DASH.test(v) || DOTTED.test(v) || BARE.test(v))
    return v.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
  return undefined;
}

export const macAddress: IdentifierKind = {
  id: 'mac-address',
  category: 13,
  label: 'MAC address',
  headerHints: ['mac', 'macaddr', 'macaddress', 'hwaddr', 'hardwareaddress', 'ethernetaddress', 'wifimac'],
  provable: true,
  make(rng) {
    return `00-00-5E-00-53-${rng.int(0, 255).toString(16).toUpperCase().padStart(2, '0')}`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    if (!hexOf(v)) return this.make(rng, { style: 'obvious' });
    const lower = v === v.toLowerCase() && /[a-f]/.test(v);
    let hex = `00005E0053${rng.int(0, 255).toString(16).toUpperCase().padStart(2, '0')}`;
    if (lower) hex = hex.toLowerCase();
    let i = 0;
    let out = '';
    for (const ch of v) out += /[0-9A-Fa-f]/.test(ch) ? hex[i++] : ch;
    return out;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const hex = hexOf(value);
    if (!hex) return real('value is not a MAC address');
    if (hex.startsWith('00005E0053')) return fake('MAC is in the IANA documentation block 00-00-5E-00-53');
    return real('MAC is outside the documentation block');
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 17) return 0;
    if (COLON_OR_DASH.test(v) || DOTTED.test(v)) return 0.95;
    // 12 bare hex digits: a MAC only if it has letters (otherwise an ordinary number).
    if (BARE.test(v)) return /[A-Fa-f]/.test(v) ? 0.5 : 0.1;
    return 0;
  },
};
