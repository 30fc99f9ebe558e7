/**
 * Turning zod issues and rule violations into located PlaceboErrors:
 * `schemas/x.yaml: tables.encounters.columns.admitted: unknown generator "dat" (did you mean "date"?)`.
 */
import type { z } from 'zod';
import { type Place, PlaceboError } from '../core/errors.js';
import { GENERATOR_KEYS } from './generator-schema.js';

export interface SchemaProblem {
  path: readonly (string | number)[];
  message: string;
  hint?: string;
}

export function pathText(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function didYouMean(word: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = o;
    }
  }
  if (best === undefined) return undefined;
  return bestScore <= Math.max(2, Math.floor(best.length / 3)) ? `did you mean "${best}"?` : undefined;
}

const isColumnPath = (path: readonly PropertyKey[]): boolean => path.length === 4 && path[2] === 'columns';

/** Flatten zod issues (descending into unions) into problems with full paths. */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'invalid_union') {
      // Report the branch that got furthest: the one whose first issue is deepest.
      const branches = issue.errors.filter((b) => b.length > 0);
      branches.sort((x, y) => depth(y) - depth(x));
      const best = branches[0];
      if (best && depth(best) > 0) {
        out.push(...zodProblems(best, path));
        continue;
      }
      out.push({ path, message: 'expected a template string or a column object' });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (isColumnPath(path)) {
          const hint = didYouMean(key, [...GENERATOR_KEYS, 'args', 'via', 'nullRate', 'unique', 'type']);
          out.push({ path, message: `unknown generator "${key}"`, ...(hint ? { hint } : {}) });
        } else {
          out.push({ path, message: `unknown key "${key}"` });
        }
      }
      continue;
    }
    out.push({ path, message: issue.message });
  }
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  const first = issues[0];
  if (!first) return 0;
  return first.code === 'invalid_type' && first.path.length === 0 ? 0 : first.path.length + 1;
}

/** One error for the first problem; the others are counted in the hint. */
export function schemaError(
  file: string,
  problems: readonly SchemaProblem[],
  lineOf?: (path: readonly (string | number)[]) => number | undefined,
): PlaceboError {
  const first = problems[0] ?? { path: [], message: 'invalid schema' };
  const place: Place = { file, path: pathText(first.path) };
  const line = lineOf?.(first.path);
  if (line !== undefined) place.line = line;
  const more =
    problems.length > 1 ? `${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}` : '';
  const hint = [first.hint, more].filter(Boolean).join('; ');
  return new PlaceboError('E_SCHEMA', first.message, place, hint || undefined);
}
