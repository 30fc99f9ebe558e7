/** Any other unique identifying code (study ids, external ids…): TEST marker. */
import { markerKind } from '../marker.js';

export const uniqueId = markerKind({
  id: 'unique-id',
  category: 18,
  label: 'Other unique identifier',
  headerHints: [
    'uniqueid',
    'externalid',
    'extid',
    'studyid',
    'subjectid',
    'participantid',
    'guid',
    'uuid',
    'altid',
    'otherid',
    // `identifiers: [{type: "MRN", value: "…"}]` outside FHIR: read with the parent (`identifiers_value`)
    'identifier',
    'identifiers',
    'identifierlist',
    'externalids',
    'otherids',
  ],
  marker: 'TEST',
  tail: '-XXXXXXXX',
  patterns: [
    [/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 0.5],
    [/^[A-Z]{2,5}-\d{3,8}$/, 0.3],
  ],
});
