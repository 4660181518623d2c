import type { Issue } from '../core/issue-types.js';

/** The message of the `unreadable_input` issue, in both languages. */
export const UNREADABLE_MESSAGES = Object.freeze({
  en: 'the input could not be read (reading it threw an error)',
  id: 'masukan tidak dapat dibaca (membacanya menimbulkan galat)',
});

/**
 * The issue of an input that could not be read (a revoked Proxy, a throwing getter or Proxy trap):
 * one definition for both places that build it, `unreadableInput` (_internal/guard.ts) and the
 * redaction inside core/errors.ts.
 */
export function unreadableIssue(): Issue {
  return { code: 'unreadable_input', path: [], params: {}, message: UNREADABLE_MESSAGES.en };
}
