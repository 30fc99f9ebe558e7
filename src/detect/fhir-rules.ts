/**
 * FHIR element rules as the field classifier sees them. The rules themselves are data
 * (src/data/fhir/scrub-rules.yaml, plus a profile's `fhir.rules` in front); this maps a rule's
 * action to a classification. Typed paths (`Patient.name[].family`, from the FHIR record view)
 * meet every rule; plain JSON paths only the generic `**.` ones, matched on the end of the path.
 */
import { type FhirRuleSpec, fhirRuleSet, isTypedPath } from '../fhir/scrub-rules.js';

export interface FhirRule {
  /** The rule's element path (as written in the rules file). */
  suffix: string;
  kind: string | null;
  freeText?: boolean;
  /** The element mixes kinds (phones and emails): choose per value among these. */
  perValue?: readonly string[];
}

const FREE_TEXT = new Set(['free-text', 'narrative', 'attachment']);

export function fhirRule(path: string, extra?: readonly FhirRuleSpec[]): FhirRule | null {
  const rule = fhirRuleSet(extra).match(path, isTypedPath(path));
  if (!rule) return null;
  if (FREE_TEXT.has(rule.action)) return { suffix: rule.path, kind: null, freeText: true };
  const kind = rule.action === 'kind' || rule.action === 'remove' ? (rule.kind ?? null) : null;
  return {
    suffix: rule.path,
    kind,
    ...(kind && rule.perValue ? { perValue: rule.perValue } : {}),
  };
}
