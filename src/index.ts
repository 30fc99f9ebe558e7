/**
 * placebo as a library: the identifier catalogue, the three commands as plain async functions,
 * and the readers/writers they share. The CLI (src/cli) is a thin layer over these.
 */
export { CATEGORIES } from './catalogue/categories.js';
export { getKind, KINDS, kindById } from './catalogue/index.js';
export type {
  Category,
  FakeOptions,
  IdentifierKind,
  MakeOptions,
  SiteConventions,
  Style,
  Verdict,
} from './catalogue/types.js';
export { restrictedZip3, ZIP3_LISTS } from './catalogue/zip3.js';
export * as check from './check/index.js';
export { formatError, PlaceboError } from './core/errors.js';
export { type Rng, rngFor } from './core/rng.js';
export { VERSION } from './core/version.js';
export { classifyFields, Sampler } from './detect/index.js';
export { findSpans } from './detect/text/index.js';
export { type GenerateOptions, type GenerateSummary, generate } from './generate/generate.js';
export * as io from './io/index.js';
export { loadGeneratorSchema, parseGeneratorSchema } from './schema/generator-load.js';
export { loadProfile } from './schema/profile.js';
export { defaultScrubIo } from './scrub/default-io.js';
export { runScrub, type ScrubOptions } from './scrub/run.js';
export type { RowSink, TableSpec } from './table/types.js';
