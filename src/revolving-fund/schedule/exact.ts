// Exact integer helpers of the schedule stage alone (the annuity factor; not exported from the
// package). The general x * num / den roundings shared with other stages are in _internal/int-division.ts.
// Every money computation here is an exact rational rounded once with a named mode: safe-integer
// arithmetic when every product stays below 2^53, BigInt otherwise.
import { divRoundBig, type Mode } from '../../_internal/int-division.js';
import { memoize } from '../../_internal/memo.js';

export { mulDivRound, mulDivRoundBig } from '../../_internal/int-division.js';

/** The annuity factor F = r / (1 - (1 + r)^-m) for r = a / b, as an exact fraction num / den. */
export interface AnnuityFactor {
  readonly num: bigint;
  readonly den: bigint;
  /** num / den as a double, within 2^-60 absolute of the exact value before the final rounding. */
  readonly approx: number;
}

/**
 * r / (1 - (1 + r)^-m) = a (a + b)^m / (b ((a + b)^m - b^m)) for r = a / b > 0; 1 / m for r = 0.
 * Remembered in a memo table by (a, b, m) (_internal/memo.ts): a portfolio uses a handful of rates and
 * tenors.
 */
export const annuityFactor: (a: bigint, b: bigint, m: number) => AnnuityFactor = memoize(
  computeAnnuityFactor,
  (a, b, m) => `${a}/${b}/${m}`,
);

function computeAnnuityFactor(a: bigint, b: bigint, m: number): AnnuityFactor {
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
  return Object.freeze({ num, den, approx });
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
