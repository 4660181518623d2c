import type { ContextName, Issue } from '../core/issue-types.js';
import { createIssue, describeType } from '../core/issues.js';
import { invalidIn } from '../core/parse.js';

/** The most parts a split takes (`allocateRupiah`, `splitRupiah`). */
export const MAX_PARTS = 1_000_000;

/**
 * The problems of a split's total and of its list of ratios or weights as a whole, one rule for
 * `allocateRupiah` and `splitRupiah`: the total a safe integer, the list an array of 1 to
 * {@link MAX_PARTS} items. Throws at once (with the total's problem) when the list is not an array.
 */
export function splitShapeProblems(
  total: unknown,
  list: unknown,
  key: string,
  context: ContextName,
): Issue[] {
  const problems: Issue[] = [];
  if (typeof total !== 'number' || !Number.isSafeInteger(total)) {
    problems.push(createIssue('not_integer', ['total'], { received: describeType(total) }));
  }
  if (!Array.isArray(list)) {
    problems.push(
      createIssue('invalid_type', [key], { expected: 'array', received: describeType(list) }),
    );
    throw invalidIn(problems, context);
  }
  if (list.length === 0) {
    problems.push(
      createIssue('too_small', [key], { minimum: 1, origin: 'array', inclusive: true }),
    );
  }
  if (list.length > MAX_PARTS) {
    problems.push(
      createIssue('too_big', [key], { maximum: MAX_PARTS, origin: 'array', inclusive: true }),
    );
  }
  return problems;
}
