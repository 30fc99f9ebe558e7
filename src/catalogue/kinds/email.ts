/** E-mail addresses. Fake: the domain is reserved for documentation (RFC 2606 / RFC 6761). */
import type { Rng } from '../../core/rng.js';
import { isReservedEmailDomain } from '../email-domains.js';
import { applyCase, caseOf, fillShape } from '../shape.js';
import type { IdentifierKind, IdentifierSpace } from '../types.js';
import { fake, real, siteVerdict } from '../verdict.js';
import { namesOfLength, wordLists } from '../word-lists.js';

/** Pragmatic whole-value syntax: local@label(.label)+ — linear, no nested quantifiers over the same text. */
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;

const EXAMPLE = ['example.com', 'example.org', 'example.net'] as const;

function domainFor(original: string, rng: Rng): string {
  const tld = original.slice(original.lastIndexOf('.') + 1).toLowerCase();
  if (tld === 'org') return 'example.org';
  if (tld === 'net') return 'example.net';
  if (tld === 'com') return 'example.com';
  return rng.pick(EXAMPLE);
}

/** Per name length: where each lower-cased name sits in namesOfLength(length). */
const positionsByLength = new Map<number, Map<string, number[]>>();

function positionsOf(length: number): Map<string, number[]> {
  let m = positionsByLength.get(length);
  if (!m) {
    m = new Map();
    namesOfLength(length).forEach((n, i) => {
      const key = n.toLowerCase();
      const at = m!.get(key);
      if (at) at.push(i);
      else m!.set(key, [i]);
    });
    positionsByLength.set(length, m);
  }
  return m;
}

/**
 * A name of `run`'s length other than `run` itself: the same draw as picking from the list with
 * `run` filtered out, without building that filtered copy on every call.
 */
function otherName(run: string, rng: Rng): string | undefined {
  const names = namesOfLength(run.length);
  const skip = positionsOf(run.length).get(run.toLowerCase()) ?? [];
  const size = names.length - skip.length;
  if (size <= 0) return undefined;
  // rng.int(0, size - 1) draws exactly as rng.pick over a list of `size` names
  let k = rng.int(0, size - 1);
  for (const i of skip) if (i <= k) k++;
  return names[k];
}

/** Letter runs become names of the same length and case where one exists; digits are redrawn. */
function localPart(original: string, rng: Rng): string {
  return original.slice(0, 64).replace(/[A-Za-z]+|[^A-Za-z]+/g, (run) => {
    if (!/^[A-Za-z]/.test(run)) return fillShape(run, rng);
    const name = otherName(run, rng);
    return name !== undefined ? applyCase(name, caseOf(run)) : fillShape(run, rng);
  });
}

/**
 * The addresses generate makes unique, numbered: given name, `.` or `_`, family name, no number
 * or 1–99, and one of the three example domains (mixed radix, given name slowest). The name
 * lists hold only plain letters, so every address splits back into its parts.
 */
const SEPARATORS = ['.', '_'] as const;
const NUMBERS = 100;
const SPACE_SHAPE = /^([a-z]+)([._])([a-z]+?)([1-9]\d?)?@(example\.(?:com|org|net))$/;

interface EmailParts {
  given: readonly string[];
  family: readonly string[];
  givenAt: Map<string, number>;
  familyAt: Map<string, number>;
}
let parts: EmailParts | undefined;

function emailParts(): EmailParts {
  if (!parts) {
    const lists = wordLists();
    const given = lists.given.map((w) => w.toLowerCase());
    const family = lists.family.map((w) => w.toLowerCase());
    parts = {
      given,
      family,
      givenAt: new Map(given.map((w, i) => [w, i])),
      familyAt: new Map(family.map((w, i) => [w, i])),
    };
  }
  return parts;
}

const emailSpace: IdentifierSpace = {
  get tiers() {
    const p = emailParts();
    return [p.given.length * SEPARATORS.length * p.family.length * NUMBERS * EXAMPLE.length];
  },
  perPerson: true,
  encode(n) {
    const p = emailParts();
    let k = n;
    const domain = EXAMPLE[k % EXAMPLE.length]!;
    k = Math.floor(k / EXAMPLE.length);
    const number = k % NUMBERS;
    k = Math.floor(k / NUMBERS);
    const family = p.family[k % p.family.length]!;
    k = Math.floor(k / p.family.length);
    const sep = SEPARATORS[k % SEPARATORS.length]!;
    const given = p.given[Math.floor(k / SEPARATORS.length)]!;
    return `${given}${sep}${family}${number === 0 ? '' : number}@${domain}`;
  },
  decode(value) {
    const m = SPACE_SHAPE.exec(value);
    if (!m) return undefined;
    const p = emailParts();
    const g = p.givenAt.get(m[1]!);
    const f = p.familyAt.get(m[3]!);
    if (g === undefined || f === undefined) return undefined;
    const sep = SEPARATORS.indexOf(m[2] as (typeof SEPARATORS)[number]);
    const number = m[4] ? Number(m[4]) : 0;
    const domain = EXAMPLE.indexOf(m[5] as (typeof EXAMPLE)[number]);
    return (
      (((g * SEPARATORS.length + sep) * p.family.length + f) * NUMBERS + number) * EXAMPLE.length + domain
    );
  },
};

export const email: IdentifierKind = {
  id: 'email',
  category: 6,
  label: 'E-mail address',
  headerHints: [
    'email',
    'emailaddr',
    'emailaddress',
    'mail',
    'emailid',
    'ptemail',
    'patientemail',
    'contactemail',
    'homeemail',
    'workemail',
    'eaddress',
  ],
  provable: true,
  space: emailSpace,
  make(rng) {
    const { given, family } = wordLists();
    const sep = rng.pick(['.', '_', '']);
    const local = `${rng.pick(given)}${sep}${rng.pick(family)}`.toLowerCase();
    const tail = rng.chance(0.3) ? String(rng.int(1, 99)) : '';
    return `${local}${tail}@${rng.pick(EXAMPLE)}`;
  },
  surrogate(original, rng) {
    const v = original.trim();
    const at = v.lastIndexOf('@');
    if (at <= 0) return this.make(rng, { style: 'obvious' });
    const domain = domainFor(v.slice(at + 1), rng);
    const domainCase = v.slice(at + 1) === v.slice(at + 1).toUpperCase() ? domain.toUpperCase() : domain;
    return `${localPart(v.slice(0, at), rng)}@${domainCase}`;
  },
  isFake(value, opts) {
    const site = siteVerdict(value, opts);
    if (site) return site;
    const v = value.trim();
    if (!v.includes('@')) return real('value is not an e-mail address');
    if (isReservedEmailDomain(v)) return fake('e-mail domain is reserved for documentation (RFC 2606/6761)');
    return real('email domain is not reserved');
  },
  detect(value) {
    const v = value.trim();
    if (v.length > 254) return 0;
    if (v.startsWith('mailto:')) return EMAIL.test(v.slice(7)) ? 0.9 : 0;
    return EMAIL.test(v) ? 0.95 : 0;
  },
};
