import { describeType } from '../core/describe-type.js';

// How the library maps two of zod's issues, written once: the core's mapping of zod issues
// (core/zod-issues.ts) and the kit of readers that stand in for schemas (_internal/zod-like-reader.ts)
// both use these, so a reader reports what the schema's issue becomes.

/**
 * zod's `invalid_type` (a value not of type `expected`) as the library's code and params: a missing
 * value (absent or undefined) is `required`; a number where a number is expected (`number`, or `int`
 * for an integer) is `not_integer` when finite (a fraction), else `not_finite` (NaN, an infinity).
 */
export function typeIssue(expected: unknown, input: unknown): [string, Record<string, unknown>] {
  if (input === undefined) return ['required', { expected }];
  const received = describeType(input);
  const int = expected === 'int';
  if (typeof input === 'number' && (int || expected === 'number')) {
    return int && Number.isFinite(input)
      ? ['not_integer', { expected: 'integer', received }]
      : ['not_finite', { expected: 'finite number', received }];
  }
  return ['invalid_type', { expected: int ? 'integer' : expected, received }];
}

/** An unrecognized key as an issue names it: cut to 40 characters. */
export const cutKey = (k: string): string => (k.length > 40 ? `${k.slice(0, 40)}…` : k);
