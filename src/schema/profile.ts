/**
 * Loading scrub/check profiles: a built-in name (`safe-harbor`, `limited-data-set`) or a YAML file
 * that extends one. Errors name the file, the path inside it and a hint — never a data value.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Category, SiteConventions, SiteWords } from '../catalogue/types.js';
import { PlaceboError } from '../core/errors.js';
import { PACKAGE_ROOT } from '../core/version.js';
import type { FhirRuleSpec } from '../fhir/scrub-rules.js';
import {
  type Action,
  type ProfileFile,
  profileSchema,
  type TextAction,
  type Zip3ListId,
} from './profile-schema.js';

export type { Action, TextAction, Zip3ListId } from './profile-schema.js';

export const BUILTIN_PROFILES = ['safe-harbor', 'limited-data-set'] as const;

/** A profile with its base merged in and every default filled. */
export interface Profile {
  name: string;
  /** `builtin:safe-harbor` or the file path as given. */
  source: string;
  /** Whether this profile's output is meant to meet Safe Harbor. */
  safeHarbor: boolean;
  /** Per category ("1".."18") and per kind id. */
  actions: Readonly<Record<string, Action>>;
  freeText: { action: TextAction; dates: 'year' | 'tag' };
  /** Column name or path → kind id | "keep" | "free-text". */
  fields: Readonly<Record<string, string>>;
  zip3List: Zip3ListId;
  ageTopCode: boolean;
  referenceDate: string | undefined;
  shiftDays: number | undefined;
  site: SiteConventions;
  /** The site's own words for free text (places, people, safe words). */
  siteWords: SiteWords;
  check: { kinds: 'all' | readonly string[]; ignoreFields: readonly string[] };
  /** The profile's own FHIR element rules (before the built-in ones); empty by default. */
  fhirRules?: readonly FhirRuleSpec[];
}

/** The action for a value of `kind` (category `category`): kind entry, else category entry, else keep. */
export function actionFor(profile: Profile, kind: string, category: Category): Action {
  return profile.actions[kind] ?? profile.actions[String(category)] ?? 'keep';
}

export function isBuiltin(name: string): name is (typeof BUILTIN_PROFILES)[number] {
  return (BUILTIN_PROFILES as readonly string[]).includes(name);
}

/** Load `safe-harbor` (default), `limited-data-set`, or a profile file (relative to cwd). */
export function loadProfile(nameOrFile: string | undefined, cwd: string = process.cwd()): Profile {
  const ref = nameOrFile ?? 'safe-harbor';
  if (isBuiltin(ref)) return builtin(ref);
  const file = resolve(cwd, ref);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PlaceboError(
      'E_PROFILE',
      'cannot read profile file',
      { file: ref },
      `use safe-harbor, limited-data-set or a readable YAML file`,
    );
  }
  return parseProfile(text, ref);
}

/** Parse and validate profile YAML; `source` names the file in errors and reports. */
export function parseProfile(text: string, source: string): Profile {
  const parsed = validate(text, source);
  const baseName = parsed.base ?? 'safe-harbor';
  if (!isBuiltin(baseName)) {
    throw new PlaceboError(
      'E_PROFILE',
      'unknown base profile',
      { file: source, path: 'base' },
      `base must be one of ${BUILTIN_PROFILES.join(', ')}`,
    );
  }
  return merge(builtin(baseName), parsed, source);
}

const cache = new Map<string, Profile>();

function builtin(name: (typeof BUILTIN_PROFILES)[number]): Profile {
  const hit = cache.get(name);
  if (hit) return hit;
  const url = new URL(`schemas/profiles/${name}.yaml`, PACKAGE_ROOT);
  const parsed = validate(readFileSync(url, 'utf8'), `builtin:${name}`);
  const baseName = parsed.base;
  const base = baseName && baseName !== name && isBuiltin(baseName) ? builtin(baseName) : EMPTY;
  const profile = merge(base, parsed, `builtin:${name}`);
  cache.set(name, profile);
  return profile;
}

const EMPTY: Profile = {
  name: 'empty',
  source: 'builtin:empty',
  safeHarbor: true,
  actions: {},
  freeText: { action: 'tag', dates: 'year' },
  fields: {},
  zip3List: 'union',
  ageTopCode: true,
  referenceDate: undefined,
  shiftDays: undefined,
  site: {},
  siteWords: {},
  check: { kinds: 'all', ignoreFields: [] },
};

function merge(base: Profile, p: ProfileFile, source: string): Profile {
  const actions = { ...base.actions, ...(p.actions ?? {}) };
  const shifts = Object.values(actions).includes('shift');
  return {
    name: p.name ?? (source.startsWith('builtin:') ? source.slice(8) : source),
    source,
    // Shifting dates is never Safe Harbor, whatever the file says.
    safeHarbor: shifts ? false : (p.safeHarbor ?? base.safeHarbor),
    actions,
    freeText: {
      action: p.freeText?.action ?? base.freeText.action,
      dates: p.freeText?.dates ?? base.freeText.dates,
    },
    fields: { ...base.fields, ...(p.fields ?? {}) },
    zip3List: p.zip3?.list ?? base.zip3List,
    ageTopCode: p.ages?.topCode ?? base.ageTopCode,
    referenceDate: p.dates?.referenceDate ?? base.referenceDate,
    shiftDays: p.dates?.shiftDays ?? base.shiftDays,
    site: {
      testPrefixes: [...(base.site.testPrefixes ?? []), ...(p.site?.testPrefixes ?? [])],
      allow: [...(base.site.allow ?? []), ...(p.site?.allow ?? [])],
    },
    siteWords: {
      places: [...(base.siteWords.places ?? []), ...(p.site?.places ?? [])],
      people: [...(base.siteWords.people ?? []), ...(p.site?.people ?? [])],
      safeWords: [...(base.siteWords.safeWords ?? []), ...(p.site?.safeWords ?? [])],
    },
    check: {
      kinds: p.check?.kinds ?? base.check.kinds,
      ignoreFields: [...base.check.ignoreFields, ...(p.check?.ignoreFields ?? [])],
    },
    fhirRules: [...(p.fhir?.rules ?? []), ...(base.fhirRules ?? [])],
  };
}

function validate(text: string, source: string): ProfileFile {
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    throw new PlaceboError(
      'E_PROFILE',
      `invalid YAML (${yamlError.code})`,
      line !== undefined ? { file: source, line } : { file: source },
      'check indentation and quoting',
    );
  }
  const result = profileSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.map(String).join('.') || '(top level)';
    throw new PlaceboError(
      'E_PROFILE',
      issue?.message ?? 'invalid profile',
      { file: source, path },
      hintFor(issue),
    );
  }
  return result.data;
}

function hintFor(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'see schemas/profiles/profile.schema.json';
  if (issue.code === 'unrecognized_keys')
    return `unknown key; allowed keys are in schemas/profiles/profile.schema.json`;
  if (issue.code === 'invalid_value') return 'see the allowed values in schemas/profiles/profile.schema.json';
  return 'see schemas/profiles/profile.schema.json and docs/scrub.md';
}
