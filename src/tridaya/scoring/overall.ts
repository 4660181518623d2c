import { type Band, bandOf } from '../bands.js';

// Percentages and bands of the scoring kernel: pure functions of numbers.

/**
 * Combines daya percentages with weights: sum(w_d x 100 A_d / I_d) / sum(w_d). When every A, I and w
 * is an integer and the products stay safe, it is computed as one exact fraction
 * 100 x sum(w_d A_d prod_{e != d} I_e) / (W prod I_d) with a single rounding, so a score exactly on a
 * band boundary is classified exactly.
 */
export function overallPercentage(
  used: readonly number[],
  actual: Float64Array,
  ideal: Float64Array,
  weights: Float64Array,
  integral: boolean,
): number {
  if (used.length === 1) {
    const d = used[0] as number;
    return ((actual[d] as number) * 100) / (ideal[d] as number);
  }
  if (integral) {
    const exact = exactOverall(used, actual, ideal, weights);
    if (exact !== undefined) return exact;
  }
  let sum = 0;
  let wsum = 0;
  for (const d of used) {
    const w = weights[d] as number;
    sum += (w * ((actual[d] as number) * 100)) / (ideal[d] as number);
    wsum += w;
  }
  return sum / wsum;
}

/** The exact-fraction form of {@link overallPercentage}; undefined when it would not be exact. */
function exactOverall(
  used: readonly number[],
  actual: Float64Array,
  ideal: Float64Array,
  weights: Float64Array,
): number | undefined {
  let num = 0;
  let product = 1;
  for (const d of used) product *= ideal[d] as number;
  let wsum = 0;
  for (const d of used) {
    const a = actual[d] as number;
    if (!Number.isInteger(a)) return undefined;
    const w = weights[d] as number;
    wsum += w;
    num += w * a * (product / (ideal[d] as number));
  }
  const den = wsum * product;
  return Number.isSafeInteger(num * 100) &&
    Number.isSafeInteger(den) &&
    Number.isSafeInteger(product)
    ? (num * 100) / den
    : undefined;
}

/**
 * Index of the band of a percentage (as {@link band}), from the bands' bounds in typed arrays (the
 * hot path of the columnar form reads no band object).
 */
export function bandIndex(from: Float64Array, to: Float64Array, percentage: number): number {
  const last = from.length - 1;
  for (let i = 0; i <= last; i++) {
    if (
      percentage >= (from[i] as number) &&
      (percentage < (to[i] as number) || (i === last && percentage === to[i]))
    )
      return i;
  }
  return percentage < (from[0] as number) ? 0 : last;
}

/** The band of a percentage. */
export function band(bands: readonly Band[], percentage: number): Band {
  // Scores always fall inside the bands (bandsForScale checks coverage); the fallback is the nearest end.
  return (
    bandOf(bands, percentage) ??
    ((percentage < (bands[0] as Band).from ? bands[0] : bands[bands.length - 1]) as Band)
  );
}
