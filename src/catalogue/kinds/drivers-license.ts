/** Driver's licence numbers: no reserved range, so TEST + digits in a typical 9-character length. */
import { markerKind } from '../marker.js';

export const driversLicense = markerKind({
  id: 'drivers-license',
  category: 11,
  label: "Driver's license number",
  headerHints: [
    'dl',
    'drivers',
    'dlnum',
    'dlno',
    'dlnumber',
    'driverslicense',
    'driverslicence',
    'driverlicense',
    'driverslicensenumber',
    'driverslicenseno',
    'licenseno',
    'licensenumber',
    'stateid',
    'stateidnumber',
  ],
  marker: 'TEST',
  tail: '########',
  perPerson: true,
  patterns: [
    [/^[A-Z]\d{7,12}$/, 0.4],
    [/^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$/, 0.6],
    [/^S\d{8}$/, 0.45],
  ],
});
