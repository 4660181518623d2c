import { Decimal } from 'decimal.js';

/**
 * The library's own Decimal constructor: 50 significant digits, half-up. A clone, so that the
 * library never changes the configuration of the `Decimal` a user's code shares with it.
 */
export const Dec = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = Decimal;

const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,4})?$/;

/** Converts a number, a decimal string or a Decimal to a Dec, or returns undefined when it is not one. */
export function toDec(value: unknown): Decimal | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : undefined;
  if (typeof value === 'string') {
    const s = value.trim();
    if (s.length === 0 || s.length > 80 || !DECIMAL_STRING.test(s)) return undefined;
    const d = new Dec(s);
    return d.isFinite() ? d : undefined;
  }
  if (Decimal.isDecimal(value)) {
    const d = new Dec(value as Decimal);
    return d.isFinite() ? d : undefined;
  }
  return undefined;
}

/** The exact value of a finite Decimal as a fraction of BigInts with a power-of-ten denominator. */
export function decToFraction(d: Decimal): { numerator: bigint; denominator: bigint } {
  const fixed = d.toFixed();
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const dot = body.indexOf('.');
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const scale = dot < 0 ? 0 : body.length - dot - 1;
  const numerator = BigInt(digits) * (negative ? -1n : 1n);
  return { numerator, denominator: 10n ** BigInt(scale) };
}
