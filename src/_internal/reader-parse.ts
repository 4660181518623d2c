import type * as z from 'zod';
import type { ValidationError } from '../core/errors.js';
import { buildIssue, buildValidationError } from '../core/issue-kit.js';
import type { ContextName, Issue, SafeParseResult } from '../core/issue-types.js';
import type { ParseOptions } from '../core/parse-options.js';
import { issuesFromZodOver } from '../core/zod-issues.js';
import { readerMessages } from './reader-messages.js';

// The parse and error helpers of a path whose schema is a hand reader (_internal/zod-like-reader.ts):
// its issues worded from readerMessages, not the whole core catalogue (issue 11).

/**
 * The ValidationError of a path whose issues are worded from {@link readerMessages} (the domain's
 * catalogue first): `invalidIn` (core/parse.ts) over this catalogue instead of the core's. The
 * options are the library's own (never a caller's object), so there are no keys to check.
 */
export function readerError(
  issues: readonly Issue[],
  context: ContextName,
  options: Pick<ParseOptions, 'locale' | 'catalog'> = {},
): ValidationError {
  const { catalog, locale } = options;
  return buildValidationError(issues, context, catalog ?? readerMessages, readerMessages, locale);
}

/**
 * `safeParseWith` (core/parse.ts) of a hand reader (_internal/zod-like-reader.ts), its issues worded
 * from {@link readerMessages} (the domain's catalogue first). Apart from `safeParseWith` rather than
 * beside it with a fallback parameter, so that neither bundle pays for the other (issue 11). The
 * options are the library's own, so there are no keys to check.
 */
export function readerParse<S extends z.core.$ZodType>(
  reader: S,
  value: unknown,
  options: ParseOptions,
): SafeParseResult<z.output<S>> {
  const catalog = options.catalog ?? readerMessages;
  const path = options.path ?? [];
  try {
    const result = (reader as unknown as z.ZodType).safeParse(value, { reportInput: true });
    if (result.success) return { success: true, data: result.data as z.output<S> };
    const raw = result.error.issues;
    return {
      success: false,
      issues: issuesFromZodOver(raw, options, catalog, path, readerMessages),
    };
  } catch {
    const issue = buildIssue('unreadable_input', path, {}, options, catalog, readerMessages);
    return { success: false, issues: [issue] };
  }
}
