/** The 2,000-patient closed loop (test/check/closed-loop-2000.ts) for ['ndjson', 'json']. */
import { describeClosedLoop2000 } from './closed-loop-2000.js';

describeClosedLoop2000(['ndjson', 'json']);
