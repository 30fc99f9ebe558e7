/**
 * Field classification for scrub and check. `classifyFields(samples, profile)` uses the real
 * catalogue; `Sampler` collects bounded FieldSamples from DocRecords.
 */
import { matchHeader } from '../catalogue/header-hints.js';
import { KINDS, kindById } from '../catalogue/index.js';
import type { CataloguePort } from './catalogue-port.js';
import { type ClassifyProfile, classifyFields as classifyWith } from './classify.js';
import type { FieldClass, FieldSample } from './types.js';

export type { CataloguePort, HeaderMatch } from './catalogue-port.js';
export { type ClassifyProfile, classifyField } from './classify.js';
export { Sampler } from './sampler.js';
export type { DetectedBy, FieldClass, FieldSample } from './types.js';

/** The real catalogue as the classifier sees it. */
export const CATALOGUE: CataloguePort = { kinds: KINDS, kindById, matchHeader };

export function classifyFields(
  samples: readonly FieldSample[],
  profile: ClassifyProfile,
  catalogue: CataloguePort = CATALOGUE,
): FieldClass[] {
  return classifyWith(samples, profile, catalogue);
}
