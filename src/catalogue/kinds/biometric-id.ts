/**
 * References to biometric templates (finger, voice, iris prints): TEST marker; never generate a real
 * template. Recognised by value too: template file formats and ids or paths that name a template.
 */
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
  patterns: [
    [/^(?:[A-Za-z0-9+/]{40,}={0,2})$/, 0.3],
    // Template files by their formats: WSQ fingerprint images, ISO/ANSI minutiae records, NIST minutiae.
    [/^[^\s<>"|?*]{0,200}\.(?:wsq|fmr|ansi378|iso19794|ist|xyt|min|bir)$/i, 0.85],
    // Ids and paths that name a biometric template (`fp_template_0042`, `/bio/voiceprints/77.wav`).
    [
      /^[^\s<>"|?*]{0,120}(?:finger|thumb|palm|voice|iris|retina|face|fp|vp)[_\-/. ]?(?:prints?|templates?|tmpl|scans?|minutiae|samples?|codes?)(?:[_\-/. ][^\s<>"|?*]{0,120})?$/i,
      0.85,
    ],
  ],
});
