export { detectFormat, listInputs, openInput } from './input.js';
export { LIMITS } from './limits.js';
export { openOutput } from './output.js';
export type { DocRecord, InputDocument, InputFormat, Leaf, LeafType, OutputDocument } from './types.js';
