import type * as z from 'zod';
import type { ValidationError } from '../core/errors.js';
import { buildValidationError } from '../core/issue-kit.js';
import type { ContextName, Issue, SafeParseResult } from '../core/issue-types.js';
import type { ParseOptions } from '../core/parse-options.js';
import { readerMessages } from './reader-messages.js';
import { readWith, type ZodLike } from './zod-like-reader.js';

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
 * `safeParseWith` (core/parse.ts) of a hand reader (`zodLike` of _internal/zod-like-reader.ts): the
 * kit's `readWith`, its issues worded from {@link readerMessages} (the domain's catalogue first), so
 * that neither bundle pays for the other and this one carries no mapping of zod's issues (issue 11).
 * The options are the library's own, so there are no keys to check.
 */
export function readerParse<S extends z.core.$ZodType>(
  reader: S,
  value: unknown,
  options: ParseOptions,
): SafeParseResult<z.output<S>> {
  const { read } = reader as unknown as ZodLike<z.output<S>>;
  const catalog = options.catalog ?? readerMessages;
  return readWith(read, value, options, catalog, readerMessages, options.path);
}
