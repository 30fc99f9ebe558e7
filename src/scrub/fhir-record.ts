/**
 * FHIR-aware scrubbing around the document scrubber: records holding resources are read through
 * the FHIR view (typed paths, narrative text, decoded text attachments), scrubbed like any record,
 * and finished here in record order before they are written: resource ids and references get
 * their run-wide pseudonyms, removed elements are cut out (members, not nulls; emptied parents
 * too), and every changed resource is labelled in meta.security (v3-ObservationValue REDACTED
 * when content was removed or replaced, PSEUDED when ids were pseudonymised).
 */
import { fhirIdToken, type Pseudonym } from '../fhir/id-token.js';
import { FhirRecordView, fhirRecords } from '../fhir/record-view.js';
import { parseReference, withId } from '../fhir/references.js';
import { fhirRuleSet } from '../fhir/scrub-rules.js';
import { SYSTEM } from '../fhir/systems.js';
import { jsonEditor } from '../io/json-edit.js';
import type { DocRecord, InputDocument, OutputDocument } from '../io/types.js';
import type { Profile } from '../schema/profile.js';

const LABELS = {
  REDACTED: 'redacted',
  PSEUDED: 'pseudonymized',
} as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Ids, references, removals and security labels of one scrubbed FHIR record. */
export function finishFhirRecord(view: FhirRecordView, pseudonym: Pseudonym): void {
  const removals: string[] = [];
  for (const leaf of view.leaves) {
    if (leaf.removed) {
      removals.push(leaf.at);
      continue;
    }
    const action = leaf.rule?.action;
    if (leaf.type !== 'string' || leaf.under.changed) continue;
    if (action === 'resource-id' && !leaf.root.contained && leaf.at === join(leaf.root.at, 'id')) {
      leaf.pseudonymise(fhirIdToken(pseudonym, leaf.value));
    } else if (action === 'reference') {
      const parts = parseReference(leaf.value);
      if (parts) leaf.pseudonymise(withId(parts, fhirIdToken(pseudonym, parts.id)));
      else if (leaf.value.includes('?')) {
        // A conditional reference (`Patient?identifier=…`) carries search values: drop it.
        leaf.remove();
        removals.push(leaf.at);
      }
    }
  }
  const editor = jsonEditor(view.under);
  if (!editor) return;
  if (removals.length > 0) editor.remove(removals);
  for (const root of view.roots) {
    const codes = [
      ...(root.redacted ? (['REDACTED'] as const) : []),
      ...(root.pseudonymised ? (['PSEUDED'] as const) : []),
    ];
    if (codes.length === 0) continue;
    const meta = root.meta;
    const present = new Set<string>();
    if (isObject(meta) && Array.isArray(meta.security)) {
      for (const s of meta.security)
        if (isObject(s) && s.system === SYSTEM.securityLabels) present.add(String(s.code));
    }
    const labels = codes
      .filter((c) => !present.has(c))
      .map((code) => JSON.stringify({ system: SYSTEM.securityLabels, code, display: LABELS[code] }));
    if (labels.length === 0) continue;
    const metaAt = join(root.at, 'meta');
    if (isObject(meta) && Array.isArray(meta.security) && editor.has(join(metaAt, 'security'))) {
      for (const l of labels) editor.appendItem(join(metaAt, 'security'), l);
    } else if (isObject(meta) && editor.has(metaAt)) {
      editor.insertMember(metaAt, 'security', `[${labels.join(',')}]`);
    } else {
      editor.insertMember(root.at, 'meta', `{"security":[${labels.join(',')}]}`);
    }
  }
}

function join(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

/**
 * The input and output of one scrubbed document, FHIR-aware: JSON/NDJSON records holding
 * resources are scrubbed through the FHIR view and finished on write. Other documents pass as
 * they are.
 */
export function fhirDocuments(
  input: InputDocument,
  output: OutputDocument,
  env: { profile: Pick<Profile, 'fhirRules'>; pseudonym: Pseudonym },
): { input: InputDocument; output: OutputDocument } {
  if (input.format !== 'json' && input.format !== 'ndjson') return { input, output };
  const rules = fhirRuleSet(env.profile.fhirRules);
  const viewed: InputDocument = {
    file: input.file,
    format: input.format,
    ...(input.header ? { header: input.header } : {}),
    records: () => fhirRecords(input.records(), rules),
  };
  const finished: OutputDocument = {
    write(record: DocRecord) {
      if (record instanceof FhirRecordView) {
        finishFhirRecord(record, env.pseudonym);
        return output.write(record.under);
      }
      return output.write(record);
    },
    commit: () => output.commit(),
    abort: () => output.abort(),
  };
  return { input: viewed, output: finished };
}
