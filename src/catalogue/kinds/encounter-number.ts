/** Encounter / visit / financial numbers (CSN, FIN, HAR): TEST marker. */
import { markerKind } from '../marker.js';

export const encounterNumber = markerKind({
  id: 'encounter-number',
  category: 18,
  label: 'Encounter number',
  headerHints: [
    'encounterid',
    'encounterno',
    'encounternumber',
    'encid',
    'encounter',
    'visitid',
    'visitno',
    'visitnumber',
    'csn',
    'patenccsnid',
    'fin',
    'finnbr',
    'finnumber',
    'admissionid',
    'admitid',
    'episodeid',
    'caseid',
    'caseno',
  ],
  marker: 'TEST',
  writtenForm: 'record-number',
  tail: '########',
  patterns: [[/^\d{8,12}$/, 0.35]],
});
