import { exactFraction } from './exact-decimal.js';

// A decimal's exact value as decimal.js held it, without decimal.js: numerator / 10^k with no trailing
// zero in the fraction digits (what `decToFraction(toDec(v))` gave), and its plain decimal text (what
// `toFixed()` gave). The revolving fund's band tables, provision rates and terms read their decimals
// with it, so that those paths do not load decimal.js (issue 11).

/** A decimal as an exact fraction over a power of ten, in lowest decimal terms. */
export interface DecimalFraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * The exact value of a number or a decimal string (as `toDec` reads them: a string of at most 80
 * characters, exponent up to 4 digits), or undefined when it is not a finite decimal. `negative` is
 * true for a value written with a minus sign, `-0` included (decimal.js's `isNegative`).
 */
export function decimalFraction(
  value: unknown,
): (DecimalFraction & { readonly negative: boolean }) | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const f = exactFraction(value);
  if (f === undefined) return undefined;
  const { numerator, denominator } = lowestDecimalTerms(f.numerator, f.denominator);
  const negative =
    typeof value === 'number' ? value < 0 || Object.is(value, -0) : value.trim().startsWith('-');
  return { numerator, denominator, negative };
}

/** numerator / 10^k with the trailing zeros of the fraction digits taken off (k as small as it can be). */
export function lowestDecimalTerms(numerator: bigint, denominator: bigint): DecimalFraction {
  let n = numerator;
  let d = denominator;
  while (d > 1n && n % 10n === 0n) {
    n /= 10n;
    d /= 10n;
  }
  return { numerator: n, denominator: d };
}

/** The plain decimal text of a fraction over a power of ten (`'0.05'`, `'1'`, `'-2.5'`), as decimal.js writes it. */
export function decimalText(f: DecimalFraction): string {
  if (f.numerator < 0n) return `-${decimalText({ ...f, numerator: -f.numerator })}`;
  const whole = (f.numerator / f.denominator).toString();
  const digits = f.denominator.toString().length - 1;
  return digits === 0
    ? whole
    : `${whole}.${(f.numerator % f.denominator).toString().padStart(digits, '0')}`;
}
