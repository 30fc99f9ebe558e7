/**
 * One value, one action: the pure core of scrubbing. Everything a transform needs besides the
 * value and the Rng arrives in the context (the record-level facts, the ZIP3 list, the pseudonym
 * lookup), so the same call gives the same answer on any thread.
 */
import type { Category, IdentifierKind, MakeOptions } from '../../catalogue/types.js';
import type { Rng } from '../../core/rng.js';
import type { Action } from '../../schema/profile-schema.js';
import { topCodeAge } from './age.js';
import { keptYear, shiftDate, yearOnly } from './dates.js';
import { mask } from './mask.js';
import { zip3 } from './zip.js';

export interface TransformContext {
  kindId: string;
  category: Category;
  /** The catalogue kind (for surrogates); undefined only for kinds the catalogue does not know. */
  kind: IdentifierKind | undefined;
  restrictedZip3: ReadonlySet<string>;
  /** Year of the reference date, for two-digit years. */
  refYear: number;
  /** Record-level rule: this person is 90 or older, so the birth date loses its year too. */
  over89: boolean;
  /** Record-level offset for action `shift` (0 when not shifting). */
  shiftDays: number;
  /** Ages ≥ 90 → "90+" under action generalise. */
  ageTopCode: boolean;
  /** Consistent random token for (kind, value); kept by the vault. */
  pseudonym(kindId: string, value: string): string;
  /** Surrogate options beyond the style: the name book and the person's recorded sex. */
  make?: Pick<MakeOptions, 'nameFor' | 'sex'>;
}

/** The new value (null removes it). Empty values pass through untouched. */
export function transformValue(
  value: string,
  action: Action,
  ctx: TransformContext,
  rng: Rng,
): string | null {
  if (value.trim() === '') return value;
  switch (action) {
    case 'keep':
      return value;
    case 'remove':
      return null;
    case 'mask':
      return mask(value);
    case 'surrogate': {
      if (!ctx.kind) return mask(value);
      // A surrogate never equals the original (small lists such as cities could draw it again).
      for (let attempt = 0; attempt < 5; attempt++) {
        const s = ctx.kind.surrogate(value, attempt === 0 ? rng : rng.derive('again', attempt), {
          style: 'obvious',
          ...ctx.make,
        });
        if (s !== value) return s;
      }
      return mask(value);
    }
    case 'pseudonymise':
      return ctx.pseudonym(ctx.kindId, value);
    case 'generalise':
      return generalise(value, ctx);
    case 'shift':
      if (ctx.category !== 3 || ctx.kindId === 'age') return value;
      return shiftDate(value, ctx.shiftDays, ctx.refYear) ?? null;
  }
}

function generalise(value: string, ctx: TransformContext): string | null {
  switch (ctx.kindId) {
    case 'zip':
      return zip3(value, ctx.restrictedZip3);
    case 'birth-date':
    case 'date': {
      if (ctx.kindId === 'birth-date' && ctx.over89) return null;
      return keptYear(yearOnly(value, ctx.refYear), ctx.refYear);
    }
    case 'age':
      return ctx.ageTopCode ? topCodeAge(value) : value;
    default:
      // No coarser form of a name, phone or id is safe: generalising those removes them.
      return null;
  }
}
