/**
 * Small constructors for fakeness verdicts, and the site-convention check every kind runs first.
 * Reasons and rules are fixed sentences about the rule — callers never interpolate the value.
 */
import type { FakeOptions, Verdict } from './types.js';

export function fake(rule: string): Verdict {
  return { status: 'fake', rule };
}

export function real(reason: string): Verdict {
  return { status: 'real', reason };
}

export const UNPROVABLE: Verdict = Object.freeze({ status: 'unprovable' });

/** The explicit test markers placebo writes: `ZZTEST…` anywhere-leading, or `TEST` not followed by a letter. */
const MARKER = /^\s*(?:zztest|test(?![a-z]))/i;

export function hasTestMarker(value: string): boolean {
  return MARKER.test(value);
}

/**
 * Site conventions win over every rule: an exact allow-listed fixture, or a site test prefix
 * (case-insensitive) at the start of the value.
 */
export function siteVerdict(value: string, opts: FakeOptions): Verdict | undefined {
  const site = opts.site;
  if (!site) return undefined;
  const trimmed = value.trim();
  if (site.allow?.includes(trimmed)) return fake('value is an allow-listed test fixture of this site');
  if (site.testPrefixes) {
    const upper = trimmed.toUpperCase();
    for (const p of site.testPrefixes) {
      if (p.length > 0 && upper.startsWith(p.toUpperCase()))
        return fake('value starts with a site test prefix');
    }
  }
  return undefined;
}
