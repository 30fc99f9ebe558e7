/**
 * FHIR references and resource ids. Pseudonymising an id must reach every place that names it
 * (`Patient.id`, `Patient/<id>`, `urn:uuid:<id>`, `http://…/Patient/<id>/_history/2`), so the
 * id part is cut out, replaced through one consistent map and put back.
 */
export interface ReferenceParts {
  /** Everything before the id: `Patient/`, `urn:uuid:`, `https://x.example/fhir/Patient/`. */
  head: string;
  id: string;
  /** Everything after the id: `/_history/2` or ''. */
  tail: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RELATIVE =
  /^((?:[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:[^/]+\/)*?)?[A-Z][A-Za-z]+\/)([A-Za-z0-9\-.]{1,64})((?:\/_history\/[A-Za-z0-9\-.]{1,64})?)$/;

export function parseReference(ref: string): ReferenceParts | null {
  if (ref.startsWith('urn:uuid:')) {
    const id = ref.slice('urn:uuid:'.length);
    return UUID.test(id) ? { head: 'urn:uuid:', id, tail: '' } : null;
  }
  if (ref.startsWith('#')) return null; // contained resource: local, not an identifier
  const m = RELATIVE.exec(ref);
  return m ? { head: m[1]!, id: m[2]!, tail: m[3] ?? '' } : null;
}

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** Rebuild a reference with a new id. */
export function withId(parts: ReferenceParts, id: string): string {
  return `${parts.head}${id}${parts.tail}`;
}
