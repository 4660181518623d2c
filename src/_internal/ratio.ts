import { reduceFraction } from '../core/fraction.js';
import { divRoundBig } from './int-division.js';

/**
 * An exact ratio and its convenient numbers (the shape of the public `PortfolioRatio`, which
 * documents each field; kept here so that every stage builds ratios the same way without reaching
 * into the portfolio's files).
 */
export interface ExactRatio {
  readonly numerator: number;
  readonly denominator: number;
  readonly fraction: string;
  readonly decimal: string;
  readonly exact: boolean;
  readonly value: number;
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
