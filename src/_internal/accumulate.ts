import { SejahteraError } from '../core/errors.js';
import { createIssue, describeType } from '../core/issues.js';
import { invalidIn } from '../core/parse.js';
import { INDEX } from './contexts.js';
import { ROW_CONTEXTS } from './context-names.js';
import type { ContextName } from '../core/issue-types.js';

/**
 * How the mergeable accumulators read their input (the portfolio's and the monthly report's): one
 * rule, one place.
 */

/**
 * The index of a row given to `add(row, index?)`: `fallback` (how many rows were seen) when absent,
 * else a whole number >= 0.
 *
 * @throws ValidationError (`not_integer`, path `index`) otherwise.
 */
export function readRowIndex(index: unknown, fallback: number): number {
  if (index === undefined) return fallback;
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
    throw invalidIn(
      [createIssue('not_integer', ['index'], { received: describeType(index) })],
      INDEX,
    );
  }
  return index;
}

/**
 * Calls `each` for every row of `rows` (`addAll`). A value that is not iterable, or an iterator that
 * throws, is a ValidationError (`not_iterable`) naming `path`; a SejahteraError thrown by `each`
 * passes through unchanged.
 */
export function forEachRow(rows: unknown, path: string, each: (row: unknown) => void): void {
  const context: ContextName = {
    en: path,
    id: Object.hasOwn(ROW_CONTEXTS, path) ? (ROW_CONTEXTS[path] as string) : path,
  };
  let iterable = false;
  try {
    iterable =
      rows !== null &&
      typeof rows === 'object' &&
      typeof (rows as Iterable<unknown>)[Symbol.iterator] === 'function';
  } catch {
    iterable = false; // a Proxy whose traps throw
  }
  if (!iterable) {
    throw invalidIn(
      [createIssue('not_iterable', [path], { received: describeType(rows) })],
      context,
    );
  }
  try {
    for (const row of rows as Iterable<unknown>) each(row);
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    throw invalidIn(
      [createIssue('not_iterable', [path], { received: 'a broken iterable' })],
      context,
    );
  }
}
