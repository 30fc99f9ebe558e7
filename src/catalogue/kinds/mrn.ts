/** Medical record numbers: no national range exists, so the proof is the TEST marker (or a site prefix). */
import { markerKind } from '../marker.js';

export const mrn = markerKind({
  id: 'mrn',
  category: 8,
  label: 'Medical record number',
  headerHints: [
    'mrn',
    'medrecno',
    'medrecnum',
    'medicalrecordnumber',
    'medicalrecordno',
    'medicalrecord',
    'chartno',
    'chartnumber',
    'chartid',
    'ptmrn',
    'patmrn',
    'patientid',
    'ptid',
    'patid',
    'empi',
    'mpi',
    'localpatientid',
    'hospitalnumber',
    'unitnumber',
  ],
  marker: 'TEST',
  writtenForm: 'record-number',
  tail: '########',
  perPerson: true,
  patterns: [
    [/^[A-Z]{0,3}\d{6,10}$/, 0.4],
    [/^\d{3,4}-\d{3,4}-?\d{0,4}$/, 0.3],
  ],
});
