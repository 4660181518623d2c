import { FRACTION } from '../_internal/contexts.js';
import { unreadableAs } from '../_internal/guard.js';
import { createIssue, describeType } from './issues.js';
import { invalidIn } from './parse.js';

// Exact fractions of BigInts, apart from the rates (rate.ts) so that a function that only reduces a
// fraction (the poverty and Tridaya ratios) does not bring decimal.js and the rate schemas along.

/**
 * An exact rational number: `numerator / denominator`, with a positive denominator.
 *
 * @category Rates
 */
export interface Fraction {
  /** The numerator. */
  readonly numerator: bigint;
  /** The denominator, always > 0. */
  readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Reduces a fraction to lowest terms with a positive denominator.
 *
 * @category Rates
 * @throws {@link ValidationError} when the denominator is zero.
 * @example
 * reduceFraction(15n, 1000n)
 * //=> { numerator: 3n, denominator: 200n }
 */
export function reduceFraction(numerator: bigint, denominator: bigint): Fraction {
  try {
    if (typeof numerator !== 'bigint' || typeof denominator !== 'bigint' || denominator === 0n) {
      throw invalidIn(
        [
          createIssue('invalid_type', ['denominator'], {
            expected: 'non-zero bigint',
            received: describeType(denominator),
          }),
        ],
        FRACTION,
      );
    }
    const sign = denominator < 0n ? -1n : 1n;
    const g = gcd(numerator, denominator) || 1n;
    return { numerator: (sign * numerator) / g, denominator: (sign * denominator) / g };
  } catch (error) {
    throw unreadableAs(error, FRACTION);
  }
}
