/**
 * Type fidelity: a scrubbed value must fit the column it goes back into. Safe Harbor keeps the
 * year of a date; a date or timestamp column cannot hold `2024`, so it gets `2024-01-01` (the
 * first day of the kept year — documented in docs/scrub.md). A birth date removed because the
 * person is 90 or older becomes `(reference year − 90)-01-01` where the column may not be NULL, so
 * everyone that old falls into one "90 or older" category. `90+` in a numeric column is `90`, and
 * a JSON number stays a number. An identifier replaced in an integer or UUID column gets a typed
 * token of its kind, never text. A removed value in a NOT NULL text column is the empty string.
 */
import type { DbColumn } from '../../db/structure.js';
import type { KeyDomain, KeyShape } from '../keys/domains.js';

export interface FitContext {
  /** The database column, when the value goes back into one. */
  column: DbColumn | undefined;
  /** The value was a JSON number. */
  number: boolean;
  refYear: number;
  /** A typed token of the value's kind, for identifiers in integer / UUID columns. */
  typedToken: ((shape: KeyShape) => string) | undefined;
}

const YEAR = /^\d{4}$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The stand-in domain under which identifiers of one kind get integer or UUID tokens. */
export function typedDomain(kindId: string, shape: KeyShape): KeyDomain {
  return { id: `${kindId}:${shape}`, action: 'replace', shape, max: 99_999_999, reason: '', members: [] };
}

function numeric(value: string): string | null {
  if (value === '90+') return '90';
  return NUMBER.test(value) ? value : null;
}

export function fitToColumn(value: string | null, ctx: FitContext): string | null {
  const c = ctx.column;
  if (!c) return ctx.number && value !== null ? (numeric(value) ?? value) : value;
  const oldest = `${ctx.refYear - 90}-01-01`;
  switch (c.generic) {
    case 'date':
      if (value === null) return c.nullable ? null : oldest;
      return YEAR.test(value) ? `${value}-01-01` : value;
    case 'timestamp':
      if (value === null) return c.nullable ? null : `${oldest} 00:00:00`;
      return YEAR.test(value) ? `${value}-01-01 00:00:00` : value;
    case 'integer':
    case 'bigint':
      if (value === null || INTEGER.test(value)) return value ?? (c.nullable ? null : '0');
      if (value === '90+') return '90';
      return ctx.typedToken?.('integer') ?? (c.nullable ? null : '0');
    case 'real':
    case 'numeric':
      if (value === null) return c.nullable ? null : '0';
      return numeric(value) ?? (c.nullable ? null : '0');
    case 'uuid':
      if (value === null || UUID.test(value)) return value;
      return ctx.typedToken?.('uuid') ?? null;
    default:
      return value === null && !c.nullable ? '' : value;
  }
}
