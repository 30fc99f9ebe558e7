/** Staging refresh of a generated database held in SQLite: its pairs (test/db/staging.ts). */
import { describeGeneratedRefresh } from './staging.js';

describeGeneratedRefresh('sqlite');
