/** Licence plates: TEST marker within the usual 7-character plate length. */
import { markerKind } from '../marker.js';

export const licensePlate = markerKind({
  id: 'license-plate',
  category: 12,
  label: 'License plate',
  headerHints: [
    'plate',
    'plateno',
    'platenumber',
    'licenseplate',
    'licenceplate',
    'licplate',

    'tagnumber',
    'vehicleplate',
    'registrationplate',
  ],
  marker: 'TEST',
  tail: '###',
  patterns: [
    [/^[A-Z0-9]{2,4}[- ][A-Z0-9]{2,4}$/, 0.4],
    [/^(?=[A-Z0-9]{5,8}$)(?=.*[A-Z])(?=.*\d)[A-Z0-9]+$/, 0.3],
  ],
});
