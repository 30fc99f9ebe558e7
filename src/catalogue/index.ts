/**
 * The identifier catalogue registry: every kind placebo knows, in Safe Harbor category order.
 * Adding a kind = one file in kinds/ and one line here.
 */
import { PlaceboError } from '../core/errors.js';
import { accountNumber } from './kinds/account-number.js';
import { age } from './kinds/age.js';
import { biometricId } from './kinds/biometric-id.js';
import { cardNumber } from './kinds/card-number.js';
import { city } from './kinds/city.js';
import { claimNumber } from './kinds/claim-number.js';
import { county } from './kinds/county.js';
import { birthDate, date } from './kinds/date.js';
import { dea } from './kinds/dea.js';
import { deviceSerial } from './kinds/device-serial.js';
import { deviceUdi } from './kinds/device-udi.js';
import { driversLicense } from './kinds/drivers-license.js';
import { email } from './kinds/email.js';
import { employeeId } from './kinds/employee-id.js';
import { employerName } from './kinds/employer-name.js';
import { encounterNumber } from './kinds/encounter-number.js';
import { familyName } from './kinds/family-name.js';
import { geoCoordinates } from './kinds/geo-coordinates.js';
import { givenName } from './kinds/given-name.js';
import { ipAddress } from './kinds/ip-address.js';
import { licensePlate } from './kinds/license-plate.js';
import { macAddress } from './kinds/mac-address.js';
import { mbi } from './kinds/mbi.js';
import { medicalLicense } from './kinds/medical-license.js';
import { memberId } from './kinds/member-id.js';
import { mrn } from './kinds/mrn.js';
import { npi } from './kinds/npi.js';
import { orderNumber } from './kinds/order-number.js';
import { passport } from './kinds/passport.js';
import { personName } from './kinds/person-name.js';
import { fax, phone } from './kinds/phone.js';
import { photo } from './kinds/photo.js';
import { ssn } from './kinds/ssn.js';
import { streetAddress } from './kinds/street-address.js';
import { uniqueId } from './kinds/unique-id.js';
import { url } from './kinds/url.js';
import { username } from './kinds/username.js';
import { vin } from './kinds/vin.js';
import { zip } from './kinds/zip.js';
import type { IdentifierKind } from './types.js';

export const KINDS: readonly IdentifierKind[] = Object.freeze([
  givenName,
  familyName,
  personName,
  employerName,
  streetAddress,
  city,
  county,
  zip,
  geoCoordinates,
  date,
  birthDate,
  age,
  phone,
  fax,
  email,
  ssn,
  mrn,
  memberId,
  mbi,
  accountNumber,
  cardNumber,
  driversLicense,
  passport,
  dea,
  medicalLicense,
  vin,
  licensePlate,
  deviceUdi,
  deviceSerial,
  macAddress,
  url,
  ipAddress,
  biometricId,
  photo,
  encounterNumber,
  claimNumber,
  orderNumber,
  username,
  employeeId,
  npi,
  uniqueId,
]);

const BY_ID = new Map(KINDS.map((k) => [k.id, k]));

export function kindById(id: string): IdentifierKind | undefined {
  return BY_ID.get(id);
}

export function getKind(id: string): IdentifierKind {
  const kind = BY_ID.get(id);
  if (!kind) throw new PlaceboError('E_INTERNAL', `unknown identifier kind "${id}"`);
  return kind;
}

export type {
  Category,
  FakeOptions,
  IdentifierKind,
  MakeOptions,
  SiteConventions,
  Style,
  Verdict,
} from './types.js';
