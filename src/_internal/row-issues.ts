import { SejahteraError, ValidationError } from '../core/errors.js';
import { createIssue } from '../core/issue-build.js';
import type { BilingualCatalog, Issue, MessageOptions } from '../core/issue-types.js';

/**
 * The issues of one row as a batch rejection reports them. A function given the row alone reports
 * `unreadable_input` when it cannot read it (the whole input, to that function: `parseWith` throws it,
 * `safeParseWith` returns it); in a batch that input is one row, so the rejection names it
 * `unreadable_row` (one code per fault, docs/core.md). The list comes back as it is when it has no
 * such issue (a batch's many equal rejections keep sharing one list).
 */
export function rowIssues(
  issues: readonly Issue[],
  options: MessageOptions,
  catalog?: BilingualCatalog,
): readonly Issue[] {
  return issues.some((i) => i.code === 'unreadable_input')
    ? issues.map((i) =>
        i.code === 'unreadable_input'
          ? createIssue('unreadable_row', i.path, {}, options, catalog)
          : i,
      )
    : issues;
}

/**
 * The issues of one row whose check threw, as a batch rejection reports them: a ValidationError's
 * issues through {@link rowIssues}, another SejahteraError as one issue with its code, and anything
 * else thrown while reading the row (a getter, a Proxy trap) `unreadable_row`.
 */
export function rowIssuesOfThrown(
  error: unknown,
  options: MessageOptions,
  catalog?: BilingualCatalog,
): readonly Issue[] {
  if (error instanceof ValidationError) return rowIssues(error.issues, options, catalog);
  if (error instanceof SejahteraError) {
    return [
      {
        code: error.code,
        path: [],
        params: error.params,
        message: options.locale === 'id' ? error.messages.id : error.messages.en,
      },
    ];
  }
  return [createIssue('unreadable_row', [], {}, options, catalog)];
}
