/**
 * The zod schema of a scrub/check profile file (YAML). A profile says what to do per Safe Harbor
 * category (or per kind), which fields hold what (explicit mappings always win over detection),
 * which ZIP3 list to apply, and the site's test-data conventions that `check` honours.
 */
import { z } from 'zod';
import { fhirRuleSchema } from '../fhir/scrub-rules.js';

export const ACTIONS = [
  'keep',
  'remove',
  'mask',
  'surrogate',
  'pseudonymise',
  'generalise',
  'shift',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ZIP3_LISTS = ['census2000', 'census2020', 'union'] as const;
export type Zip3ListId = (typeof ZIP3_LISTS)[number];

/** How an identifier found inside free text is replaced: a tag like `[NAME]` or a fake of the same kind. */
export const TEXT_ACTIONS = ['tag', 'surrogate', 'remove'] as const;
export type TextAction = (typeof TEXT_ACTIONS)[number];

const actionKey = z
  .string()
  .regex(/^([1-9]|1[0-8]|[a-z][a-z0-9-]*)$/, 'a category number 1-18 or a catalogue kind id');

export const profileSchema = z
  .object({
    name: z.string().min(1).optional().describe('Name shown in reports'),
    base: z
      .string()
      .optional()
      .describe('Built-in profile this one extends: safe-harbor or limited-data-set (default safe-harbor)'),
    description: z.string().optional(),
    safeHarbor: z
      .boolean()
      .optional()
      .describe('Whether output of this profile claims Safe Harbor; set false for anything weaker'),
    actions: z
      .record(actionKey, z.enum(ACTIONS))
      .optional()
      .describe('Action per category ("1".."18") or per kind id (kind wins over category)'),
    freeText: z
      .object({
        action: z.enum(TEXT_ACTIONS).optional(),
        dates: z.enum(['year', 'tag']).optional().describe('Dates in text: keep the year, or a [DATE] tag'),
      })
      .strict()
      .optional(),
    fields: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .describe('Column name or field path → kind id, "keep" or "free-text"; always wins over detection'),
    zip3: z
      .object({ list: z.enum(ZIP3_LISTS) })
      .strict()
      .optional(),
    ages: z
      .object({ topCode: z.boolean().optional().describe('Ages 90 and over become "90+"') })
      .strict()
      .optional(),
    dates: z
      .object({
        referenceDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
          .optional()
          .describe('Date at which ages are computed (default: today)'),
        shiftDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .optional()
          .describe('For action "shift": maximum days a record\'s dates move (NOT Safe Harbor)'),
      })
      .strict()
      .optional(),
    site: z
      .object({
        testPrefixes: z.array(z.string().min(1)).optional(),
        allow: z.array(z.string()).optional(),
        places: z
          .array(z.string().min(1))
          .optional()
          .describe("The site's ward, hospital and town names: found in free text wherever they stand"),
        people: z
          .array(z.string().min(1))
          .optional()
          .describe("Names of the site's people that no word list holds: found in free text"),
        safeWords: z
          .array(z.string().min(1))
          .optional()
          .describe('Local words never taken for a name or a place in free text'),
      })
      .strict()
      .optional()
      .describe(
        "Site conventions: values that mark test data (check) and the site's own words for free text",
      ),
    check: z
      .object({
        kinds: z
          .union([z.literal('all'), z.array(z.string().min(1))])
          .optional()
          .describe('Kinds check looks at: "all" or a list of kind ids'),
        ignoreFields: z.array(z.string().min(1)).optional().describe('Fields check skips'),
      })
      .strict()
      .optional(),
    fhir: z
      .object({
        rules: z
          .array(fhirRuleSchema)
          .optional()
          .describe('FHIR element rules tried before the built-in ones (first match wins)'),
      })
      .strict()
      .optional()
      .describe('FHIR resources: element path → action (see src/data/fhir/scrub-rules.yaml)'),
  })
  .strict();

export type ProfileFile = z.infer<typeof profileSchema>;

/** JSON Schema for editors (schemas/profiles/profile.schema.json is generated from this). */
export function profileJsonSchema(): unknown {
  return {
    ...(z.toJSONSchema(profileSchema) as Record<string, unknown>),
    title: 'placebo scrub/check profile',
  };
}
