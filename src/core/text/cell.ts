import { skipBlank, trimEnd } from '../../_internal/number-text.js';
import { optionKeys } from '../../_internal/options.js';
import { createIssue, describeType, type Issue, type MessageOptions } from '../issues.js';

/** The keys of {@link MessageOptions}: the options of the text parsers that take nothing else. */
export const MESSAGE_KEYS = optionKeys<MessageOptions>()({ locale: true, messages: true });

/** A failed parse of one cell: one issue at the cell itself. */
export type CellFailure = { readonly success: false; readonly issues: Issue[] };

/** Builds a {@link CellFailure} for a code and its params, worded with the call's message options. */
export type FailCell = (code: string, params?: Record<string, unknown>) => CellFailure;

/** A cell that holds text: its trimmed bounds and the call's failure builder. */
export interface OpenCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly fail: FailCell;
}

/**
 * The rule every text-cell parser starts with, in one place: a missing value or a blank cell is
 * `required` (never 0 or false), a value that is not a string is `invalid_type`; otherwise the cell's
 * bounds without surrounding blanks.
 *
 * @internal
 */
export function openCell(
  text: unknown,
  options: MessageOptions | undefined,
): OpenCell | CellFailure {
  const o = options ?? {};
  const fail: FailCell = (code, params = {}) => ({
    success: false,
    issues: [createIssue(code, [], params, o)],
  });
  if (typeof text !== 'string') {
    return text === undefined || text === null
      ? fail('required')
      : fail('invalid_type', { expected: 'string', received: describeType(text) });
  }
  const end = trimEnd(text, 0, text.length);
  const start = skipBlank(text, 0, end);
  return start === end ? fail('required') : { text, start, end, fail };
}
