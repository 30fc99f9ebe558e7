/**
 * The classification of every field of one source, from the sampled records, plus the profile's
 * say (ignored fields, kinds not checked). Fields first seen after the sample window are
 * classified on the spot from their name and that one value.
 */
import type { IdentifierKind } from '../catalogue/types.js';
import type { FieldClass, FieldSample } from '../detect/types.js';
import type { Leaf } from '../io/types.js';
import type { CheckPolicy, CheckServices } from './services.js';
import { isSurrogateKeyField, KEY_KINDS, SURROGATE_WHY } from './surrogate-keys.js';

export interface PlannedField {
  readonly cls: FieldClass;
  /** The kind to test every value against, when the field is an identifier field being checked. */
  readonly kind: IdentifierKind | undefined;
  /** Mixed fields (FHIR telecom values): candidates, the best-detected one is used per value. */
  readonly perValue: readonly IdentifierKind[] | undefined;
  /** Scan as free text. */
  readonly freeText: boolean;
  /** Unclassified field: test values that look strongly like an identifier. */
  readonly sweep: boolean;
  readonly skipped: boolean;
  /** Header-only key-like field holding the data set's own row keys: values are unprovable, not findings. */
  readonly surrogate: boolean;
}

export class FieldPlan {
  private readonly fields = new Map<string, PlannedField>();

  constructor(
    private readonly services: CheckServices,
    private readonly policy: CheckPolicy,
    classes: readonly FieldClass[],
    samples: readonly FieldSample[],
    /** Columns referencing a key of the data set → the key (`patients.id`). */
    private readonly keyColumns?: ReadonlyMap<string, string>,
  ) {
    const byPath = new Map(samples.map((s) => [s.path, s]));
    for (const cls of classes) {
      const s = byPath.get(cls.path);
      this.fields.set(cls.path, this.plan(cls, s?.key ?? cls.path, s?.values));
    }
  }

  get(leaf: Leaf): PlannedField {
    const hit = this.fields.get(leaf.path);
    if (hit) return hit;
    const sample: FieldSample = { path: leaf.path, key: leaf.key, values: [leaf.value] };
    const cls = this.services.classify([sample])[0] ?? unclassified(leaf.path);
    const planned = this.plan(cls, leaf.key, sample.values);
    this.fields.set(leaf.path, planned);
    return planned;
  }

  all(): [string, PlannedField][] {
    return [...this.fields.entries()];
  }

  private plan(cls: FieldClass, key: string, values: readonly string[] | undefined): PlannedField {
    const ignored = this.policy.ignoreFields.some((f) => f === cls.path || f === key);
    const kind = cls.kind ? this.services.kindById(cls.kind) : undefined;
    const wanted = kind !== undefined && isChecked(this.policy, kind.id);
    const perValue = cls.perValueKinds
      ?.map((id) => this.services.kindById(id))
      .filter((k): k is IdentifierKind => k !== undefined && isChecked(this.policy, k.id));
    const references = this.keyColumns?.get(cls.path);
    const dataSetKey = references !== undefined && cls.kind !== null && KEY_KINDS.has(cls.kind);
    const surrogate = dataSetKey || isSurrogateKeyField(cls, values);
    const why = dataSetKey ? `references ${references}, a row key of this data set` : SURROGATE_WHY;
    return {
      cls: surrogate ? { ...cls, explanation: `${cls.explanation}; ${why}` } : cls,
      surrogate,
      kind: ignored || !wanted ? undefined : kind,
      perValue: ignored || !perValue || perValue.length === 0 ? undefined : perValue,
      freeText: !ignored && cls.freeText,
      // A FHIR rule that says "no identifier" (codes, systems, ids) is trusted: no sweep.
      sweep: !ignored && cls.kind === null && !cls.freeText && cls.detectedBy !== 'fhir-rule',
      skipped: ignored || (kind !== undefined && !wanted),
    };
  }
}

export function isChecked(policy: CheckPolicy, kind: string): boolean {
  return policy.kinds === 'all' || policy.kinds.includes(kind);
}

function unclassified(path: string): FieldClass {
  return {
    path,
    kind: null,
    category: null,
    freeText: false,
    detectedBy: null,
    confidence: 0,
    explanation: 'not classified',
  };
}
