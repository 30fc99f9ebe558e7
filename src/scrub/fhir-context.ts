/**
 * Record contexts inside a FHIR Bundle. A Bundle is one JSON record, but it may hold many
 * patients: matching every note against every identifier of the Bundle made large Bundles
 * quadratic (a 27 MB Bundle of 300 patients took 160 s against 7 s as 300 files) and looked for
 * one patient's values in another's notes. Here a text leaf's context is the identifiers of its
 * own entry, of the Patient entry that entry points at (subject / patient / beneficiary
 * reference, or the only Patient in the Bundle), and of the Bundle itself — or, in a Bundle of at
 * most FAMILY_SIZE patients, of all of them.
 */

import type { RecordContext } from '../detect/text/types.js';
import type { FhirLeaf, FhirRecordView } from '../fhir/record-view.js';
import { elementOf } from './nested-context.js';

type Known = RecordContext['known'][number];

/** The resource of a Bundle entry: `entry[3].resource` (grouped as `entry[3]`, see elementOf). */
const ENTRY_RESOURCE = /^entry\[\d+\]\.resource$/;
const PATIENT_LINKS = ['subject', 'patient', 'beneficiary'];
const FAMILY_SIZE = 10;

/** `Patient/123`, `https://host/fhir/Patient/123/_history/2` → `Patient/123`; else the value. */
function refKey(ref: string): string {
  const m = /(?:^|\/)(Patient\/[^/]+)(?:\/_history\/[^/]+)?$/.exec(ref);
  return m ? m[1]! : ref;
}

/**
 * For a Bundle view, a function from a leaf to the context of its entry; undefined for records
 * that are a single resource (their whole-record context is already the right one).
 */
export function bundleContexts(
  view: FhirRecordView,
  knownOf: (leafIndex: number) => Known | undefined,
): ((leaf: FhirLeaf) => RecordContext) | undefined {
  if (!view.roots.some((r) => ENTRY_RESOURCE.test(r.at))) return undefined;
  // `entry[3].resource.note[0].text`, `entry[3].fullUrl` → `entry[3]`; Bundle members → ''
  const entryOf = elementOf;
  const known = new Map<string, Known[]>();
  const valueAt = new Map<string, string>();
  view.leaves.forEach((leaf, i) => {
    valueAt.set(leaf.at, leaf.value);
    const k = knownOf(i);
    if (!k) return;
    const entry = entryOf(leaf.at);
    const list = known.get(entry) ?? [];
    list.push(k);
    known.set(entry, list);
  });
  // Patient entries by the ways other entries refer to them.
  const patients = new Map<string, string>();
  const patientEntries: string[] = [];
  for (const root of view.roots) {
    if (root.type !== 'Patient' || root.contained || !ENTRY_RESOURCE.test(root.at)) continue;
    const entry = entryOf(root.at);
    patientEntries.push(entry);
    const id = valueAt.get(`${entry}.resource.id`);
    if (id) patients.set(`Patient/${id}`, entry);
    const fullUrl = valueAt.get(`${entry}.fullUrl`);
    if (fullUrl) patients.set(refKey(fullUrl), entry);
  }
  const only = patientEntries.length === 1 ? patientEntries[0] : undefined;
  // A family-sized Bundle (a mother and her newborn): every patient's values in every note, since
  // one may be named in the other's record. Past that, each note looks at its own patient only.
  const shared =
    patientEntries.length <= FAMILY_SIZE ? patientEntries.flatMap((e) => known.get(e) ?? []) : [];
  const bundleLevel = [...(known.get('') ?? []), ...shared];
  const cache = new Map<string, RecordContext>();
  const isPatient = new Set(patientEntries);
  const patientOf = (entry: string): string | undefined => {
    for (const link of PATIENT_LINKS) {
      const ref = valueAt.get(`${entry}.resource.${link}.reference`);
      const hit = ref !== undefined ? patients.get(refKey(ref)) : undefined;
      if (hit) return hit;
    }
    return only;
  };
  return (leaf) => {
    const entry = entryOf(leaf.at);
    let ctx = cache.get(entry);
    if (!ctx) {
      const list = [...bundleLevel];
      // patients' own values are in `shared` already when the Bundle is family-sized
      if (entry !== '' && !(shared.length > 0 && isPatient.has(entry)))
        list.push(...(known.get(entry) ?? []));
      const patient = shared.length > 0 ? undefined : patientOf(entry);
      if (patient !== undefined && patient !== entry) list.push(...(known.get(patient) ?? []));
      ctx = { known: list };
      cache.set(entry, ctx);
    }
    return ctx;
  };
}
