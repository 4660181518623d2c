import { SejahteraError, ValidationError } from '../core/errors.js';
import type { ContextName } from '../core/issue-types.js';
import { libraryContext } from './context-id.js';
import { UNREADABLE_MESSAGES, unreadableIssue } from './unreadable.js';

/**
 * What a public function throws when reading its input threw something that is not a SejahteraError
 * (a revoked Proxy, a getter or Proxy trap that throws): a ValidationError with the code
 * `unreadable_input`, so that callers only ever see SejahteraErrors. A SejahteraError passes through.
 * (core/errors.ts builds the same error for its own redaction from the same issue; it cannot import
 * this module, which imports it.)
 */
export function unreadableAs(error: unknown, context: ContextName): SejahteraError {
  if (error instanceof SejahteraError) return error;
  return new ValidationError([unreadableIssue()], context, UNREADABLE_MESSAGES);
}

/**
 * {@link unreadableAs} for a context given as an English string: its Indonesian name comes from the
 * library-wide table (_internal/context-id.ts), which this brings into a bundle. New code names its
 * context where it raises it and calls `unreadableAs`.
 */
export function unreadableInput(error: unknown, context: string | ContextName): SejahteraError {
  return unreadableAs(error, libraryContext(context));
}
