/** Staging refresh of a generated database held in MySQL/MariaDB: its pairs (test/db/staging.ts). */
import { describeGeneratedRefresh } from './staging.js';

describeGeneratedRefresh('mysql');
