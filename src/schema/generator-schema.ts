/**
 * The generator schema language as zod schemas: one source for validation, TypeScript types and
 * the editor JSON Schema (schemas/generator.schema.json). No transforms here, so that
 * `z.toJSONSchema` can describe every shape; normalisation happens in the plan compiler.
 */
import { z } from 'zod';

export const DISTRIBUTIONS = ['uniform', 'normal', 'lognormal', 'exponential', 'triangular'] as const;
export const Distribution = z.enum(DISTRIBUTIONS).describe('Shape of the draw between min and max.');

export const COLUMN_TYPES = ['text', 'integer', 'real', 'boolean', 'date', 'timestamp'] as const;

/** A date: ISO `YYYY-MM-DD` or relative to the reference date: `ref`, `ref-90y`, `ref+30d`. */
const DateExpr = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}|ref([+-]\d+[ymd])?)$/, 'a date is YYYY-MM-DD or ref, ref-90y, ref+30d')
  .describe('YYYY-MM-DD, or relative to referenceDate: ref, ref-90y, ref+30d');

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

const NumberGen = z.strictObject({
  min: z.number(),
  max: z.number(),
  distribution: Distribution.optional(),
  mean: z.number().optional().describe('normal/lognormal: centre (default: midpoint); exponential: mean'),
  sd: z.number().positive().optional().describe('normal/lognormal: spread (default: range/6)'),
  mode: z.number().optional().describe('triangular: peak (default: midpoint)'),
  decimals: z.number().int().min(0).max(10).optional().describe('0 (default) gives integers'),
});

const DateGen = z.strictObject({
  from: DateExpr,
  to: DateExpr,
  distribution: Distribution.optional(),
  mean: DateExpr.optional(),
  sdDays: z.number().positive().optional(),
  time: z.boolean().optional().describe('add a time of day (timestamp)'),
});

const SequenceGen = z.union([
  z.literal(true),
  z.strictObject({
    start: z.number().int().optional(),
    step: z.number().int().optional(),
    prefix: z.string().optional(),
    pad: z.number().int().min(0).max(20).optional(),
  }),
]);

const AgeGen = z.union([
  z.string().describe('birth-date column of this row'),
  z.strictObject({
    from: z.string().describe('birth-date column'),
    at: z.string().optional().describe('date column; when null or absent, the reference date'),
  }),
]);

const AfterGen = z.strictObject({
  column: z.string().describe('date column of this row the value follows'),
  min: z.number().min(0).optional(),
  max: z.number().min(0),
  unit: z.enum(['minutes', 'hours', 'days', 'years']).optional(),
  distribution: Distribution.optional(),
  overflow: z
    .enum(['clamp', 'null'])
    .optional()
    .describe('past the reference date: clamp to it (default) or give null'),
  time: z.boolean().optional(),
});

/** The keys that pick a generator; exactly one per column. */
export const GENERATOR_KEYS = [
  'kind',
  'faker',
  'choice',
  'number',
  'date',
  'sequence',
  'template',
  'ref',
  'age',
  'after',
  'chart',
  'value',
] as const;
export type GeneratorKey = (typeof GENERATOR_KEYS)[number];

export const ColumnObject = z.strictObject({
  kind: z.string().optional().describe('identifier kind from the catalogue: ssn, mrn, phone...'),
  sexColumn: z
    .string()
    .optional()
    .describe('with kind given-name or person-name: a column of the same row holding female/male'),
  faker: z.string().optional().describe('faker method path: location.city, lorem.sentence'),
  args: z.array(z.unknown()).optional().describe('arguments for the faker method'),
  choice: z
    .union([z.array(Scalar).min(1), z.record(z.string(), z.number().min(0))])
    .optional()
    .describe('a list (uniform) or a map of value to weight'),
  number: NumberGen.optional(),
  date: DateGen.optional(),
  sequence: SequenceGen.optional(),
  template: z
    .string()
    .optional()
    .describe('"{{given_name}} {{family_name}}"; {{patients.mrn}} for a parent column'),
  ref: z.string().optional().describe('table.column of the parent row (or of a sibling table with via)'),
  via: z.string().optional().describe('chart field holding the index of the sibling row that ref points at'),
  age: AgeGen.optional(),
  after: AfterGen.optional(),
  chart: z.string().optional().describe('field of this row’s chart item: start, icd10, loinc, text...'),
  value: Scalar.nullable().optional().describe('a constant'),
  nullRate: z.number().min(0).max(1).optional().describe('share of null cells'),
  unique: z.boolean().optional().describe('values must not repeat (checked while writing)'),
  type: z.enum(COLUMN_TYPES).optional().describe('column type for SQL, when the generator cannot tell'),
});
export type ColumnObject = z.infer<typeof ColumnObject>;

export const Column = z.union([z.string().describe('shorthand for { template: ... }'), ColumnObject]);
export type Column = z.infer<typeof Column>;

export const CountDistribution = z.strictObject({
  distribution: z.enum(['uniform', 'poisson', 'normal']),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
  mean: z.number().min(0).optional(),
  sd: z.number().positive().optional(),
});

export const CHART_LISTS = [
  'encounters',
  'conditions',
  'medications',
  'observations',
  'allergies',
  'notes',
] as const;

export const Table = z.strictObject({
  description: z.string().optional(),
  parent: z.string().optional().describe('one row of the parent makes count (or chart) rows of this table'),
  count: z
    .union([z.number().int().min(0), CountDistribution])
    .optional()
    .describe('top-level: number of rows; child: rows per parent row (number or distribution)'),
  rows: z
    .strictObject({ chart: z.enum(CHART_LISTS) })
    .optional()
    .describe('one row per item of the parent patient’s clinical chart'),
  chart: z
    .strictObject({
      birthDate: z.string(),
      sex: z.string(),
      deathDate: z.string().optional(),
    })
    .optional()
    .describe('this table’s rows are patients: build a clinical chart from these columns'),
  primaryKey: z.string().optional(),
  columns: z.record(z.string(), Column),
});
export type Table = z.infer<typeof Table>;

/** A condition a cohort's members have, from the clinical model, with an optional onset window. */
export const CohortCondition = z.strictObject({
  condition: z
    .string()
    .describe(
      'condition id of src/data/clinical/conditions.yaml (type-2-diabetes) or its ICD-10-CM code (E11.9)',
    ),
  onset: z
    .strictObject({
      after: DateExpr.optional().describe('onset strictly after this date'),
      before: DateExpr.optional().describe('onset strictly before this date'),
    })
    .optional()
    .describe('window the onset falls in (dates or ref-relative: "2005-01-01", ref-8m)'),
});
export type CohortCondition = z.infer<typeof CohortCondition>;

/** A group of root rows drawn to a definition: the patients a test case asks for. */
export const Cohort = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][\w.-]*$/, 'a cohort name is letters, digits, _ . - (written to the cohort column)')
    .describe('written to the root table’s cohort column'),
  description: z.string().optional(),
  count: z.number().int().min(0).optional().describe('exactly this many members'),
  share: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('this share of --count, rounded down (give count or share)'),
  conditions: z.array(CohortCondition).min(1).optional().describe('conditions every member has'),
  age: z
    .strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
    .optional()
    .describe('whole years at the reference date (at death for the deceased), bounds included'),
  sex: z.enum(['female', 'male']).optional(),
  status: z
    .enum(['alive', 'deceased'])
    .optional()
    .describe('alive (default) or deceased at the reference date'),
});
export type Cohort = z.infer<typeof Cohort>;

export const GeneratorSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  description: z.string().optional(),
  referenceDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('"today" of the data set (default 2026-01-01); nothing clinical happens after it'),
  root: z.string().optional().describe('table that --count and --shard apply to (default: the first)'),
  tables: z.record(z.string(), Table),
  cohorts: z
    .array(Cohort)
    .optional()
    .describe('disjoint groups of root rows drawn to a definition; the rest are drawn as usual'),
});
export type GeneratorSchema = z.infer<typeof GeneratorSchema>;

export function generatorJsonSchema(): unknown {
  const schema = z.toJSONSchema(GeneratorSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://placebo.invalid/schemas/generator.schema.json',
    title: 'placebo generator schema',
  };
}
