import type * as z from 'zod';
import type { ValidationError } from './errors.js';
import { createIssue } from './issue-build.js';
import { buildValidationError } from './issue-kit.js';
import type { ContextName, Issue, SafeParseResult } from './issue-types.js';
import { coreMessages } from './messages.js';
import type { ParseOptions } from './parse-options.js';
import { PARSE_OPTION_KEYS } from '../_internal/parse-option-keys.js';
import { issuesFromZod } from './zod-issues.js';
import { INPUT, ISSUES } from '../_internal/contexts.js';
import { libraryContext } from '../_internal/context-id.js';
import { unreadableAs } from '../_internal/guard.js';
import { checkOptionKeys } from '../_internal/options.js';

// The parse helpers: a zod schema's result in the library's shape, and the ValidationError that lists
// every issue. A context given as a string is named in Indonesian from the library's table
// (_internal/context-id.ts); the library's own code names its contexts where it raises them and calls
// the lean forms in _internal/raise.ts, which do not carry that table.

/**
 * Parses a value with a zod schema and returns the library's result shape. Never throws for any input
 * value: a schema that throws while reading a hostile object (a getter that throws) is reported as an
 * `unreadable_input` issue, the issue {@link parseWith} throws for it. Given as the check of a row to
 * {@link checkBatch}, that issue becomes the row's `unreadable_row` rejection (one code per fault).
 *
 * @category Issues
 */
export function safeParseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  options: ParseOptions = {},
): SafeParseResult<z.output<S>> {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'safeParseWith');
    const opts: ParseOptions = typeof options === 'object' && options !== null ? options : {};
    try {
      // Classic and zod/mini schemas both have the method (the core's parse, same issues).
      const result = (schema as unknown as z.ZodType).safeParse(value, { reportInput: true });
      if (result.success) return { success: true, data: result.data as z.output<S> };
      // zod builds `error` lazily: reading it may touch the input again, so it stays inside the try.
      return {
        success: false,
        issues: issuesFromZod(result.error.issues, opts, opts.catalog, opts.path),
      };
    } catch {
      return {
        success: false,
        issues: [createIssue('unreadable_input', opts.path ?? [], {}, opts, opts.catalog)],
      };
    }
  } catch (error) {
    throw unreadableAs(error, INPUT);
  }
}

/**
 * Parses a value with a zod schema, throwing a {@link ValidationError} that lists every issue (with
 * English and Indonesian messages) when it does not conform.
 *
 * @category Issues
 * @throws {@link ValidationError} when the value does not conform to the schema.
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  options: ParseOptions = {},
): z.output<S> {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'parseWith');
    const opts: ParseOptions = typeof options === 'object' && options !== null ? options : {};
    return parseIn(schema, value, libraryContext(opts.context ?? INPUT), opts);
  } catch (error) {
    throw unreadableAs(error, INPUT);
  }
}

/**
 * Builds a {@link ValidationError} from issues, with the first issue's message in both languages.
 * `context` names what was invalid: a {@link ContextName}, or a string (named in Indonesian when it is
 * one of the library's contexts, printed as given otherwise).
 *
 * @category Issues
 */
export function validationError(
  issues: readonly Issue[],
  context: string | ContextName,
  options: Pick<ParseOptions, 'locale' | 'catalog'> = {},
): ValidationError {
  try {
    // Any ParseOptions is accepted (only locale and catalog are read); invalidIn checks the keys.
    return invalidIn(issues, libraryContext(context), options);
  } catch (error) {
    throw unreadableAs(error, ISSUES);
  }
}

// The lean forms the library's own code calls, with its context named in both languages where it is
// raised: no table of names in the bundle (issue 11). core/issues.ts does not re-export them.

/** {@link parseWith} for a context named in both languages (the library's own calls). */
export function parseIn<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  context: ContextName,
  options: ParseOptions = {},
): z.output<S> {
  const result = safeParseWith(schema, value, options);
  if (result.success) return result.data;
  throw invalidIn(result.issues, context, options);
}

/** {@link validationError} for a context named in both languages (the library's own calls). */
export function invalidIn(
  issues: readonly Issue[],
  context: ContextName,
  options: Pick<ParseOptions, 'locale' | 'catalog'> = {},
): ValidationError {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'validationError');
    return buildValidationError(
      issues,
      context,
      options?.catalog ?? coreMessages,
      coreMessages,
      options?.locale,
    );
  } catch (error) {
    throw unreadableAs(error, ISSUES);
  }
}
