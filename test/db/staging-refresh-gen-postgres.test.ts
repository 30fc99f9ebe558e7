/** Staging refresh of a generated database held in PostgreSQL: its pairs (test/db/staging.ts). */
import { describeGeneratedRefresh } from './staging.js';

describeGeneratedRefresh('postgres');
