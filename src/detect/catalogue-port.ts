/** What the classifier needs from the catalogue; the real one is in src/catalogue/. */
import type { IdentifierKind } from '../catalogue/types.js';

export interface HeaderMatch {
  kind: string;
  score: number;
}

export interface CataloguePort {
  kinds: readonly IdentifierKind[];
  kindById(id: string): IdentifierKind | undefined;
  /** Kinds a column name suggests, best first. */
  matchHeader(name: string): readonly HeaderMatch[];
}
