import { deepFreeze } from '../_internal/freeze.js';
import * as z from 'zod';
import type { Decimal } from 'decimal.js';
import { Dec, decToFraction, toDec } from '../_internal/decimal.js';
import { unreadableAs } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { parseIn } from './parse.js';
import { RATE, RATE_CONVERSION_METHOD, RATE_PERIOD } from '../_internal/contexts.js';
import { type Fraction, reduceFraction } from './fraction.js';

/**
 * The period a rate is quoted for.
 *
 * @category Rates
 */
export type RatePeriod = 'week' | 'month' | 'year';

/**
 * The rate periods, for schemas and menus.
 *
 * @category Rates
 */
export const RATE_PERIODS = ['week', 'month', 'year'] as const satisfies readonly RatePeriod[];
deepFreeze(RATE_PERIODS);

/**
 * A finite decimal given as a number or a decimal string (`1.5`, `'1.5'`, `'18'`).
 *
 * @category Rates
 */
export const DecimalInputSchema = z
  .union([z.number(), z.string().max(80)])
  .superRefine((value, ctx) => {
    if (toDec(value) === undefined) {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_decimal' }, input: value });
    }
  })
  .meta({ title: 'DecimalInput', description: 'A finite decimal number, or a string of one' });

/**
 * A percentage rate with the period it is quoted for: `{ percent: '1.5', per: 'month' }` is the UPK's
 * "jasa 1,5% per bulan"; `{ percent: 18, per: 'year' }` is 18% a year. Percentages are read exactly
 * (a string as written, a number as JavaScript prints it) and must be between 0 and 1,000.
 *
 * @category Rates
 */
export const RateSchema = z
  .strictObject({
    percent: DecimalInputSchema.refine(
      (v) => {
        const d = toDec(v);
        return d === undefined || (d.gte(0) && d.lte(1000));
      },
      { params: { code: 'rate_out_of_range', minimum: 0, maximum: 1000 } },
    ),
    per: z.enum(RATE_PERIODS),
  })
  .meta({ title: 'Rate', description: 'A percentage rate and the period it is quoted for' });

/**
 * A rate as a user writes it (the input of {@link RateSchema}).
 *
 * @category Rates
 */
export type Rate = z.input<typeof RateSchema>;

/**
 * The period a rate is converted to: one of the rate periods, or a number of months or weeks
 * (`{ months: 3 }` for a quarterly instalment).
 *
 * @category Rates
 */
export type RateTarget = RatePeriod | { readonly months: number } | { readonly weeks: number };

/**
 * Options of {@link periodicRate}.
 *
 * @category Rates
 */
export interface PeriodicRateOptions {
  /**
   * `'simple'` (default) scales the rate in proportion to the length of the period, as programme rates
   * are quoted (18% a year = 1.5% a month; a year is 12 months or 52 weeks). `'compound'` gives the
   * equivalent compound rate: (1 + r)^(length ratio) - 1.
   */
  method?: 'simple' | 'compound' | undefined;
}

const PERIODIC_RATE_KEYS = optionKeys<PeriodicRateOptions>()({ method: true });

const TargetSchema = z.union([
  z.enum(RATE_PERIODS),
  z.strictObject({ months: z.int().positive().max(1200) }),
  z.strictObject({ weeks: z.int().positive().max(5200) }),
]);

// Lengths in units of 1/52 month-weeks: a year is 12 months = 52 weeks, so measure in "year / 624".
const LENGTH = { year: 624n, month: 52n, week: 12n } as const;

function lengthOf(target: z.output<typeof TargetSchema>): bigint {
  if (typeof target === 'string') return LENGTH[target];
  if ('months' in target) return BigInt(target.months) * LENGTH.month;
  return BigInt(target.weeks) * LENGTH.week;
}

function parseRateAndTarget(rate: Rate, to: RateTarget) {
  const parsedRate = parseIn(RateSchema, rate, RATE);
  const target = parseIn(TargetSchema, to, RATE_PERIOD);
  const fraction = decToFraction(toDec(parsedRate.percent) as Decimal);
  return { fraction, from: LENGTH[parsedRate.per], to: lengthOf(target) };
}

/**
 * The exact periodic rate (as a fraction, not a percentage) under simple conversion. Use it where
 * money is computed: 18% a year per month is exactly 3/200; 10% a year per week is exactly 1/520.
 *
 * @category Rates
 * @throws {@link ValidationError} when the rate or the target period is invalid.
 * @example
 * periodicRateFraction({ percent: '1.5', per: 'month' }, 'month')
 * //=> { numerator: 3n, denominator: 200n }
 */
export function periodicRateFraction(rate: Rate, to: RateTarget): Fraction {
  try {
    const { fraction, from, to: target } = parseRateAndTarget(rate, to);
    return reduceFraction(fraction.numerator * target, fraction.denominator * 100n * from);
  } catch (error) {
    throw unreadableAs(error, RATE);
  }
}

/**
 * The periodic rate as a Decimal fraction (0.015 for 1.5%), converted simply (default) or compounded.
 * Simple conversion is exact as long as the result has a finite decimal expansion; for an exact
 * rational use {@link periodicRateFraction}.
 *
 * @category Rates
 * @throws {@link ValidationError} when the rate, the target period or the method is invalid.
 * @example
 * periodicRate({ percent: 18, per: 'year' }, 'month').toString()
 * //=> '0.015'
 * periodicRate({ percent: 1, per: 'month' }, 'year', { method: 'compound' }).toFixed(6)
 * //=> '0.126825'
 */
export function periodicRate(
  rate: Rate,
  to: RateTarget,
  options: PeriodicRateOptions = {},
): Decimal {
  try {
    checkOptionKeys(options, PERIODIC_RATE_KEYS, 'periodicRate');
    const method = options?.method ?? 'simple';
    if (method !== 'simple' && method !== 'compound') {
      parseIn(z.enum(['simple', 'compound']), method, RATE_CONVERSION_METHOD);
    }
    const { fraction, from, to: target } = parseRateAndTarget(rate, to);
    const r = new Dec(fraction.numerator.toString()).div(fraction.denominator.toString()).div(100);
    if (method === 'simple') return r.mul(target.toString()).div(from.toString());
    return r.plus(1).pow(new Dec(target.toString()).div(from.toString())).minus(1);
  } catch (error) {
    throw unreadableAs(error, RATE);
  }
}
