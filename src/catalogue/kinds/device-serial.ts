/** Device and implant serial numbers: TEST marker, the GS1 style `(21)TEST…` serial without the AI. */
import { markerKind } from '../marker.js';

export const deviceSerial = markerKind({
  id: 'device-serial',
  category: 13,
  label: 'Device serial number',
  headerHints: [
    'serial',
    'serialno',
    'serialnumber',
    'serialnum',
    'sn',
    'deviceserial',
    'deviceserialnumber',
    'implantserial',

    'deviceid',
    'assettag',
  ],
  marker: 'TEST',
  tail: '-AA######',
  patterns: [[/^(?=[A-Z0-9-]{6,24}$)(?=.*[A-Z])(?=.*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 0.35]],
});
