import { type Issue, SejahteraError, ValidationError } from '../../src/core/index.js';

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

/** The issues of the ValidationError `fn` throws; fails the test when it throws anything else. */
export function thrownIssues(fn: () => unknown): readonly Issue[] {
  const error = thrown(fn);
  if (!(error instanceof ValidationError)) {
    throw new Error(`expected a ValidationError, got ${error.name} ${error.code}`);
  }
  return error.issues;
}

/** A value every read of which throws (a Proxy whose traps throw), as a broken caller's might. */
export function hostile(): object {
  const trap = (): never => {
    throw new TypeError('trap');
  };
  return new Proxy(
    {},
    { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
  );
}
