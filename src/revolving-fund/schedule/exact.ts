// Exact integer helpers for the schedule stage (not exported from the package).
// Every money computation here is an exact rational rounded once with a named mode: safe-integer
// arithmetic when every product stays below 2^53, BigInt otherwise.
import { divRoundBig, divRoundInt, type Mode } from '../../_internal/int-division.js';

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * round(x * num / den) with the mode, exactly. x >= 0, num >= 0, den > 0 (all safe integers).
 * A float product above 2^53 can only be the rounding of an exact product above 2^53 too, so the
 * guard `p <= MAX` is exact.
 */
export function mulDivRound(x: number, num: number, den: number, mode: Mode): number {
  const p = x * num;
  if (p <= MAX) return divRoundInt(p, den, mode);
  return Number(divRoundBig(BigInt(x) * BigInt(num), BigInt(den), mode));
}

/** round(x * num / den) with BigInt factors (the annuity factor), exactly. */
export function mulDivRoundBig(x: number, num: bigint, den: bigint, mode: Mode): number {
  return Number(divRoundBig(BigInt(x) * num, den, mode));
}

/** The annuity factor F = r / (1 - (1 + r)^-m) for r = a / b, as an exact fraction num / den. */
export interface AnnuityFactor {
  readonly num: bigint;
  readonly den: bigint;
  /** num / den as a double, within 2^-60 absolute of the exact value before the final rounding. */
  readonly approx: number;
}

const factorCache = new Map<string, AnnuityFactor>();
let lastA = -1n;
let lastB = -1n;
let lastM = -1;
let lastFactor: AnnuityFactor | undefined;

/**
 * r / (1 - (1 + r)^-m) = a (a + b)^m / (b ((a + b)^m - b^m)) for r = a / b > 0; 1 / m for r = 0.
 * Cached by (a, b, m): a portfolio uses a handful of rates and tenors.
 */
export function annuityFactor(a: bigint, b: bigint, m: number): AnnuityFactor {
  if (a === lastA && b === lastB && m === lastM && lastFactor !== undefined) return lastFactor;
  const key = `${a}/${b}/${m}`;
  let factor = factorCache.get(key);
  if (factor === undefined) {
    let num: bigint;
    let den: bigint;
    if (a === 0n) {
      num = 1n;
      den = BigInt(m);
    } else {
      const big = (a + b) ** BigInt(m);
      num = a * big;
      den = b * (big - b ** BigInt(m));
    }
    // F >= 1 / m >= 1 / 1000, so 60 fractional bits give a relative error below 10^-15.
    const approx = Number((num << 60n) / den) / 2 ** 60;
    factor = { num, den, approx };
    if (factorCache.size > 4096) factorCache.clear();
    factorCache.set(key, factor);
  }
  lastA = a;
  lastB = b;
  lastM = m;
  lastFactor = factor;
  return factor;
}

/**
 * round(x * F / unit) with the mode, exactly, for an annuity factor F. A double estimate decides the
 * rounding when it is far from the boundary the mode cares about (x.5 for the half modes, whole
 * numbers for up and down) by more than a proven error bound; otherwise BigInt decides. The estimate
 * carries at most about 4 x 10^-15 relative error (the factor's 2^-60 truncation over F >= 10^-3, its
 * conversion to a double, one multiplication and one division), so a margin of 10^-14 relative is
 * safe.
 */
export function scaleByFactor(x: number, f: AnnuityFactor, unit: number, mode: Mode): number {
  const q = (x * f.approx) / unit;
  if (Number.isFinite(q) && q < 2 ** 52) {
    const floor = Math.floor(q);
    const frac = q - floor;
    const margin = q * 1e-14 + 1e-9;
    if (mode === 'down' || mode === 'up') {
      if (frac > margin && frac < 1 - margin) return mode === 'down' ? floor : floor + 1;
    } else if (Math.abs(frac - 0.5) > margin) {
      // Far from x.5; a whole-number q (frac near 0 or 1) rounds to itself either way.
      return frac > 0.5 ? floor + 1 : floor;
    }
  }
  return Number(divRoundBig(BigInt(x) * f.num, f.den * BigInt(unit), mode));
}
