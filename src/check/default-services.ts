/** The real wiring of the check engine: the catalogue registry and the shared field classifier. */
import { matchHeader } from '../catalogue/header-hints.js';
import { KINDS, kindById } from '../catalogue/index.js';
import type { CataloguePort } from '../detect/catalogue-port.js';
import { classifyFields } from '../detect/classify.js';
import type { Profile } from '../schema/profile.js';
import type { CheckPolicy, CheckServices } from './services.js';

export const CATALOGUE: CataloguePort = { kinds: KINDS, kindById, matchHeader };

export function defaultCheckServices(profile: Pick<Profile, 'fields'>): CheckServices {
  return {
    kinds: KINDS,
    kindById,
    classify: (samples) => classifyFields(samples, profile, CATALOGUE),
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
