import type { BilingualCatalog, Issue, MessageOptions } from './issue-types.js';
import { buildIssue, renderBothWith } from './issue-kit.js';
import { coreMessages } from './messages.js';

// Building one issue over the core catalogue (the kit in issue-kit.ts with `coreMessages` as the
// fallback).

/**
 * Builds an issue, rendering its message from the catalog in the call's locale (per-call overrides
 * first). Codes missing from `catalog` fall back to the core messages.
 *
 * Redaction happens here, once, for every issue of the library: the path and params are redacted
 * first ({@link redactPath}, {@link redactValue}: a record keyed by a NIK, a NIK among unknown keys or
 * in a value), the message is rendered from those, and then passed through
 * {@link redactIdentifiers} (a caller's template may print anything); numbers among the params are
 * the library's own and stay readable.
 *
 * @category Issues
 * @example
 * createIssue('too_small', ['tenor'], { minimum: 1, origin: 'number' }, { locale: 'id' }).message
 * //=> 'tenor harus paling sedikit 1'
 */
export function createIssue<Code extends string>(
  code: Code,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
  options: MessageOptions = {},
  catalog: BilingualCatalog = coreMessages,
): Issue<Code> {
  // Deliberately lenient about option keys: every parser, batch and text reader of the library passes
  // its own options (ParseOptions, BatchOptions, text-parser options) through here, and only
  // `locale` and `messages` are read. The public functions check their own keys.
  return buildIssue(code, path, params, options, catalog, coreMessages);
}

/**
 * Renders one issue in both languages (for error messages that must carry both).
 *
 * @category Issues
 */
export function renderBoth(
  issue: Pick<Issue, 'code' | 'path' | 'params'>,
  catalog: BilingualCatalog = coreMessages,
): { en: string; id: string } {
  return renderBothWith(issue, catalog, coreMessages);
}
