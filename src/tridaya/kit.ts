import { ConfigurationError, SejahteraError, type ValidationError } from '../core/errors.js';
import { buildIssue, buildValidationError } from '../core/issue-kit.js';
import type { BilingualCatalog, ContextName, Issue, MessageOptions } from '../core/issue-types.js';

// Tridaya's issue helpers over the core issue kit (core/issue-kit.ts), once, with the catalogue as a
// parameter: issues.ts instantiates them over the whole Tridaya catalogue (core messages as the
// fallback), stats/messages.ts over the statistics' few codes (base messages as the fallback), so
// that `spearman` alone does not carry every message.

/** A Tridaya catalogue and the core catalogue its messages fall back on. */
export interface Catalogs {
  readonly catalog: BilingualCatalog;
  readonly fallback: BilingualCatalog;
}

/** The `received` of a value that is a number, only not a finite one (or not a safe one). */
const NUMERIC_TYPES = new Set(['number', 'NaN', 'Infinity', '-Infinity']);

/**
 * A value that is not a number at all (a string from a CSV, null, an object) breaks the type rule,
 * not the finite-number one: `not_a_number` is reported as the core's `invalid_type`, as the schemas do.
 */
function numberIssue(
  code: string,
  params: Readonly<Record<string, unknown>>,
): [string, Readonly<Record<string, unknown>>] {
  if (code === 'not_a_number' && !NUMERIC_TYPES.has(String(params.received))) {
    return ['invalid_type', { expected: 'number', received: params.received }];
  }
  return [code, params];
}

/** One issue with its message from the catalogue. */
export function issueWith(
  c: Catalogs,
  code: string,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
  options: MessageOptions | undefined = undefined,
): Issue {
  const [which, facts] = numberIssue(code, params);
  return buildIssue(which, path, facts, options, c.catalog, c.fallback);
}

/** A ValidationError listing issues, its message from the catalogue. */
export function validationErrorWith(
  c: Catalogs,
  issues: readonly Issue[],
  context: string | ContextName,
): ValidationError {
  return buildValidationError(issues, context, c.catalog, c.fallback, undefined);
}

/** Throws a ValidationError with one issue. */
export function failWith(
  c: Catalogs,
  code: string,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  context: string | ContextName,
): never {
  throw validationErrorWith(c, [issueWith(c, code, path, params)], context);
}

/**
 * Runs `read` and turns anything but a SejahteraError it throws (a getter or proxy that throws, a
 * BigInt typed array mixing with numbers) into a ValidationError with the core `unreadable_row` code.
 */
export function guardReadWith<T>(c: Catalogs, context: string | ContextName, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    failWith(c, 'unreadable_row', [], {}, context);
  }
}

/** A ConfigurationError whose messages come from the catalogue. */
export function configurationErrorWith(
  c: Catalogs,
  code: string,
  params: Readonly<Record<string, unknown>> = {},
): ConfigurationError {
  const entry = c.catalog[code] as BilingualCatalog[string];
  return new ConfigurationError(
    code,
    { en: entry.en(params, []), id: entry.id(params, []) },
    { ...params },
  );
}
