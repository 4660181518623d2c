import { deepFreeze } from '../../_internal/freeze.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import type { Label } from '../../core/index.js';
import { configurationError, fail, finiteNumber, guardRead, notAnArray } from './messages.js';

/**
 * A low / medium / high group.
 *
 * @category Statistics
 */
export type Tercategory = 'low' | 'medium' | 'high';

/**
 * Indonesian and English names of the three groups (rendah / sedang / tinggi, as the Kota Serang study, docs/sources.md#widyastuti-et-al-kota-serang, reports
 * them).
 *
 * @category Statistics
 * @example
 * TERCATEGORY_LABELS.medium.id
 * //=> 'Sedang'
 */
export const TERCATEGORY_LABELS = {
  low: { id: 'Rendah', en: 'Low' },
  medium: { id: 'Sedang', en: 'Medium' },
  high: { id: 'Tinggi', en: 'High' },
} as const satisfies Record<Tercategory, Label>;
deepFreeze(TERCATEGORY_LABELS);

/**
 * How {@link categorize} sets its two cut points.
 * - `'tercile'`: the 1/3 and 2/3 sample quantiles, linear interpolation between order statistics
 *   (Hyndman & Fan type 7, the default of R `quantile`, numpy `percentile` and Excel `PERCENTILE.INC`):
 *   with the values sorted x(0) <= ... <= x(n-1) and h = (n - 1) * p, the quantile is
 *   x(floor h) + (h - floor h) * (x(floor h + 1) - x(floor h)).
 * - `'mean-sd'`: mean - k * SD and mean + k * SD (k = 1 by default, SD the sample standard deviation,
 *   divisor n - 1), the convention of Azwar's "Penyusunan Skala Psikologi" used in Indonesian theses.
 *
 * @category Statistics
 */
export type CategorizeMethod = 'tercile' | 'mean-sd';

/**
 * Options of {@link categorize}.
 *
 * @category Statistics
 */
export interface CategorizeOptions {
  /** How to set the cut points (default `'tercile'`). */
  method?: CategorizeMethod | undefined;
  /** For `'mean-sd'`: how many standard deviations from the mean (a finite number > 0, default 1). */
  k?: number | undefined;
}

const CATEGORIZE_KEYS = optionKeys<CategorizeOptions>()({
  method: true,
  k: true,
});

/**
 * Values split into low / medium / high with the cut points used.
 *
 * @category Statistics
 */
export interface CategorizeResult {
  /** The method used. */
  readonly method: CategorizeMethod;
  /** The two cut points: `low` below `lower`, `medium` from `lower` (inclusive) to `upper` (exclusive), `high` from `upper` (inclusive). */
  readonly cutPoints: { readonly lower: number; readonly upper: number };
  /** The group of each value, in input order. */
  readonly categories: Tercategory[];
  /** How many values fell in each group (they add up to the number of values). */
  readonly counts: { readonly low: number; readonly medium: number; readonly high: number };
  /** Mean of the values. */
  readonly mean: number;
  /** Sample standard deviation (divisor n - 1). */
  readonly sd: number;
}

/** Type 7 quantile at p = num / den; h is computed as one correctly rounded division. */
function quantileType7(sorted: Float64Array, num: number, den: number): number {
  const h = ((sorted.length - 1) * num) / den;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  const diff = b - a;
  // b - a overflows for values near +-1.7e308: interpolate as a (1 - f) + b f there instead.
  const f = h - lo;
  if (f === 0) return a;
  return Number.isFinite(diff) ? a + f * diff : a * (1 - f) + b * f;
}

/**
 * A power of two that brings the largest magnitude near 1, or 1 when no scaling is needed: sums and
 * squares of values near +-1e308 overflow, sums of squares of values near 1e-200 underflow. Dividing
 * by a power of two is exact (for values that stay normal), so the statistics are unchanged.
 */
function scaleOf(xs: Float64Array): number {
  let max = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = Math.abs(xs[i] as number);
    if (v > max) max = v;
  }
  if (max === 0 || (max < 2 ** 400 && max > 2 ** -400)) return 1;
  return 2 ** (Math.ceil(Math.log2(max)) - 1); // at most 2^1023, so finite
}

/**
 * Splits values into low / medium / high groups, as theses on programme outcomes report them (Widyastuti et al., Kota Serang:
 * "kategori rendah / sedang / tinggi"). Boundaries are lower-inclusive: a value equal to the lower cut
 * point is `medium`, a value equal to the upper cut point is `high`
 * (low: x < lower; medium: lower <= x < upper; high: x >= upper).
 *
 * @category Statistics
 * @throws {@link ValidationError} when `values` is not an array (`invalid_type`) of finite numbers
 * (`required`, `invalid_type`, `not_finite`), has fewer than 2 values (`too_few_observations`) or is
 * constant (`constant_series`); {@link ConfigurationError} `invalid_option` when an option is invalid.
 * @example
 * categorize([1, 2, 3, 4, 5, 6, 7], { method: 'tercile' })
 * // h = 6/3 = 2 -> 3; h = 12/3 = 4 -> 5
 * //=> { cutPoints: { lower: 3, upper: 5 }, categories: ['low', 'low', 'medium', 'medium', 'high', 'high', 'high'], ... }
 */
export function categorize(
  values: readonly number[],
  options: CategorizeOptions = {},
): CategorizeResult {
  const context = 'categorize';
  return guardRead(context, () => {
    const { method, k } = readCategorizeOptions(options);
    const xs = readValues(values, context);
    const { mean, sd } = meanAndSd(xs);
    const n = xs.length;
    const sorted = Float64Array.from(xs).sort();
    if (sorted[0] === sorted[n - 1]) fail('constant_series', ['values'], {}, context);
    const [lower, upper] =
      method === 'tercile'
        ? [quantileType7(sorted, 1, 3), quantileType7(sorted, 2, 3)]
        : [mean - k * sd, mean + k * sd];
    const categories: Tercategory[] = new Array(n);
    const counts = { low: 0, medium: 0, high: 0 };
    for (let i = 0; i < n; i++) {
      const v = xs[i] as number;
      const group: Tercategory = v < lower ? 'low' : v < upper ? 'medium' : 'high';
      categories[i] = group;
      counts[group]++;
    }
    return { method, cutPoints: { lower, upper }, categories, counts, mean, sd };
  });
}

function readCategorizeOptions(options: CategorizeOptions): {
  method: CategorizeMethod;
  k: number;
} {
  const opts: CategorizeOptions = options ?? {};
  if (typeof opts !== 'object') {
    throw configurationError('invalid_option', { option: 'options', allowed: ['object'] });
  }
  checkOptionKeys(opts, CATEGORIZE_KEYS, 'categorize');
  const method = opts.method ?? 'tercile';
  if (method !== 'tercile' && method !== 'mean-sd') {
    throw configurationError('invalid_option', {
      option: 'method',
      allowed: ['tercile', 'mean-sd'],
    });
  }
  const k = opts.k ?? 1;
  if (typeof k !== 'number' || !Number.isFinite(k) || k <= 0) {
    throw configurationError('invalid_option', { option: 'k', allowed: ['a finite number > 0'] });
  }
  return { method, k };
}

/** The values as a Float64Array (-0 read as 0); at least 2 finite numbers. */
function readValues(values: readonly number[], context: string): Float64Array {
  if (!Array.isArray(values)) notAnArray(values, ['values'], context);
  const n = values.length;
  if (n < 2) fail('too_few_observations', [], { minimum: 2, received: n }, context);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = finiteNumber(values[i], ['values', i], context) + 0;
  return xs;
}

/** Mean and sample sd, in scaled units when the values are extreme (see scaleOf), then scaled back. */
function meanAndSd(xs: Float64Array): { mean: number; sd: number } {
  const n = xs.length;
  const scale = scaleOf(xs);
  let scaledSum = 0;
  for (let i = 0; i < n; i++)
    scaledSum += scale === 1 ? (xs[i] as number) : (xs[i] as number) / scale;
  const scaledMean = scaledSum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] as number) / scale - scaledMean;
    ss += d * d;
  }
  return { mean: scaledMean * scale, sd: Math.sqrt(ss / (n - 1)) * scale };
}
