import { array, calendarDate, int, object, readWith } from '../../_internal/zod-like-reader.js';
import { coreMessages, type SafeParseResult } from '../../core/index.js';
import { revolvingFundPaymentMessages } from './messages.js';

// `ScheduleInputSchema` and the payments list (`PaymentSchema` items) read without zod, for the
// payment and arrears stages' own path (issue 11: an `assessLoan` bundle then carries no zod), written
// as the schemas are (_internal/zod-like-reader.ts, the library's one kit of readers). The same output and the same issues in the same
// order as `safeParseWith(schema, value, { catalog: revolvingFundPaymentMessages, path })`:
// tests/revolving-fund/input-reader.test.ts proves it on arbitrary input. Extra fields are dropped,
// as the schemas' (non-strict) objects drop them.

const SCHEDULE = object({
  instalments: array(
    object({
      number: int(1),
      dueOn: calendarDate,
      principal: int(0),
      interest: int(0),
      total: int(0),
    }),
    10_000,
    1,
  ),
});
const PAYMENTS = array(object({ paidOn: calendarDate, amount: int(0) }), 1_000_000);

/** A schedule as `ScheduleInputSchema` outputs it. */
export interface ReadScheduleInput {
  instalments: {
    number: number;
    dueOn: string;
    principal: number;
    interest: number;
    total: number;
  }[];
}

/** A payment as `PaymentSchema` outputs it. */
export interface ReadPayment {
  paidOn: string;
  amount: number;
}

/** Reads a schedule as `ScheduleInputSchema` does. */
export function readScheduleInput(value: unknown): SafeParseResult<ReadScheduleInput> {
  return readWith(SCHEDULE, value, {}, revolvingFundPaymentMessages, coreMessages);
}

/** Reads a payments list as `zm.array(PaymentSchema)` (at most 1,000,000) does, under `payments`. */
export function readPaymentsInput(value: unknown): SafeParseResult<ReadPayment[]> {
  return readWith(PAYMENTS, value, {}, revolvingFundPaymentMessages, coreMessages, ['payments']);
}
