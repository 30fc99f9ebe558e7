/** The real I/O layer behind scrub (src/io/). */
import { PlaceboError } from '../core/errors.js';
import type { ScrubIo } from './io-port.js';

const missing = async (): Promise<never> => {
  throw new PlaceboError('E_INTERNAL', 'the file I/O layer is not built yet');
};

export const defaultScrubIo: ScrubIo = { listInputs: missing, openInput: missing, openOutput: missing };
