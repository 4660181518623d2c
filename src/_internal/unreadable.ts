import type { BilingualCatalog, Issue } from '../core/issue-types.js';

/** The message of the `unreadable_input` issue, in both languages. */
export const UNREADABLE_MESSAGES = Object.freeze({
  en: 'the input could not be read (reading it threw an error)',
  id: 'masukan tidak dapat dibaca (membacanya menimbulkan galat)',
});

/**
 * The `unreadable_input` entry of a message catalogue: the core's catalogue and the Tridaya statistics'
 * share this one entry, so the code is worded once.
 */
export const UNREADABLE_ENTRY: BilingualCatalog<'unreadable_input'>['unreadable_input'] = {
  en: () => UNREADABLE_MESSAGES.en,
  id: () => UNREADABLE_MESSAGES.id,
};

/**
 * The issue of an input that could not be read (a revoked Proxy, a throwing getter or Proxy trap):
 * one definition for both places that build it, `unreadableInput` (_internal/guard.ts) and the
 * redaction inside core/errors.ts.
 */
export function unreadableIssue(): Issue {
  return { code: 'unreadable_input', path: [], params: {}, message: UNREADABLE_MESSAGES.en };
}
