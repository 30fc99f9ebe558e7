import { PlaceboError } from '../../src/core/errors.js';

/** The PlaceboError a call throws (anything else is rethrown; no throw fails the test). */
export function placeboErrorOf(run: () => unknown): PlaceboError {
  try {
    run();
  } catch (e) {
    if (e instanceof PlaceboError) return e;
    throw e;
  }
  throw new Error('expected a PlaceboError');
}
