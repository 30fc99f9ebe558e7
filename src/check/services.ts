/**
 * What the check engine needs from the rest of placebo, as one small interface: the catalogue,
 * field classification and the free-text recognizers. The engine imports only types, so it runs
 * over any record source and tests can wire exactly the real modules they exercise.
 */
import type { IdentifierKind } from '../catalogue/types.js';
import type { RecordContext, Span } from '../detect/text/types.js';
import type { FieldClass, FieldSample } from '../detect/types.js';
import type { SpanFinder } from '../scrub/span-finder.js';

export interface CheckServices {
  /** Every catalogue kind (for the value sweep of unclassified fields). */
  kinds: readonly IdentifierKind[];
  kindById(id: string): IdentifierKind | undefined;
  /** Classify fields from their samples; explicit profile mappings win. */
  classify(samples: readonly FieldSample[]): FieldClass[];
  /** Identifier spans inside free text; absent → free-text fields are not scanned. */
  findSpans?: (text: string, ctx: RecordContext) => Span[];
  /** Batch free-text scanning (worker threads); when set, it is used instead of findSpans. */
  spanFinder?: SpanFinder;
}

/** What of the profile check honours. */
export interface CheckPolicy {
  /** `all` or the kind ids to test. */
  kinds: 'all' | readonly string[];
  /** Field paths or keys (column names) to skip. */
  ignoreFields: readonly string[];
  site: { testPrefixes?: readonly string[]; allow?: readonly string[] };
  /** Profile name for the report. */
  name: string;
}
