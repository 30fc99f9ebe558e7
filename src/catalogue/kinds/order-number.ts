/** Order / accession / requisition numbers: TEST marker. */
import { markerKind } from '../marker.js';

export const orderNumber = markerKind({
  id: 'order-number',
  category: 18,
  label: 'Order number',
  headerHints: [
    'orderid',
    'orderno',
    'rxno',
    'rxnumber',
    'rxnum',
    'prescriptionno',
    'prescriptionnumber',
    'prescriptionid',
    'ordernumber',
    'ordernum',
    'accession',
    'accessionno',
    'accessionnumber',
    'requisitionno',
    'requisitionid',
    'specimenid',
    'placerorder',
    'fillerorder',
  ],
  marker: 'TEST',
  writtenForm: 'record-number',
  tail: '#######',
  patterns: [[/^[A-Z]{0,3}\d{7,12}$/, 0.3]],
});
