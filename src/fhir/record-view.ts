/**
 * A FHIR view of a JSON record (one resource, or a Bundle): every leaf gets a typed path
 * (`Patient.name[].family`, `Patient.extension:patient-birthPlace[].valueAddress.city`) so the
 * element rules and the field report speak FHIR; narratives show their text, text attachments
 * their decoded content. Replacing a view leaf writes back in FHIR form: narrative text into the
 * XHTML, attachment text as base64, an instant with a time, and a removal as a removed element
 * (never JSON null). scrub and check both read FHIR through this view.
 */
import type { DocRecord, Leaf, LeafType } from '../io/types.js';
import { decodeTextAttachment, encodeTextAttachment, isTextContentType } from './attachment.js';
import { rewriteNarrative } from './narrative.js';
import { distributeText } from './narrative-align.js';
import type { CompiledRule, FhirRuleSet } from './scrub-rules.js';

/** A resource inside the record: the record itself, a Bundle entry's resource, a contained one. */
export interface ResourceRoot {
  /** Concrete path of the resource object ('' for the record's root). */
  at: string;
  type: string;
  meta: unknown;
  contained: boolean;
  /** Something in it was replaced or removed. */
  redacted: boolean;
  /** Its id or a reference in it was pseudonymised. */
  pseudonymised: boolean;
}

const TYPE = /^[A-Z][A-Za-z]+$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `https://hl7.org/fhir/StructureDefinition/patient-birthPlace` → `patient-birthPlace`. */
function urlName(url: string): string {
  const last =
    url
      .replace(/[#?].*$/, '')
      .split('/')
      .pop() ?? '';
  return last.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64);
}

interface Place {
  typed: string;
  root: ResourceRoot;
  parent: Record<string, unknown> | unknown[];
}

export class FhirLeaf implements Leaf {
  /** The element is to be removed (set by replace(null) or by the rules). */
  removed = false;
  changed = false;
  private nodes: string[] | undefined;

  constructor(
    readonly under: Leaf,
    readonly path: string,
    readonly rule: CompiledRule | null,
    readonly root: ResourceRoot,
    readonly value: string,
    private readonly mode: 'plain' | 'narrative' | 'attachment',
    nodes?: string[],
  ) {
    this.nodes = nodes;
  }

  get at(): string {
    return this.under.at;
  }
  get key(): string {
    return this.under.key;
  }
  get type(): LeafType {
    return this.under.type;
  }

  /** Remove the element (FHIR has no null). */
  remove(): void {
    this.removed = true;
    this.changed = true;
    this.root.redacted = true;
  }

  /** Write an id or reference token (not a redaction). */
  pseudonymise(value: string): void {
    this.under.replace(value);
    this.changed = true;
    this.root.pseudonymised = true;
  }

  replace(value: string | null): void {
    if (value === null || (this.under.type !== 'string' && value !== this.value)) {
      this.remove();
      return;
    }
    this.changed = true;
    this.root.redacted = true;
    if (this.mode === 'narrative') {
      const parts = distributeText(this.nodes ?? [], value);
      let i = 0;
      this.under.replace(rewriteNarrative(this.under.value, () => parts[i++] ?? '').div);
    } else if (this.mode === 'attachment') {
      this.under.replace(encodeTextAttachment(value));
    } else if (this.rule?.instant) {
      this.under.replace(asInstant(value));
    } else {
      this.under.replace(value);
    }
  }
}

/** A generalised date in an `instant` element: the earliest instant of the year / month / day. */
export function asInstant(v: string): string {
  if (/^\d{4}$/.test(v)) return `${v}-01-01T00:00:00Z`;
  if (/^\d{4}-\d\d$/.test(v)) return `${v}-01T00:00:00Z`;
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return `${v}T00:00:00Z`;
  return v;
}

export class FhirRecordView implements DocRecord {
  readonly leaves: FhirLeaf[] = [];
  readonly roots: ResourceRoot[] = [];

  constructor(
    readonly under: DocRecord,
    rules: FhirRuleSet,
  ) {
    const places = new Map<string, Place>();
    const walk = (
      node: unknown,
      at: string,
      typed: string,
      root: ResourceRoot | undefined,
      parent: Place['parent'],
      inContained: boolean,
    ) => {
      if (isObject(node)) {
        let r = root;
        let t = typed;
        const type = node.resourceType;
        if (typeof type === 'string' && TYPE.test(type)) {
          r = { at, type, meta: node.meta, contained: inContained, redacted: false, pseudonymised: false };
          this.roots.push(r);
          t = type;
        }
        for (const [k, v] of Object.entries(node)) {
          walk(v, at === '' ? k : `${at}.${k}`, `${t}.${k}`, r, node, k === 'contained');
        }
        return;
      }
      if (Array.isArray(node)) {
        const ext = typed.endsWith('.extension') || typed.endsWith('.modifierExtension');
        node.forEach((v, i) => {
          const url = ext && isObject(v) && typeof v.url === 'string' ? urlName(v.url) : '';
          walk(v, `${at}[${i}]`, `${url ? `${typed}:${url}` : typed}[]`, root, node, inContained);
        });
        return;
      }
      if (root) places.set(at, { typed, root, parent });
    };
    walk(under.tree, '', '', undefined, [], false);
    for (const leaf of under.leaves) {
      const place = places.get(leaf.at);
      if (!place) continue; // cannot happen for a tree read with its leaves; such a leaf is left alone
      const rule = rules.match(place.typed, true);
      let mode: 'plain' | 'narrative' | 'attachment' = 'plain';
      let value = leaf.value;
      let nodes: string[] | undefined;
      let remove = rule?.action === 'remove';
      if (rule?.action === 'narrative' && leaf.type === 'string') {
        mode = 'narrative';
        nodes = [];
        const into = nodes;
        rewriteNarrative(leaf.value, (text) => {
          into.push(text);
          return text;
        });
        value = nodes.join('');
      } else if (rule?.action === 'attachment' && leaf.type === 'string') {
        const contentType = isObject(place.parent) ? place.parent.contentType : undefined;
        const text = isTextContentType(typeof contentType === 'string' ? contentType : undefined)
          ? decodeTextAttachment(leaf.value)
          : null;
        if (text === null) {
          remove = true;
          value = '';
        } else {
          mode = 'attachment';
          value = text;
        }
      }
      const fl = new FhirLeaf(leaf, place.typed, rule, place.root, value, mode, nodes);
      if (remove) fl.remove();
      this.leaves.push(fl);
    }
  }

  get index(): number {
    return this.under.index;
  }
  get line(): number {
    return this.under.line;
  }
  get tree(): unknown {
    return this.under.tree;
  }
}

/** A FHIR view of the record when it holds a resource (an object with a resourceType), else null. */
export function fhirView(record: DocRecord, rules: FhirRuleSet): FhirRecordView | null {
  const t = record.tree;
  if (!isObject(t) || typeof t.resourceType !== 'string' || !TYPE.test(t.resourceType)) return null;
  return new FhirRecordView(record, rules);
}

/** Records with FHIR resources seen through the view (for check and scrub); others unchanged. */
export async function* fhirRecords(
  records: AsyncIterable<DocRecord>,
  rules: FhirRuleSet,
): AsyncGenerator<DocRecord> {
  for await (const r of records) yield fhirView(r, rules) ?? r;
}
