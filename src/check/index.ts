/** Public API of `placebo check`: the engine over record sources, its wiring, and the report formats. */
export { checkSources, DEFAULT_MAX_FINDINGS_PER_FIELD } from './check.js';
export { defaultCheckServices, policyFrom } from './default-services.js';
export { CHECK_JSON_SCHEMA } from './format-json.js';
export { CHECK_FORMATS, type CheckFormat, formatReport } from './formats.js';
export { type CheckIo, type RunCheckOptions, runCheck } from './run-check.js';
export type { CheckPolicy, CheckServices } from './services.js';
export type {
  CheckOptions,
  CheckReport,
  CheckSource,
  CheckTotals,
  FieldReport,
  Finding,
  SourceReport,
  SummaryRow,
} from './types.js';
