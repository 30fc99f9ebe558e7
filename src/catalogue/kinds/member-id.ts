/**
 * Health-plan member / subscriber ids (not Medicare MBIs, which have their own kind). No national
 * format exists; fake ones carry ZZTEST. CMS's NGD test HICNs MBP000201A–MBP000210A also count.
 */
import { markerKind } from '../marker.js';

const NGD_TEST_HICN = /^MBP0002(?:0[1-9]|10)A$/;

export const memberId = markerKind({
  id: 'member-id',
  category: 9,
  label: 'Health plan member id',
  headerHints: [
    'mbrid',
    'mbrno',
    'mbrnbr',
    'mbrnum',
    'mbrnumber',
    'membernbr',
    'subscribernbr',
    'memberid',
    'membernumber',
    'memberno',
    'subscriberid',
    'subscriberno',
    'subscribernumber',
    'subid',
    'policyno',
    'policynumber',
    'policyid',
    'insuranceid',
    'insid',
    'planid',
    'beneficiaryid',
    'beneid',
    'hicn',
    'hic',
    'medicaidid',
    'medicaidno',
    'medicaidnumber',
    'medicareid',
    'groupmemberid',
    'cardholderid',
    'subscrnbr',
    'subscrno',
    'subscrid',
    'subscrnum',
    'subscrnumber',
  ],
  marker: 'ZZTEST',
  writtenForm: 'record-number',
  tail: '########',
  perPerson: true,
  patterns: [
    [/^[A-Z]{3}\d{6,12}$/, 0.45],
    [/^[A-Z]\d{8}[A-Z]?$/, 0.4],
    [/^\d{9}[A-Z]{1,2}\d?$/, 0.45],
  ],
  extraFake: (v) =>
    NGD_TEST_HICN.test(v) ? 'value is a CMS NGD test HICN (MBP000201A–MBP000210A)' : undefined,
});
