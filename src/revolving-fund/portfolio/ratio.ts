/**
 * A ratio given exactly and as convenient numbers.
 *
 * - `numerator` / `denominator`: the exact whole numbers it is made of (rupiah or loan counts);
 * - `fraction`: the same ratio reduced, written `'n/d'` (exact);
 * - `decimal`: the ratio as a decimal string, exact when it terminates within `decimalPlaces`
 *   (`exact: true`), otherwise rounded half-up to `decimalPlaces` digits, trailing zeros removed;
 * - `value`: the nearest double to the exact ratio (`numerator / denominator`, one correctly rounded
 *   division); `percent`: the ratio x 100 as a double, from the decimal rounded the same way.
 *
 * @category Portfolio
 */
export interface PortfolioRatio {
  /** Exact numerator (whole rupiah or a count). */
  readonly numerator: number;
  /** Exact denominator (> 0). */
  readonly denominator: number;
  /** Reduced exact fraction `'n/d'` (`'1/1'` for 100%). */
  readonly fraction: string;
  /** Decimal string, exact or rounded half-up to `decimalPlaces` (see `exact`). */
  readonly decimal: string;
  /** Whether `decimal` is the exact ratio. */
  readonly exact: boolean;
  /** Nearest double to the ratio (0.15 for 15%). */
  readonly value: number;
  /** The ratio in percent (15 for 15%), from the percent decimal rounded half-up to `decimalPlaces`. */
  readonly percent: number;
}
