/**
 * Field classification for scrub and check. `classifyFields(samples, profile)` uses the real
 * catalogue; `Sampler` collects bounded FieldSamples from DocRecords.
 */
import { matchHeader } from '../catalogue/header-hints.js';
import { KINDS, kindById } from '../catalogue/index.js';
import type { CataloguePort, HeaderMatch } from './catalogue-port.js';
import { type ClassifyProfile, classifyFields as classifyWith } from './classify.js';
import type { FieldClass, FieldSample } from './types.js';

export type { CataloguePort, HeaderMatch } from './catalogue-port.js';
export { type ClassifyProfile, classifyField } from './classify.js';
export { Sampler } from './sampler.js';
export type { DetectedBy, FieldClass, FieldSample } from './types.js';

/** Header matches already computed: thousands of files repeat the same few column names. */
const headerMatches = new Map<string, readonly HeaderMatch[]>();

function matchHeaderOnce(name: string): readonly HeaderMatch[] {
  let hit = headerMatches.get(name);
  if (!hit) {
    hit = Object.freeze(matchHeader(name).map((m) => Object.freeze(m)));
    if (headerMatches.size >= 10_000) headerMatches.clear();
    headerMatches.set(name, hit);
  }
  return hit;
}

/** The real catalogue as the classifier sees it. */
export const CATALOGUE: CataloguePort = { kinds: KINDS, kindById, matchHeader: matchHeaderOnce };

export function classifyFields(
  samples: readonly FieldSample[],
  profile: ClassifyProfile,
  catalogue: CataloguePort = CATALOGUE,
): FieldClass[] {
  return classifyWith(samples, profile, catalogue);
}
