import { exactFraction } from '../../_internal/exact-decimal.js';
import {
  date,
  type Entry,
  type Field,
  lengthCheck,
  oneOf,
  whole,
} from '../../_internal/mirror-fields.js';

// The fields the loan schemas share (LoanSchema, FlatTotalLoanSchema), as reader shapes
// (_internal/mirror-fields.ts): for `buildSchedule`'s own path.

/**
 * `PercentMini` (`DecimalInputMini` checked 0 .. 1,000): a finite number or a decimal string of at
 * most 80 characters, within 0 .. 1,000.
 */
export const percent: Field = (v, path, report) => {
  const isNumber = typeof v === 'number' && Number.isFinite(v);
  if (!isNumber && typeof v !== 'string') {
    // Neither option of the union: the string option still reads a length (zod's length check).
    lengthCheck(v, path, 80, true, () => {});
    report('invalid_union', path, {});
    return v;
  }
  if (!isNumber) lengthCheck(v, path, 80, true, report);
  const f = exactFraction(v);
  if (f === undefined) report('invalid_decimal', path, {});
  else if (f.numerator < 0n || f.numerator > 1000n * f.denominator) {
    report('rate_out_of_range', path, { minimum: 0, maximum: 1000 });
  }
  return v;
};

/** `principal`, `disbursedOn` and the optional `firstDueOn`: how both loan schemas start. */
export const LOAN_HEAD: readonly Entry[] = [
  ['principal', whole(1, 1_000_000_000_000_000)],
  ['disbursedOn', date],
  ['firstDueOn', date, 'optional'],
];

/** `RoundingModeSchema`'s modes, defaulting to half-up. */
export const MODE: Entry = [
  'mode',
  oneOf(['half-up', 'half-even', 'up', 'down']),
  { value: 'half-up' },
];

/** A rounding unit 1 .. 10^9, defaulting to 1. */
export const UNIT: Entry = ['unit', whole(1, 1_000_000_000), { value: 1 }];
