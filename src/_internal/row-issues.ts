import { SejahteraError, ValidationError } from '../core/errors.js';
import { createIssue } from '../core/issue-build.js';
import type { BilingualCatalog, Issue, MessageOptions } from '../core/issue-types.js';

/**
 * The issues of one row whose check threw, as a batch rejection reports them. A function given the
 * row alone throws `unreadable_input` when it cannot read it (the whole input, to that function); in
 * a batch that input is one row, so the rejection names it `unreadable_row` (one code per fault,
 * docs/core.md). Anything else thrown while reading the row (a getter, a Proxy trap) is the same.
 */
export function rowIssuesOfThrown(
  error: unknown,
  options: MessageOptions,
  catalog?: BilingualCatalog,
): readonly Issue[] {
  if (error instanceof ValidationError) {
    return error.issues.map((i) =>
      i.code === 'unreadable_input'
        ? createIssue('unreadable_row', i.path, {}, options, catalog)
        : i,
    );
  }
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
