/** Passport numbers: no reserved range; TEST + digits, 9 characters like a US passport number. */
import { markerKind } from '../marker.js';

export const passport = markerKind({
  id: 'passport',
  category: 11,
  label: 'Passport number',
  headerHints: ['passport', 'passportno', 'passportnumber', 'passportnum', 'passportid', 'ppn', 'ppno'],
  marker: 'TEST',
  tail: '#####',
  patterns: [
    [/^[A-Z]\d{8}$/, 0.45],
    [/^X\d{8}X$/, 0.5],
    [/^\d{9}$/, 0.2],
  ],
});
