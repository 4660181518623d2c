// Guards for hostile input shared by the revolving-fund stages (not exported from the package).
// The core's describeType and safeParseWith can still throw a bare TypeError for a Proxy: a revoked
// Proxy makes Array.isArray throw, and zod formats its issues lazily (in the `error` getter, after
// the core's try), asking the value's prototype. These wrappers turn both into ordinary results.
import type * as z from 'zod';
import {
  createIssue,
  describeType,
  type ParseOptions,
  type SafeParseResult,
  SejahteraError,
  safeParseWith,
} from '../core/index.js';

/** The core's describeType, or `typeof` when reading the value throws (a revoked Proxy). */
export function typeOf(value: unknown): string {
  try {
    return describeType(value);
  } catch {
    return typeof value;
  }
}

/**
 * The core's safeParseWith, never throwing anything but a SejahteraError: a value that throws while
 * it is read or described gives an `unreadable_row` issue.
 */
export function safeParse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  options: ParseOptions = {},
): SafeParseResult<z.output<S>> {
  try {
    return safeParseWith(schema, value, options);
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    return {
      success: false,
      issues: [createIssue('unreadable_row', options.path ?? [], {}, options, options.catalog)],
    };
  }
}
