import { unreadableAs } from '../_internal/guard.js';
import { maskIdentifierRaw } from '../_internal/redact.js';
import { IDENTIFIER } from '../_internal/contexts.js';

/**
 * Masks an identity number (NIK or KK) for messages and logs: the first 6 digits (the region code,
 * which is not personal) and the last 2 are kept, every other character becomes `*`.
 * Shorter strings are masked so that at most a third of their characters stay visible.
 *
 * @category Identifiers
 * @example
 * maskIdentifier('3201234567890001')
 * //=> '320123********01'
 */
export function maskIdentifier(value: string): string {
  try {
    return maskIdentifierRaw(value);
  } catch (error) {
    throw unreadableAs(error, IDENTIFIER);
  }
}

// The guarded redaction functions live in core/errors.ts, which needs them to build every error and
// cannot import this module (it imports errors.ts): one definition, exported from both.
export { redactIdentifiers, redactPath, redactValue } from './errors.js';
