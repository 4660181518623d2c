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
