import { reduceFraction } from '../core/fraction.js';
import { divRoundBig } from './int-division.js';

// The one declaration of an exact ratio: `makeRatio` below builds it, and revolving-fund/portfolio
// exports it under its public name `PortfolioRatio` (portfolio/ratio.ts), so every stage builds
// ratios the same way without reaching into the portfolio's files.

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
export interface ExactRatio {
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

function decimalString(n: bigint, d: bigint, places: number): { text: string; exact: boolean } {
  const scale = 10n ** BigInt(places);
  const scaled = n * scale;
  const exact = scaled % d === 0n;
  const q = divRoundBig(scaled, d, 'half-up');
  const negative = q < 0n;
  let digits = (negative ? -q : q).toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    let text = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
    text = text.replace(/\.?0+$/, '');
    return { text: (negative ? '-' : '') + text, exact };
  }
  return { text: (negative ? '-' : '') + digits, exact };
}

/**
 * Builds an exact ratio of two safe integers; the denominator must be > 0. `decimal` and `percent`
 * are exact when they terminate within `places` digits, otherwise rounded half-up; `value` is one
 * correctly rounded division.
 */
export function makeRatio(numerator: number, denominator: number, places: number): ExactRatio {
  const { numerator: rn, denominator: rd } = reduceFraction(BigInt(numerator), BigInt(denominator));
  const { text, exact } = decimalString(rn, rd, places);
  const pct = decimalString(rn * 100n, rd, places);
  return {
    numerator,
    denominator,
    fraction: `${rn}/${rd}`,
    decimal: text,
    exact,
    value: numerator / denominator,
    percent: Number(pct.text),
  };
}

/** Compares numerator/denominator with p/q exactly: -1, 0 or 1. */
export function compareRatio(numerator: number, denominator: number, p: bigint, q: bigint): number {
  const left = BigInt(numerator) * q;
  const right = p * BigInt(denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}
