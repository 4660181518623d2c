import { SejahteraError } from '../../src/core/index.js';

/** The SejahteraError `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): SejahteraError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SejahteraError) return error;
    throw error;
  }
  throw new Error('did not throw');
}
