/**
 * The scrub plan: every table (a database table, or a file named after its table) and every
 * column, with its type, kind, action, key domain and the reason. `scrub --plan-out FILE` writes
 * it without transforming anything; people review and edit it like a profile; `scrub --plan
 * FILE` applies it, and its decisions win over detection. With `--strict`, a source column the
 * plan does not cover, or one whose type changed, stops the run before any work (exit 1).
 *
 * The plan is data: YAML validated by zod, errors name the file and the path inside it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { PlaceboError } from '../../core/errors.js';

export const PLAN_ACTIONS = [
  'keep',
  'none',
  'scan',
  'surrogate',
  'pseudonymise',
  'generalise',
  'remove',
  'mask',
  'shift',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const columnSchema = z
  .object({
    type: z.string(),
    kind: z.string().nullable(),
    action: z.enum(PLAN_ACTIONS),
    domain: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();

export const planSchema = z
  .object({
    version: z.literal(1),
    profile: z.string(),
    tables: z.record(z.string(), z.object({ columns: z.record(z.string(), columnSchema) }).strict()),
  })
  .strict();

export type PlanColumn = z.infer<typeof columnSchema>;
export type ScrubPlan = z.infer<typeof planSchema>;

export function planColumn(
  plan: ScrubPlan | undefined,
  table: string,
  column: string,
): PlanColumn | undefined {
  return plan?.tables[table]?.columns[column];
}

const HEADER = `# placebo scrub plan: every table and column with its kind, action, key domain and reason.
# Review and edit it like a profile (action: keep | none | scan | surrogate | pseudonymise | generalise |
# remove | mask | shift; kind: a catalogue kind id or null), then apply it:
#   placebo scrub ... --plan THIS_FILE [--strict]
# With --strict the run stops (exit 1) when the source has a column this plan does not cover, or a column
# whose type changed.
`;

export function planText(plan: ScrubPlan): string {
  return HEADER + stringify(plan, { lineWidth: 0 });
}

export function readPlan(file: string, cwd: string): ScrubPlan {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new PlaceboError(
      'E_USAGE',
      'cannot read the plan file',
      { file },
      'write one with --plan-out FILE',
    );
  }
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    throw new PlaceboError('E_PROFILE', `invalid YAML (${yamlError.code})`, line ? { file, line } : { file });
  }
  const parsed = planSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlaceboError(
      'E_PROFILE',
      issue?.message ?? 'invalid plan',
      { file, path: issue?.path.map(String).join('.') || '(top level)' },
      'see docs/scrub.md, "The plan"',
    );
  }
  return parsed.data;
}

/** A source column as the drift guard sees it. */
export interface SourceColumn {
  table: string;
  column: string;
  type: string;
}

/**
 * The drift guard: every source column must be in the plan with the same type. Names the first
 * table and column that is not (never a value).
 */
export function checkDrift(plan: ScrubPlan, columns: readonly SourceColumn[], where: string): void {
  for (const c of columns) {
    const planned = planColumn(plan, c.table, c.column);
    if (!planned)
      throw new PlaceboError(
        'E_DRIFT',
        `table "${c.table}" column "${c.column}" is not in the plan`,
        { file: where },
        'review the new column and add it to the plan (--plan-out writes a fresh one)',
      );
    if (planned.type !== c.type)
      throw new PlaceboError(
        'E_DRIFT',
        `table "${c.table}" column "${c.column}" changed type (plan: ${planned.type}, source: ${c.type})`,
        { file: where },
        'review the column and update its type and action in the plan',
      );
  }
}
