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

// Lengths in 1/624 of a year (a year is 12 months = 52 weeks), as the core converts a rate simply.
const LENGTH = { year: 624n, month: 52n, week: 12n } as const;

/** The target period of a conversion: a rate period or a whole number of months. */
export type RateTargetMini = 'week' | 'month' | 'year' | { readonly months: number };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The periodic rate of a percentage quoted `per` a period, converted simply to `to`, as a fraction in
 * lowest terms (the core's `periodicRateFraction`), or undefined when the rate is not valid under
 * `RateSchema` (not a finite decimal, outside 0 .. 1,000, an unknown period).
 */
export function exactPeriodicRate(
  percent: unknown,
  per: unknown,
  to: RateTargetMini,
): { numerator: bigint; denominator: bigint } | undefined {
  if (typeof percent !== 'number' && typeof percent !== 'string') return undefined;
  if (typeof percent === 'string' && percent.length > 80) return undefined;
  if (per !== 'week' && per !== 'month' && per !== 'year') return undefined;
  const f = exactFraction(percent);
  if (f === undefined || f.numerator < 0n || f.numerator > 1000n * f.denominator) return undefined;
  const target = typeof to === 'string' ? LENGTH[to] : BigInt(to.months) * LENGTH.month;
  const numerator = f.numerator * target;
  const denominator = f.denominator * 100n * LENGTH[per];
  const g = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / g, denominator: denominator / g };
}
