/**
 * Claim numbers: TEST marker, or a negative id — the CMS Blue Button / BFD sample-data convention,
 * which real claim systems never issue.
 */
import { markerKind } from '../marker.js';

export const claimNumber = markerKind({
  id: 'claim-number',
  category: 18,
  label: 'Claim number',
  headerHints: ['claimid', 'claimno', 'claimnumber', 'claim', 'clmid', 'clmno', 'icn', 'tcn', 'dcn'],
  marker: 'TEST',
  writtenForm: 'record-number',
  tail: '##########',
  patterns: [[/^\d{10,20}$/, 0.35]],
  extraFake: (v) =>
    /^-\d{1,20}$/.test(v) ? 'negative claim ids are never issued (CMS sample-data convention)' : undefined,
});
