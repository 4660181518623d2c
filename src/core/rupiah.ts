import { deepFreeze } from '../_internal/freeze.js';
import * as z from 'zod';
import type { Decimal } from 'decimal.js';
import { decToFraction, toDec } from '../_internal/decimal.js';
import { divRoundBig, divRoundInt } from '../_internal/int-division.js';
import { exactFraction } from '../_internal/exact-decimal.js';
import { MAX_PARTS, splitShapeProblems } from '../_internal/split-shape.js';
import { createIssue, describeType, type Issue } from './issues.js';
import { unreadableAs } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { invalidIn } from './parse.js';
import { ALLOCATION, ROUNDING } from '../_internal/contexts.js';

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
 * operations; everything else is read as an exact fraction of BigInts (no decimal.js).
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
    const exact = exactFraction(value);
    if (exact === undefined) {
      problems.unshift(
        createIssue('invalid_decimal', ['value'], { received: describeType(value) }),
      );
    }
    if (problems.length > 0 || exact === undefined) throw invalidIn(problems, ROUNDING);
    const { numerator, denominator } = exact;
    const result = divRoundBig(numerator, denominator * BigInt(unit), mode) * BigInt(unit);
    if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw invalidIn(
        [createIssue('too_big', ['value'], { maximum: Number.MAX_SAFE_INTEGER, origin: 'number' })],
        ROUNDING,
      );
    }
    return Number(result) + 0;
  } catch (error) {
    throw unreadableAs(error, ROUNDING);
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
    const problems = splitShapeProblems(total, ratios, 'ratios', ALLOCATION);
    if (problems.length === 0) {
      const weights = scaledWeights(ratios);
      const fast =
        weights === undefined ? undefined : allocateWholeRatios(total as number, weights);
      if (fast !== undefined) return fast;
    }
    const weights = exactWeights(ratios, problems);
    let sum = 0n;
    for (const w of weights) sum += w;
    if (sum === 0n) {
      throw invalidIn([createIssue('zero_sum', ['ratios'])], ALLOCATION);
    }
    return largestRemainderSplit(total, weights, sum);
  } catch (error) {
    throw unreadableAs(error, ALLOCATION);
  }
}

/**
 * The ratios read exactly, as BigInt weights over their common denominator (the largest power of ten
 * among them); throws every problem found, `problems` (the shape's) first.
 */
function exactWeights(ratios: readonly DecimalInput[], problems: Issue[]): bigint[] {
  const fractions: { numerator: bigint; denominator: bigint }[] = [];
  for (let i = 0; i < ratios.length && ratios.length <= MAX_PARTS; i++) {
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
  if (problems.length > 0) throw invalidIn(problems, ALLOCATION);
  let scale = 1n;
  for (const f of fractions) if (f.denominator > scale) scale = f.denominator;
  return fractions.map((f) => f.numerator * (scale / f.denominator));
}

/**
 * The largest-remainder split of `total` by BigInt `weights` summing to `sum` (> 0): floors first, then
 * one rupiah each to the largest remainders, earlier part first on ties; a negative total is split as
 * its absolute value and negated.
 */
function largestRemainderSplit(total: number, weights: readonly bigint[], sum: bigint): Rupiah[] {
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
}

const PLAIN_DECIMAL = /^\+?(\d*)(?:\.(\d*))?$/;

/**
 * The ratios as whole numbers over one power of ten (`[1.5, '0.25', 2]` is `[150, 25, 200]` / 100),
 * when each is a number or a plain decimal string (no exponent) of at most 15 significant digits and
 * every scaled weight is a safe integer: the value read is the printed decimal value, as the exact
 * path reads it. `undefined` otherwise (the exact path decides, and reports bad ratios).
 */
function scaledWeights(ratios: readonly unknown[]): readonly number[] | undefined {
  const n = ratios.length;
  let allWhole = true;
  for (let i = 0; i < n; i++) {
    const w = ratios[i];
    if (typeof w !== 'number' || !Number.isSafeInteger(w)) {
      allWhole = false;
      break;
    }
  }
  if (allWhole) return ratios as readonly number[];
  const digits = new Array<number>(n);
  const scales = new Uint8Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const w = ratios[i];
    let text: string;
    if (typeof w === 'number') {
      if (!Number.isFinite(w)) return undefined;
      text = String(w);
    } else if (typeof w === 'string' && w.length <= 40) text = w.trim();
    else return undefined;
    const m = PLAIN_DECIMAL.exec(text);
    if (m === null) return undefined;
    const int = m[1] ?? '';
    const frac = m[2] ?? '';
    if (int.length + frac.length === 0) return undefined;
    const all = (int + frac).replace(/^0+/, '');
    if (all.length > 15 || frac.length > 15) return undefined;
    digits[i] = all.length === 0 ? 0 : Number(all);
    scales[i] = frac.length;
    if (frac.length > top) top = frac.length;
  }
  for (let i = 0; i < n; i++) {
    const w = (digits[i] as number) * 10 ** (top - (scales[i] as number));
    if (!Number.isSafeInteger(w)) return undefined;
    digits[i] = w;
  }
  return digits;
}

/**
 * The same split as {@link allocateRupiah} in plain numbers, when every ratio is a whole number >= 0
 * and their sum is a safe integer: each part is `floor(total x ratio / sum)` computed exactly (in
 * doubles while `total x ratio` is a safe integer, in BigInt for that part when it is not), every
 * remainder is below the sum and so exact as a double. Returns `undefined` when the ratios are not
 * such, and the general exact path runs instead.
 */
function allocateWholeRatios(total: number, ratios: readonly unknown[]): Rupiah[] | undefined {
  const n = ratios.length;
  const whole = Math.abs(total);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = ratios[i];
    if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) return undefined;
    sum += w;
  }
  if (sum === 0 || sum > Number.MAX_SAFE_INTEGER) return undefined;
  const bigSum = BigInt(sum);
  const bigWhole = BigInt(whole);
  const parts = new Array<number>(n);
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const w = ratios[i] as number;
    const exact = whole * w;
    if (exact > Number.MAX_SAFE_INTEGER) {
      // too large for a double to hold exactly: this part in BigInt (the remainder is < sum, safe)
      const big = bigWhole * BigInt(w);
      const part = Number(big / bigSum);
      parts[i] = part;
      remainders[i] = Number(big % bigSum);
      given += part;
      continue;
    }
    let part = Math.floor(exact / sum);
    let rest = exact - part * sum; // part x sum <= exact + sum, a safe integer: exact
    // the float quotient can round up across a whole number: correct by one step either way
    if (rest < 0) {
      part -= 1;
      rest += sum;
    } else if (rest >= sum) {
      part += 1;
      rest -= sum;
    }
    parts[i] = part;
    remainders[i] = rest;
    given += part;
  }
  const left = whole - given;
  if (left > 0) {
    // The `left` largest remainders get one rupiah each, ties to the earlier part: find the
    // left-th largest remainder (a native numeric sort of a copy), give to every part above it, then
    // to the earliest parts equal to it.
    const sorted = remainders.slice().sort();
    const threshold = sorted[n - left] as number;
    let above = 0;
    for (let i = 0; i < n; i++) if ((remainders[i] as number) > threshold) above++;
    let atThreshold = left - above;
    for (let i = 0; i < n; i++) {
      const r = remainders[i] as number;
      if (r > threshold || (r === threshold && atThreshold-- > 0))
        parts[i] = (parts[i] as number) + 1;
    }
  }
  if (total < 0) for (let i = 0; i < n; i++) parts[i] = -(parts[i] as number) + 0;
  return parts;
}
