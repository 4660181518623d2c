import {
  int,
  strictObject,
  oneOf,
  optional,
  readWith,
  withDefault,
} from '../../_internal/zod-like-reader.js';
import { coreMessages, type MessageOptions, type SafeParseResult } from '../../core/index.js';
import { FREQUENCIES, INTEREST_GRACE_TREATMENTS, INTEREST_METHODS } from './loan-values.js';
import { scheduleStageMessages } from './messages.js';
import { LOAN_HEAD, MODE, percent, UNIT } from './reader-fields.js';

// `LoanSchema` read without zod, for `buildSchedule`'s own path (issue 11: its bundle then carries
// no zod), written with the library's one kit of readers (_internal/zod-like-reader.ts). The same
// rules, the same output and the same issues in the same order as `safeParseWith(LoanSchema, value,
// { catalog: scheduleStageMessages })`: tests/revolving-fund/loan-reader.test.ts proves it on
// arbitrary input.

const LOAN = strictObject({
  ...LOAN_HEAD,
  tenor: int(1, 1000),
  frequency: oneOf(FREQUENCIES),
  interest: strictObject({
    method: oneOf(INTEREST_METHODS),
    rate: strictObject({ percent, per: oneOf(['week', 'month', 'year']) }),
  }),
  grace: optional(
    strictObject({
      principalPeriods: withDefault(int(0, 1000), 0),
      interestPeriods: withDefault(int(0, 1000), 0),
      interest: withDefault(oneOf(INTEREST_GRACE_TREATMENTS), 'deferred'),
    }),
  ),
  principalEvery: optional(int(1, 1000)),
  rounding: optional(strictObject({ unit: UNIT, mode: MODE })),
});

/** A loan as `LoanSchema` outputs it (loan.ts types it as `ParsedLoan`). */
export type ReadLoan = Record<string, unknown>;

/**
 * Reads a loan as `LoanSchema` does (defaults filled in), with its issues worded from the schedule
 * stage's catalogue in the locale of `options`.
 */
export function readLoan(value: unknown, options: MessageOptions): SafeParseResult<ReadLoan> {
  return readWith(LOAN, value, options, scheduleStageMessages, coreMessages);
}
