/** The catalogue as the generator sees it: kinds by id, for `{ kind: ssn }` columns. */
import { KINDS, kindById as lookup } from '../catalogue/index.js';
import type { IdentifierKind } from '../catalogue/types.js';

export function kindById(id: string): IdentifierKind | undefined {
  return lookup(id);
}

export function kindIds(): string[] {
  return KINDS.map((k) => k.id);
}
