/** Domain names reserved for documentation and testing (RFC 2606, RFC 6761). */

/** Second-level names reserved by RFC 2606 §3. Their subdomains are reserved with them. */
export const RESERVED_EXAMPLE_DOMAINS: readonly string[] = ['example.com', 'example.net', 'example.org'];

/** Top-level names reserved by RFC 2606 §2 / RFC 6761. */
export const RESERVED_TLDS: readonly string[] = ['example', 'test', 'invalid', 'localhost'];

/** Whether a host or e-mail domain lies under a reserved name. Case and a trailing dot are ignored. */
export function isReservedDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (d.length === 0) return false;
  for (const base of RESERVED_EXAMPLE_DOMAINS) {
    if (d === base || d.endsWith(`.${base}`)) return true;
  }
  const tld = d.slice(d.lastIndexOf('.') + 1);
  return RESERVED_TLDS.includes(tld);
}

/** Whether an e-mail address's domain is reserved (the part after the last `@`). */
export function isReservedEmailDomain(emailOrDomain: string): boolean {
  const at = emailOrDomain.lastIndexOf('@');
  return isReservedDomain(at >= 0 ? emailOrDomain.slice(at + 1) : emailOrDomain);
}
