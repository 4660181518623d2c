import { deepFreeze } from '../_internal/freeze.js';
import * as z from 'zod';
import type { Decimal } from 'decimal.js';
import { decToFraction, toDec } from '../_internal/decimal.js';
import { divRoundBig, divRoundInt } from '../_internal/int-division.js';
import { createIssue, describeType, type Issue, validationError } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

/**
 * An amount of money in whole rupiah. Always a safe integer: the rupiah has no minor unit in use.
 *
 * @category Money
 */
export type Rupiah = number;

/**
 * A non-negative whole-rupiah amount (a safe integer >= 0).
 *
 * @category Money
 */
export const RupiahSchema = z
  .int()
  .nonnegative()
  .meta({ title: 'Rupiah', description: 'Whole rupiah, a non-negative safe integer' });

/**
 * A whole-rupiah amount that may be negative (a balance, a difference).
 *
 * @category Money
 */
export const SignedRupiahSchema = z.int().meta({
  title: 'SignedRupiah',
  description: 'Whole rupiah, a safe integer that may be negative',
});

/**
 * How an amount that falls between two multiples of the unit is rounded.
 * - `'half-up'`: to the nearest multiple; exact halves go up (toward +infinity).
 * - `'half-even'`: to the nearest multiple; exact halves go to the even multiple (banker's rounding).
 * - `'up'`: always toward +infinity (ceiling).
 * - `'down'`: always toward -infinity (floor).
 *
 * @category Money
 */
export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down';

/**
 * The rounding modes, for schemas and menus.
 *
 * @category Money
 */
export const ROUNDING_MODES = [
  'half-up',
  'half-even',
  'up',
  'down',
] as const satisfies readonly RoundingMode[];
deepFreeze(ROUNDING_MODES);

/**
 * Schema of a rounding mode.
 *
 * @category Money
 */
export const RoundingModeSchema = z.enum(ROUNDING_MODES);

/**
 * Schema of a rounding rule: a positive whole-rupiah unit (1, 100, 500, 1,000, 5,000 ...) and a mode.
 *
 * @category Money
 */
export const RoundingSchema = z.strictObject({
  unit: z.int().positive().max(1_000_000_000_000).default(1),
  mode: RoundingModeSchema.default('half-up'),
});

/**
 * Options of {@link roundRupiah}.
 *
 * @category Money
 */
export interface RoundRupiahOptions {
  /** Round to a multiple of this many rupiah (a positive safe integer; default 1). */
  unit?: number | undefined;
  /** How to round (default `'half-up'`). */
  mode?: RoundingMode | undefined;
}

/**
 * A number, a decimal string (`'375282.5'`, `'1e6'`) or a `Decimal`.
 *
 * @category Money
 */
export type DecimalInput = number | string | Decimal;

const ROUND_RUPIAH_KEYS = optionKeys<RoundRupiahOptions>()({ unit: true, mode: true });

/**
 * Rounds an amount to a multiple of `unit` rupiah with the named mode. The rounding is exact: a
 * decimal string or Decimal is rounded from its exact value, and a number from the decimal value
 * JavaScript prints for it, so 375282.5 rounds half-up to 375283 however it was obtained as a string.
 *
 * Integers with unit 1 are returned as they are; other safe integers are rounded with exact integer
 * operations; everything else goes through decimal.js.
 *
 * @category Money
 * @throws {@link ValidationError} when the value is not a finite number, decimal string or Decimal, the
 * unit is not a positive safe integer, the mode is unknown, or the result is not a safe integer
 * (`too_big`: rounding 9,007,199,254,740,991 up to a multiple of 3 would leave the safe range).
 * Negative zero comes back as 0.
 * @throws {@link ConfigurationError} `unknown_option` when `options` holds a key other than `unit`
 * and `mode`.
 * @example
 * roundRupiah('375282.5')
 * //=> 375283
 * roundRupiah(1_234_567, { unit: 5000, mode: 'up' })
 * //=> 1_235_000
 * roundRupiah(2_500, { unit: 1000, mode: 'half-even' })
 * //=> 2_000
 */
export function roundRupiah(value: DecimalInput, options: RoundRupiahOptions = {}): Rupiah {
  try {
    checkOptionKeys(options, ROUND_RUPIAH_KEYS, 'roundRupiah');
    const unit = options?.unit ?? 1;
    const mode = options?.mode ?? 'half-up';
    const problems: Issue[] = [];
    if (!Number.isSafeInteger(unit) || unit <= 0) {
      problems.push(
        typeof unit === 'number' && Number.isSafeInteger(unit)
          ? createIssue('too_small', ['unit'], { minimum: 1, inclusive: true, origin: 'number' })
          : createIssue('not_integer', ['unit'], { received: describeType(unit) }),
      );
    }
    if (!ROUNDING_MODES.includes(mode as RoundingMode)) {
      problems.push(createIssue('invalid_value', ['mode'], { allowed: ROUNDING_MODES }));
    }
    if (typeof value === 'number' && Number.isSafeInteger(value) && problems.length === 0) {
      if (unit === 1) return value + 0; // + 0 turns -0 into 0
      const rounded = divRoundInt(value, unit, mode) * unit;
      // A result past the safe range is not exact: the BigInt path below rejects it.
      if (Number.isSafeInteger(rounded)) return rounded + 0;
    }
    const dec = toDec(value);
    if (dec === undefined) {
      problems.unshift(
        createIssue('invalid_decimal', ['value'], { received: describeType(value) }),
      );
    }
    if (problems.length > 0 || dec === undefined) throw validationError(problems, 'rounding');
    const { numerator, denominator } = decToFraction(dec);
    const result = divRoundBig(numerator, denominator * BigInt(unit), mode) * BigInt(unit);
    if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw validationError(
        [createIssue('too_big', ['value'], { maximum: Number.MAX_SAFE_INTEGER, origin: 'number' })],
        'rounding',
      );
    }
    return Number(result) + 0;
  } catch (error) {
    throw unreadableInput(error, 'rounding');
  }
}

/**
 * Splits an amount by ratios so that the parts always add up exactly to the amount (largest remainder
 * method): each part first gets the whole-rupiah floor of its exact share, then the rupiah left over go
 * one each to the parts with the largest remainders; equal remainders go to the earlier part. Ratios
 * are read exactly (a number by its printed decimal value), so `[1, 1, 1]` and `['0.1', '0.1', '0.1']`
 * split the same way. A negative total is split as its absolute value and negated.
 *
 * @category Money
 * @throws {@link ValidationError} when the total is not a safe integer, a ratio is negative or not a
 * finite decimal, there is no ratio, or the ratios sum to zero.
 * @example
 * allocateRupiah(100, [1, 1, 1])
 * //=> [34, 33, 33]
 * allocateRupiah(1_000_000, [50, 30, 20])
 * //=> [500_000, 300_000, 200_000]
 */
export function allocateRupiah(total: Rupiah, ratios: readonly DecimalInput[]): Rupiah[] {
  try {
    const problems: Issue[] = [];
    if (typeof total !== 'number' || !Number.isSafeInteger(total)) {
      problems.push(createIssue('not_integer', ['total'], { received: describeType(total) }));
    }
    if (!Array.isArray(ratios)) {
      problems.push(
        createIssue('invalid_type', ['ratios'], {
          expected: 'array',
          received: describeType(ratios),
        }),
      );
      throw validationError(problems, 'allocation');
    }
    if (ratios.length === 0) {
      problems.push(
        createIssue('too_small', ['ratios'], { minimum: 1, origin: 'array', inclusive: true }),
      );
    }
    if (ratios.length > 1_000_000) {
      problems.push(
        createIssue('too_big', ['ratios'], {
          maximum: 1_000_000,
          origin: 'array',
          inclusive: true,
        }),
      );
    }
    const fractions: { numerator: bigint; denominator: bigint }[] = [];
    for (let i = 0; i < ratios.length && ratios.length <= 1_000_000; i++) {
      const d = toDec(ratios[i]);
      if (d === undefined) {
        problems.push(
          createIssue('invalid_decimal', ['ratios', i], { received: describeType(ratios[i]) }),
        );
      } else if (d.isNegative() && !d.isZero()) {
        problems.push(
          createIssue('too_small', ['ratios', i], {
            minimum: 0,
            inclusive: true,
            origin: 'number',
          }),
        );
      } else fractions.push(decToFraction(d));
    }
    if (problems.length > 0) throw validationError(problems, 'allocation');
    // Common denominator: the largest power of ten among the ratios.
    let scale = 1n;
    for (const f of fractions) if (f.denominator > scale) scale = f.denominator;
    const weights = fractions.map((f) => f.numerator * (scale / f.denominator));
    let sum = 0n;
    for (const w of weights) sum += w;
    if (sum === 0n) {
      throw validationError([createIssue('zero_sum', ['ratios'])], 'allocation');
    }
    const negative = total < 0;
    const whole = BigInt(negative ? -total : total);
    const parts: bigint[] = new Array(weights.length);
    const remainders: { index: number; remainder: bigint }[] = [];
    let given = 0n;
    for (let i = 0; i < weights.length; i++) {
      const exact = whole * (weights[i] as bigint);
      const part = exact / sum;
      parts[i] = part;
      given += part;
      remainders.push({ index: i, remainder: exact % sum });
    }
    let left = Number(whole - given);
    remainders.sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
    for (let k = 0; left > 0; k++, left--) {
      const target = remainders[k] as { index: number };
      parts[target.index] = (parts[target.index] as bigint) + 1n;
    }
    return parts.map((p) => (negative ? -Number(p) : Number(p)) + 0);
  } catch (error) {
    throw unreadableInput(error, 'allocation');
  }
}
