/**
 * FHIR element rules (src/data/fhir/scrub-rules.yaml, validated with zod): an ordered list of
 * element paths with an action, first match wins. Scrub, check and the field classifier all
 * read them from here, so there is one source of truth; a profile's `fhir.rules` go in front.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { PlaceboError } from '../core/errors.js';

export const FHIR_ACTIONS = [
  'keep',
  'kind',
  'free-text',
  'narrative',
  'attachment',
  'remove',
  'resource-id',
  'reference',
] as const;
export type FhirAction = (typeof FHIR_ACTIONS)[number];

const segment = /^(\*\*|\*|[A-Za-z][A-Za-z0-9_-]*(:[A-Za-z0-9._-]+)?)$/;

export const fhirRuleSchema = z
  .object({
    path: z
      .string()
      .min(1)
      .refine((p) => p.split('.').every((s) => segment.test(s)), {
        message: 'dot-separated element names, `*` or `**` (extension:url-name allowed)',
      })
      .describe('Element path: ResourceType.element.child, `*` one segment, `**` any number'),
    action: z.enum(FHIR_ACTIONS),
    kind: z.string().min(1).optional().describe('Catalogue kind id (required for action "kind")'),
    perValue: z.array(z.string().min(1)).optional().describe('Mixed element: kind chosen per value'),
    instant: z.boolean().optional().describe('FHIR instant: a year-only date becomes YYYY-01-01T00:00:00Z'),
  })
  .strict()
  .refine((r) => r.action !== 'kind' || r.kind !== undefined, {
    message: 'action "kind" needs a kind',
    path: ['kind'],
  });

export type FhirRuleSpec = z.infer<typeof fhirRuleSchema>;

export const fhirRulesFileSchema = z.object({ rules: z.array(fhirRuleSchema) }).strict();

export interface CompiledRule extends FhirRuleSpec {
  readonly segments: readonly string[];
}

const RULES_FILE = new URL('../../src/data/fhir/scrub-rules.yaml', import.meta.url);

let builtin: readonly FhirRuleSpec[] | undefined;

/** The shipped rules (read once). */
export function builtinFhirRules(): readonly FhirRuleSpec[] {
  if (builtin) return builtin;
  const result = fhirRulesFileSchema.safeParse(parse(readFileSync(RULES_FILE, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PlaceboError('E_INTERNAL', issue?.message ?? 'invalid FHIR rules', {
      file: 'src/data/fhir/scrub-rules.yaml',
      path: issue?.path.map(String).join('.') ?? '',
    });
  }
  builtin = result.data.rules;
  return builtin;
}

/** Does rule segment `r` match path segment `p`? (`extension` matches `extension:any-url`.) */
function segmentMatches(r: string, p: string): boolean {
  if (r === '*' || r === p) return true;
  const colon = p.indexOf(':');
  return colon > 0 && !r.includes(':') && p.slice(0, colon) === r;
}

/** Does the rule cover this path (the element itself or something inside it)? */
function covers(rule: readonly string[], ri: number, path: readonly string[], pi: number): boolean {
  if (ri === rule.length) return true;
  const r = rule[ri]!;
  if (r === '**') {
    for (let k = pi; k <= path.length; k++) if (covers(rule, ri + 1, path, k)) return true;
    return false;
  }
  if (pi === path.length) return false;
  return segmentMatches(r, path[pi]!) && covers(rule, ri + 1, path, pi + 1);
}

/** Path segments without array markers: `entry[].resource.name[].family` → entry, resource, name, family. */
export function pathSegments(path: string): string[] {
  return path.replace(/\[\d*\]/g, '').split('.');
}

/**
 * Rules that also hold in plain JSON: `**` then at least two elements (`**.name.family`), or one
 * FHIR-style camelCase element (`**.birthDate`) or `system` — not `**.line` or `**.date`, which
 * would misread ordinary columns.
 */
function generic(segs: readonly string[]): boolean {
  if (segs[0] !== '**' || segs.length < 2) return false;
  if (segs.length > 2) return true;
  const last = segs[1]!;
  return last === 'system' || /[a-z][A-Z]/.test(last);
}

/**
 * An ordered rule list with a per-path cache. Typed paths (`Patient.name[].family`, made by the
 * FHIR record view) meet every rule; untyped paths (plain JSON) only rules that start with `**`.
 */
export class FhirRuleSet {
  private readonly rules: CompiledRule[];
  private readonly cache = new Map<string, CompiledRule | null>();

  constructor(rules: readonly FhirRuleSpec[]) {
    this.rules = rules.map((r) => ({ ...r, segments: r.path.split('.') }));
  }

  match(path: string, typed: boolean): CompiledRule | null {
    const key = typed ? `T${path}` : `U${path}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const segs = pathSegments(path);
    let found: CompiledRule | null = null;
    for (const rule of this.rules) {
      if (!typed && !generic(rule.segments)) continue;
      if (covers(rule.segments, 0, segs, 0)) {
        found = rule;
        break;
      }
    }
    if (this.cache.size < 50_000) this.cache.set(key, found);
    return found;
  }
}

const sets = new WeakMap<readonly FhirRuleSpec[], FhirRuleSet>();
let builtinSet: FhirRuleSet | undefined;

/** The rule set for a profile's extra rules (in front of the built-in ones); cached per list. */
export function fhirRuleSet(extra?: readonly FhirRuleSpec[]): FhirRuleSet {
  if (!extra || extra.length === 0) {
    builtinSet ??= new FhirRuleSet(builtinFhirRules());
    return builtinSet;
  }
  let set = sets.get(extra);
  if (!set) {
    set = new FhirRuleSet([...extra, ...builtinFhirRules()]);
    sets.set(extra, set);
  }
  return set;
}

/** A FHIR typed path starts with a resource type name. */
export function isTypedPath(path: string): boolean {
  return /^[A-Z][A-Za-z]+\./.test(path);
}
