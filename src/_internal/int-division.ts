/** Rounding modes, as the public `RoundingMode`. */
export type Mode = 'half-up' | 'half-even' | 'up' | 'down';

/**
 * Exact n / d rounded to an integer with the mode, for BigInts (d > 0).
 * 'up' and 'down' are toward +/- infinity; 'half-up' sends ties toward +infinity.
 */
export function divRoundBig(n: bigint, d: bigint, mode: Mode): bigint {
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  // now n = q*d + r with 0 <= r < d, q = floor(n/d)
  if (r === 0n) return q;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + 1n;
    case 'half-up':
      return 2n * r >= d ? q + 1n : q;
    case 'half-even': {
      const twice = 2n * r;
      if (twice > d) return q + 1n;
      if (twice < d) return q;
      return q % 2n === 0n ? q : q + 1n;
    }
  }
}

/**
 * Exact n / d rounded to an integer with the mode, for safe-integer numbers (d > 0). Uses only exact
 * integer operations (% and division of an exact multiple), never a rounded float quotient.
 */
export function divRoundInt(n: number, d: number, mode: Mode): number {
  let r = n % d;
  if (r < 0) r += d;
  const q = (n - r) / d;
  if (r === 0) return q;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + 1;
    case 'half-up':
      return 2 * r >= d ? q + 1 : q;
    case 'half-even': {
      const twice = 2 * r;
      if (twice > d) return q + 1;
      if (twice < d) return q;
      return q % 2 === 0 ? q : q + 1;
    }
  }
}

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

/**
 * round(x * num / den) with the mode, exactly. x >= 0, num >= 0, den > 0 (all safe integers).
 * A float product above 2^53 can only be the rounding of an exact product above 2^53 too, so the
 * guard `p <= MAX` is exact. Shared by the schedule (interest of a period) and anything else that
 * scales rupiah by an exact fraction.
 */
export function mulDivRound(x: number, num: number, den: number, mode: Mode): number {
  const p = x * num;
  if (p <= MAX) return divRoundInt(p, den, mode);
  return Number(divRoundBig(BigInt(x) * BigInt(num), BigInt(den), mode));
}

/**
 * round(x * num / den) with the mode, exactly, for a fraction held in BigInts (an annuity factor, a
 * provision rate): safe-integer arithmetic when both parts and the product fit below 2^53 (the same
 * exact guard as {@link mulDivRound}), BigInt otherwise. x is a safe integer, den > 0.
 */
export function mulDivRoundBig(x: number, num: bigint, den: bigint, mode: Mode): number {
  if (num <= MAX_BIG && den <= MAX_BIG && num >= 0n) {
    const p = x * Number(num);
    if (p <= MAX && p >= -MAX) return divRoundInt(p, Number(den), mode);
  }
  return Number(divRoundBig(BigInt(x) * num, den, mode));
}
