import * as zm from 'zod/mini';
import { exactFraction } from './exact-decimal.js';

// The core's field rules (core/rate.ts: `DecimalInputSchema`, `RateSchema`, simple conversion;
// core/rupiah.ts: `RupiahSchema`, `RoundingModeSchema`) for the revolving fund's zod/mini schemas and its exact periodic rate, read without decimal.js (exactFraction
// reads what decimal.js reads): `buildSchedule` then carries neither classic zod nor decimal.js into a
// user's bundle (issue 11). tests/revolving-fund/core-mini.test.ts holds them equal to the core's
// schemas and `periodicRateFraction` on arbitrary input.

/** `DecimalInputSchema`: a finite decimal number, or a string of one (at most 80 characters). */
export const DecimalInputMini = zm.union([zm.number(), zm.string().check(zm.maxLength(80))]).check(
  zm.superRefine((value, ctx) => {
    if (exactFraction(value) === undefined) {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_decimal' }, input: value });
    }
  }),
  zm.meta({ title: 'DecimalInput', description: 'A finite decimal number, or a string of one' }),
);

/** A decimal from `min` to `max` inclusive, compared exactly (`rate_out_of_range` or `code`). */
export function decimalBetween(
  min: number,
  max: number,
  code: string,
): zm.core.$ZodCheck<number | string> {
  return zm.refine<number | string>(
    (v) => {
      const f = exactFraction(v);
      return (
        f === undefined ||
        (f.numerator >= BigInt(min) * f.denominator && f.numerator <= BigInt(max) * f.denominator)
      );
    },
    { params: { code, minimum: min, maximum: max } },
  );
}

/** A percentage 0 .. 1,000 (`RateSchema`'s `percent`). */
export const PercentMini = DecimalInputMini.check(decimalBetween(0, 1000, 'rate_out_of_range'));

/** `RateSchema`: a percentage 0 .. 1,000 and the period it is quoted for. */
export const RateMini = zm
  .strictObject({
    percent: PercentMini,
    per: zm.enum(['week', 'month', 'year']),
  })
  .check(
    zm.meta({ title: 'Rate', description: 'A percentage rate and the period it is quoted for' }),
  );

/** `RupiahSchema`: whole rupiah, a non-negative safe integer. */
export const RupiahMini = zm
  .int()
  .check(
    zm.nonnegative(),
    zm.meta({ title: 'Rupiah', description: 'Whole rupiah, a non-negative safe integer' }),
  );

/** `RoundingModeSchema`. */
export const RoundingModeMini = zm.enum(['half-up', 'half-even', 'up', 'down']);

// The exact periodic rate moved to periodic-rate.ts (no schema there, so `buildSchedule` does not
// carry these zod/mini schemas into a user's bundle: issue 11).
export { exactPeriodicRate, type RateTargetMini } from './periodic-rate.js';
