import { exactFraction } from '../../_internal/exact-decimal.js';
import {
  calendarDate,
  int,
  lengths,
  oneOf,
  optional,
  type Read,
  report,
  withDefault,
} from '../../_internal/zod-like-reader.js';
import { MAX_PRINCIPAL } from './loan-head.js';

// The fields the loan schemas share (LoanSchema, FlatTotalLoanSchema), as readers
// (_internal/zod-like-reader.ts): for `buildSchedule`'s own path.

/**
 * `PercentMini` (`DecimalInputMini` checked 0 .. 1,000): a finite number or a decimal string of at
 * most 80 characters, within 0 .. 1,000.
 */
export const percent: Read = (v, path, out) => {
  const isNumber = typeof v === 'number' && Number.isFinite(v);
  if (!isNumber && typeof v !== 'string') {
    // Neither option of the union: the string option still reads a length (zod's length check).
    lengths([], v, path, 0, 80);
    report(out, path, 'invalid_union');
    return v;
  }
  if (!isNumber) lengths(out, v, path, 0, 80);
  const f = exactFraction(v);
  if (f === undefined) report(out, path, 'invalid_decimal');
  else if (f.numerator < 0n || f.numerator > 1000n * f.denominator) {
    report(out, path, 'rate_out_of_range', { minimum: 0, maximum: 1000 });
  }
  return v;
};

/** `principal`, `disbursedOn` and the optional `firstDueOn`: how both loan schemas start. */
export const LOAN_HEAD = {
  principal: int(1, MAX_PRINCIPAL),
  disbursedOn: calendarDate,
  firstDueOn: optional(calendarDate),
} as const;

/** `RoundingModeSchema`'s modes, defaulting to half-up. */
export const MODE: Read = withDefault(oneOf(['half-up', 'half-even', 'up', 'down']), 'half-up');

/** A rounding unit 1 .. 10^9, defaulting to 1. */
export const UNIT: Read = withDefault(int(1, 1_000_000_000), 1);
