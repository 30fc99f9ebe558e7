/** The file I/O check runs on (src/io). */
import { PlaceboError } from '../core/errors.js';
import type { CheckIo } from './run-check.js';

// Placeholder until src/io lands: the readers are being written in parallel.
export function defaultCheckIo(): CheckIo {
  const missing = (): never => {
    throw new PlaceboError('E_INPUT', 'file readers are not built yet');
  };
  return { listInputs: async () => missing(), openInput: async () => missing() };
}
