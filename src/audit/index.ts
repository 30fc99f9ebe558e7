/** The hash-chained run log (`--audit-log FILE`, `placebo audit verify`). */
export { type AuditEntry, type AuditFacts, auditKey, type FileFacts, GENESIS } from './chain.js';
export { fileFacts, flagNames, textFacts } from './facts.js';
export { type Appended, type AuditTarget, appendEntry, recordRun } from './log.js';
export { type VerifyResult, verifyLog } from './verify.js';
