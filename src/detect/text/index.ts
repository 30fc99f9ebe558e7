export { type FindSpansOptions, findSpans, PATTERN_RECOGNIZERS } from './find-spans.js';
export { categoryOf, TEXT_KIND_CATEGORY } from './kinds.js';
export { type SiteWords, useSiteWords } from './site-words.js';
export type { RecordContext, Span } from './types.js';
