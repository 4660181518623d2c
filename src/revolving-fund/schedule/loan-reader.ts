import { object, oneOf, readWith, whole } from '../../_internal/mirror-fields.js';
import type { MessageOptions, SafeParseResult } from '../../core/index.js';
import { FREQUENCIES, INTEREST_GRACE_TREATMENTS, INTEREST_METHODS } from './loan-values.js';
import { scheduleStageMessages } from './messages.js';
import { LOAN_HEAD, MODE, percent, UNIT } from './reader-fields.js';

// `LoanSchema` read without zod, for `buildSchedule`'s own path (issue 11: its bundle then carries
// no zod), written as the schema is (_internal/mirror-fields.ts). The same rules, the same output and
// the same issues in the same order as `safeParseWith(LoanSchema, value, { catalog:
// scheduleStageMessages })`: tests/revolving-fund/loan-reader.test.ts proves it on arbitrary input.

const LOAN = object(
  [
    ...LOAN_HEAD,
    ['tenor', whole(1, 1000)],
    ['frequency', oneOf(FREQUENCIES)],
    [
      'interest',
      object(
        [
          ['method', oneOf(INTEREST_METHODS)],
          [
            'rate',
            object(
              [
                ['percent', percent],
                ['per', oneOf(['week', 'month', 'year'])],
              ],
              true,
            ),
          ],
        ],
        true,
      ),
    ],
    [
      'grace',
      object(
        [
          ['principalPeriods', whole(0, 1000), { value: 0 }],
          ['interestPeriods', whole(0, 1000), { value: 0 }],
          ['interest', oneOf(INTEREST_GRACE_TREATMENTS), { value: 'deferred' }],
        ],
        true,
      ),
      'optional',
    ],
    ['principalEvery', whole(1, 1000), 'optional'],
    ['rounding', object([UNIT, MODE], true), 'optional'],
  ],
  true,
);

/** A loan as `LoanSchema` outputs it (loan.ts types it as `ParsedLoan`). */
export type ReadLoan = Record<string, unknown>;

/**
 * Reads a loan as `LoanSchema` does (defaults filled in), with its issues worded from the schedule
 * stage's catalogue in the locale of `options`.
 */
export function readLoan(value: unknown, options: MessageOptions): SafeParseResult<ReadLoan> {
  return readWith(LOAN, value, options, scheduleStageMessages);
}
