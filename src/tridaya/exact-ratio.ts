import { exactFraction } from '../_internal/exact-decimal.js';

// Exact arithmetic of effectivenessRatio on BigInt fractions, without decimal.js (which would be
// most of the function's bundle). It gives what the 0.1 code gave with the library's decimal.js
// clone (50 significant digits, half-up): the product of an input and a bound is rounded to 50
// significant digits, as decimal.js's `times` rounds it, and the percentage is the quotient rounded
// to 50 significant digits, then to the nearest double. A property test holds the two equal.

/** A non-negative rational number n / d (d > 0). */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** Significant digits of the library's decimal arithmetic (the `Dec` clone of _internal/decimal.ts). */
const PRECISION = 50;

const pow10 = (e: number): bigint => 10n ** BigInt(e);

/** A finite, non-negative decimal input as an exact fraction; undefined when it is not a finite decimal. */
export function readFraction(value: unknown): { n: bigint; d: bigint } | undefined {
  const f = exactFraction(value);
  return f === undefined ? undefined : { n: f.numerator, d: f.denominator };
}

/** Whether an input is a negative zero (`-0`, `'-0.0'`, a Decimal -0): its ratio is then -0. */
export function isNegativeZero(value: unknown): boolean {
  if (typeof value === 'number') return Object.is(value, -0);
  if (typeof value === 'string') return value.trim().startsWith('-');
  const neg = (value as { isNeg?: unknown } | null)?.isNeg;
  return typeof neg === 'function' && (neg as () => unknown).call(value) === true;
}

/** n / d rounded half-up to 50 significant digits (n >= 0, d > 0), as decimal.js rounds a result. */
export function roundSignificant(n: bigint, d: bigint): Fraction {
  if (n === 0n) return { n: 0n, d: 1n };
  // e = floor(log10(n / d)): a-b or a-b-1 for n of a digits and d of b digits.
  let e = n.toString().length - d.toString().length;
  if (e >= 0 ? n < d * pow10(e) : n * pow10(-e) < d) e--;
  const shift = PRECISION - 1 - e;
  const num = shift >= 0 ? n * pow10(shift) : n;
  const den = shift >= 0 ? d : d * pow10(-shift);
  let q = num / den;
  if (2n * (num % den) >= den) q++;
  return shift >= 0 ? { n: q, d: pow10(shift) } : { n: q * pow10(-shift), d: 1n };
}

/** a x b rounded to 50 significant digits. */
export function times(a: Fraction, b: Fraction): Fraction {
  return roundSignificant(a.n * b.n, a.d * b.d);
}

/** Compares a and b: -1, 0 or 1. */
export function compare(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a / b (b > 0) rounded to 50 significant digits, then to the nearest double. */
export function quotientNumber(a: Fraction, b: Fraction): number {
  const q = roundSignificant(a.n * b.d, a.d * b.n);
  if (q.n === 0n) return 0;
  // q.d is a power of ten: the decimal q.n x 10^-digits, parsed by Number (correctly rounded).
  const digits = q.d.toString().length - 1;
  return Number(`${q.n}e-${digits}`);
}
