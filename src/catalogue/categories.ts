/** The 18 Safe Harbor identifier categories, 45 CFR 164.514(b)(2)(i)(A)–(R). */
import type { Category } from './types.js';

export interface CategoryInfo {
  readonly id: Category;
  /** The paragraph letter in 164.514(b)(2)(i). */
  readonly letter: string;
  readonly name: string;
  /** A few words for one-line summaries: "names", "SSNs", "dates". */
  readonly short: string;
}

const NAMES = [
  'Names',
  'Geographic subdivisions smaller than a state',
  'Dates (except year) directly related to an individual, and ages over 89',
  'Telephone numbers',
  'Fax numbers',
  'Electronic mail addresses',
  'Social security numbers',
  'Medical record numbers',
  'Health plan beneficiary numbers',
  'Account numbers',
  'Certificate/license numbers',
  'Vehicle identifiers and serial numbers, including license plate numbers',
  'Device identifiers and serial numbers',
  'Web Universal Resource Locators (URLs)',
  'Internet Protocol (IP) address numbers',
  'Biometric identifiers, including finger and voice prints',
  'Full face photographic images and any comparable images',
  'Any other unique identifying number, characteristic, or code',
] as const;

const SHORT = [
  'names',
  'places',
  'dates and ages',
  'phones',
  'faxes',
  'emails',
  'SSNs',
  'MRNs',
  'health plan ids',
  'account numbers',
  'license numbers',
  'vehicle ids',
  'device ids',
  'URLs',
  'IP addresses',
  'biometrics',
  'photos',
  'other ids',
] as const;

export const CATEGORIES: Readonly<Record<Category, CategoryInfo>> = Object.freeze(
  Object.fromEntries(
    NAMES.map((name, i) => {
      const id = (i + 1) as Category;
      return [id, Object.freeze({ id, letter: String.fromCharCode(65 + i), name, short: SHORT[i]! })];
    }),
  ) as Record<Category, CategoryInfo>,
);
