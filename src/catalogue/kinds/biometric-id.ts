/** References to biometric templates (finger, voice, iris prints): TEST marker; never generate a real template. */
import { markerKind } from '../marker.js';

export const biometricId = markerKind({
  id: 'biometric-id',
  category: 16,
  label: 'Biometric identifier',
  headerHints: [
    'biometric',
    'biometricid',
    'fingerprint',
    'fingerprintid',
    'voiceprint',
    'voicesample',
    'voicerecording',
    'facescan',
    'facialimage',
    'voiceprintid',
    'irisscan',
    'retinascan',
    'palmprint',
    'faceid',
    'biometrictemplate',
  ],
  marker: 'TEST',
  tail: '-BIO-########',
  patterns: [[/^(?:[A-Za-z0-9+/]{40,}={0,2})$/, 0.3]],
});
