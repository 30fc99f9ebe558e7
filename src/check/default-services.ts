/** The real wiring of the check engine: the catalogue registry, the shared classifier, findSpans. */
import { KINDS, kindById } from '../catalogue/index.js';
import { classifyFields } from '../detect/index.js';
import { findSpans } from '../detect/text/index.js';
import type { Profile } from '../schema/profile.js';
import type { CheckPolicy, CheckServices } from './services.js';

export function defaultCheckServices(profile: Pick<Profile, 'fields' | 'check'>): CheckServices {
  const kinds = profile.check.kinds === 'all' ? undefined : new Set(profile.check.kinds);
  return {
    kinds: KINDS,
    kindById,
    classify: (samples) => classifyFields(samples, profile),
    findSpans: kinds ? (text, ctx) => findSpans(text, ctx, { kinds }) : (text, ctx) => findSpans(text, ctx),
  };
}

export function policyFrom(profile: Profile): CheckPolicy {
  return {
    name: profile.name,
    kinds: profile.check.kinds,
    ignoreFields: profile.check.ignoreFields,
    site: profile.site,
  };
}
