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
}

const factorCache = new Map<string, AnnuityFactor>();

/**
 * r / (1 - (1 + r)^-m) = a (a + b)^m / (b ((a + b)^m - b^m)) for r = a / b > 0; 1 / m for r = 0.
 * Cached by (a, b, m): a portfolio uses a handful of rates and tenors.
 */
export function annuityFactor(a: bigint, b: bigint, m: number): AnnuityFactor {
  const key = `${a}/${b}/${m}`;
  const hit = factorCache.get(key);
  if (hit !== undefined) return hit;
  let factor: AnnuityFactor;
  if (a === 0n) factor = { num: 1n, den: BigInt(m) };
  else {
    const big = (a + b) ** BigInt(m);
    factor = { num: a * big, den: b * (big - b ** BigInt(m)) };
  }
  if (factorCache.size > 4096) factorCache.clear();
  factorCache.set(key, factor);
  return factor;
}
