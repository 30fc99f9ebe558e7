/** Professional (medical, nursing, pharmacy) licence numbers: TEST marker. */
import { markerKind } from '../marker.js';

export const medicalLicense = markerKind({
  id: 'medical-license',
  category: 11,
  label: 'Medical license number',
  headerHints: [
    'medicallicense',
    'medicallicence',
    'medlicense',
    'medlic',
    'stlicense',
    'statelicense',
    'statelicensenumber',
    'licenseid',
    'providerlicense',
    'nursinglicense',
    'rnlicense',
    'pharmacylicense',
    'certificatenumber',
    'certificateno',
    'certno',
    'licno',
    'licnum',
    'licnbr',
    'licnumber',
    'providerlicenseno',
  ],
  marker: 'TEST',
  tail: '#####',
  patterns: [
    [/^[A-Z]{1,3}\d{4,8}$/, 0.35],
    [/^[A-Z]{2}-\d{4,8}$/, 0.35],
  ],
});
