// Exact comparisons of "a < k x b" without binary floating point. A number is taken at the decimal
// value JavaScript prints for it (String(x), the shortest round-trip form, as the core's roundRupiah
// does), so 0.8 means exactly 8/10 and 480 kg x Rp 10,000.5 is exactly 4,800,240.

import { reduceFraction } from '../core/index.js';

/** A non-negative rational n / d with d > 0. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
const TEN = 10n;

/** Reads a non-negative finite number or decimal string as an exact ratio; undefined otherwise. */
export function toRatio(value: number | string): Ratio | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
    if (text.length === 0 || text.length > 40) return undefined;
  } else return undefined;
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const whole = m[1] as string;
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0') - frac.length;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return undefined;
  let n = BigInt(whole + frac);
  let d = 1n;
  if (exp >= 0) n *= TEN ** BigInt(exp);
  else d = TEN ** BigInt(-exp);
  return reduce(n, d);
}

function reduce(n: bigint, d: bigint): Ratio {
  const f = reduceFraction(n, d);
  return { n: f.numerator, d: f.denominator };
}

const MAX = Number.MAX_SAFE_INTEGER;
const MIN_NORMAL = 2 ** -1022;

/**
 * Exactly `a < (k.n / k.d) * b` for non-negative finite numbers a and b. Uses two safe-integer
 * products when a and b are integers and the products stay below 2^53 (then they are exact), BigInt
 * otherwise. `kn`/`kd` are the ratio as numbers when both are safe integers (the fast path), else NaN.
 */
export function lessThanScaled(a: number, k: Ratio, kn: number, kd: number, b: number): boolean {
  // NaN kn/kd (a ratio too large for numbers) makes the products NaN and falls through to BigInt.
  if (Number.isInteger(a) && Number.isInteger(b)) {
    const left = a * kd;
    const right = kn * b;
    // A float product that is <= MAX_SAFE_INTEGER is the exact product (rounding is monotonic).
    if (left <= MAX && right <= MAX) return left < right;
  }
  const ra = toRatio(a) as Ratio;
  const rb = toRatio(b) as Ratio;
  return ra.n * k.d * rb.d < k.n * rb.n * ra.d;
}

/**
 * A compiled multiplier: the exact ratio, when small its numbers for the fast path, and the multiplier
 * as the number the user wrote (`k`), for the edge rule of {@link lessThan}.
 */
export interface Multiplier {
  readonly ratio: Ratio;
  readonly kn: number;
  readonly kd: number;
  readonly k: number;
}

/** Compiles a multiplier ratio once; `k` is the multiplier as a number (default: n / d). */
export function multiplier(ratio: Ratio, k?: number): Multiplier {
  const small = ratio.n <= BigInt(MAX) && ratio.d <= BigInt(MAX);
  return {
    ratio,
    kn: small ? Number(ratio.n) : Number.NaN,
    kd: small ? Number(ratio.d) : Number.NaN,
    k: k ?? Number(ratio.n) / Number(ratio.d),
  };
}

/**
 * `a < m * b`, decided exactly on the decimal values, with one edge rule: an `a` that is not below
 * the floating-point product `m.k * b` is never below. So the number JavaScript gives for `1.2 * line`
 * (for line 580,349 that is 696,418.7999999999, a hair under the exact 696,418.8) counts as exactly on
 * the edge, as its author meant, while a decimal literal (696418.8) is read exactly as before. The rule
 * only ever moves a value within the float product's rounding error of the edge onto the edge.
 */
export function lessThan(a: number, m: Multiplier, b: number): boolean {
  const f = m.k * b;
  // Only a normal float product is a meaningful edge (a subnormal one has lost its precision).
  if (f >= MIN_NORMAL && !(a < f)) return false;
  return lessThanScaled(a, m.ratio, m.kn, m.kd, b);
}

/** Compares two ratios: negative, zero or positive. */
export function compareRatio(x: Ratio, y: Ratio): number {
  const l = x.n * y.d;
  const r = y.n * x.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * `a / b` of the decimal values, rounded once to the nearest number: the figure a person working it
 * out by hand gets. For whole numbers that is plain division (already correctly rounded); otherwise
 * the quotient is taken in 50-digit decimals, so 466,345.6 / 582,932 is 0.8, not the
 * 0.7999999999999999 that dividing the binary values gives. a >= 0 and b > 0, both finite.
 */
export function decimalQuotient(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return a / b;
  const x = toRatio(a);
  const y = toRatio(b);
  if (x === undefined || y === undefined || y.n === 0n) return a / b;
  return roundedQuotient(x.n * y.d, x.d * y.n);
}

const DIGITS = 50;

/**
 * n / d (n >= 0, d > 0) rounded half-up to 50 significant decimal digits, then read as a number: the
 * same figure as a 50-digit decimal division, in BigInt, so that this light path does not need a
 * decimal library.
 */
function roundedQuotient(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  // Scale so that the integer quotient has at least DIGITS + 1 digits, then round the last one away.
  const shift = DIGITS + 1 - (n.toString().length - d.toString().length);
  const scaled = shift >= 0 ? (n * TEN ** BigInt(shift)) / d : n / (d * TEN ** BigInt(-shift));
  let digits = scaled.toString();
  let exponent = -shift;
  const extra = digits.length - DIGITS;
  if (extra > 0) {
    const unit = TEN ** BigInt(extra);
    const kept = scaled / unit;
    // Half-up on the exact remainder: compare 2 x (n/d x 10^-exponent - kept x unit) with unit.
    const rest =
      shift >= 0
        ? n * TEN ** BigInt(shift) - kept * unit * d
        : n - kept * unit * d * TEN ** BigInt(-shift);
    const scale = shift >= 0 ? d : d * TEN ** BigInt(-shift);
    digits = (2n * rest >= unit * scale ? kept + 1n : kept).toString();
    exponent += extra;
  }
  return Number(`${digits}e${exponent}`);
}
