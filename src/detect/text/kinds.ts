/**
 * Kind id → Safe Harbor category for the kinds free-text detection emits. Kept here (in sync with
 * the catalogue ids in the brief) so the text detector has no load-order dependency on the
 * catalogue registry; a test checks it against the catalogue once that lands.
 */
import type { Category } from '../../catalogue/types.js';

export const TEXT_KIND_CATEGORY: Readonly<Record<string, Category>> = {
  'given-name': 1,
  'family-name': 1,
  'person-name': 1,
  'employer-name': 1,
  'street-address': 2,
  city: 2,
  county: 2,
  zip: 2,
  'geo-coordinates': 2,
  /**
   * Text-only kind (no catalogue column kind): a hospital, clinic, rehab or nursing-home name.
   * The PhysioNet deid gold standard scores these as locations; Safe Harbor category 2.
   */
  'facility-name': 2,
  date: 3,
  'birth-date': 3,
  age: 3,
  phone: 4,
  fax: 5,
  email: 6,
  ssn: 7,
  mrn: 8,
  'member-id': 9,
  mbi: 9,
  'account-number': 10,
  'card-number': 10,
  'drivers-license': 11,
  passport: 11,
  dea: 11,
  'medical-license': 11,
  vin: 12,
  'license-plate': 12,
  'device-udi': 13,
  'device-serial': 13,
  'mac-address': 13,
  url: 14,
  'ip-address': 15,
  'biometric-id': 16,
  photo: 17,
  'encounter-number': 18,
  'claim-number': 18,
  'order-number': 18,
  username: 18,
  'employee-id': 18,
  npi: 18,
  'unique-id': 18,
};

/** Kinds only free-text detection emits; the catalogue has no column kind for them. */
export const TEXT_ONLY_KINDS: ReadonlySet<string> = new Set(['facility-name']);

export function categoryOf(kind: string): Category {
  return TEXT_KIND_CATEGORY[kind] ?? 18;
}
