/** The 2,000-patient closed loop (test/check/closed-loop-2000.ts) for ['csv', 'tsv']. */
import { describeClosedLoop2000 } from './closed-loop-2000.js';

describeClosedLoop2000(['csv', 'tsv']);
