import { fail, finiteNumber, guardRead, notAnArray, outOfRange } from './messages.js';
import { tTwoSided } from './special.js';

/**
 * A correlation with its significance test, as SPSS prints it: the coefficient, the t statistic
 * t = r * sqrt(df / (1 - r^2)), df = n - 2 and the two-sided p value ("Sig. (2-tailed)") from Student's
 * t distribution. When |r| = 1, `t` is +/-Infinity and `p` is 0.
 *
 * @category Statistics
 */
export interface CorrelationTest {
  /** Number of pairs. */
  readonly n: number;
  /** The coefficient, in -1..1. */
  readonly coefficient: number;
  /** t = r * sqrt(df / (1 - r^2)). */
  readonly t: number;
  /** Degrees of freedom, n - 2. */
  readonly df: number;
  /** Two-sided p value from Student's t with df degrees of freedom. */
  readonly p: number;
}

/**
 * Spearman's rank correlation and its test.
 *
 * @category Statistics
 */
export interface SpearmanResult extends CorrelationTest {
  /** Spearman's rho (the same number as `coefficient`). */
  readonly rho: number;
}

/**
 * Pearson's product-moment correlation and its test.
 *
 * @category Statistics
 */
export interface PearsonResult extends CorrelationTest {
  /** Pearson's r (the same number as `coefficient`). */
  readonly r: number;
}

/** Copies a series into a Float64Array, rejecting anything but finite numbers. */
function readSeries(values: unknown, name: 'x' | 'y', context: string): Float64Array {
  const ok = Array.isArray(values) || (ArrayBuffer.isView(values) && !(values instanceof DataView));
  if (!ok) notAnArray(values, [name], context);
  return guardRead(context, () => {
    const source = values as ArrayLike<unknown>;
    const n = source.length;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = finiteNumber(source[i], [name, i], context) + 0; // -0 is 0
    return out;
  });
}

function readPairs(x: unknown, y: unknown, context: string): [Float64Array, Float64Array] {
  const xs = readSeries(x, 'x', context);
  const ys = readSeries(y, 'y', context);
  if (xs.length !== ys.length) fail('length_mismatch', [], { x: xs.length, y: ys.length }, context);
  if (xs.length < 3) fail('too_few_observations', [], { minimum: 3, received: xs.length }, context);
  return [xs, ys];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Ranks with ties given their average rank (1-based), in O(n): each double is mapped to an unsigned
 * 64-bit key that sorts like the number (sign bit flipped for positives, every bit flipped for
 * negatives), the indexes are sorted by that key with a stable LSD radix sort (four 16-bit digits,
 * skipping digits that are the same for every value, as the low bits of integers are), and each run
 * of equal keys gets the mean of its positions. Values must be finite with -0 already turned into 0.
 */
export function averageRanks(values: Float64Array): Float64Array {
  const { hi, lo, idx } = radixSort(sortKeys(values));
  const n = values.length;
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start] && lo[end] === lo[start]) end++;
    // positions start..end-1 (0-based) hold equal values: ranks start+1..end, mean (start + 1 + end) / 2
    const rank = (start + 1 + end) / 2;
    for (let p = start; p < end; p++) ranks[idx[p] as number] = rank;
    start = end;
  }
  return ranks;
}

/** Sort keys of the values (high and low 32-bit words) with their indexes. */
interface Keyed {
  hi: Uint32Array;
  lo: Uint32Array;
  idx: Uint32Array;
}

/** Each double's unsigned 64-bit key that sorts like the number, as two 32-bit words. */
function sortKeys(values: Float64Array): Keyed {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const loAt = LITTLE_ENDIAN ? 0 : 1;
  const hiAt = 1 - loAt;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + hiAt] as number;
    let l = words[2 * i + loAt] as number;
    if (h >= 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
    idx[i] = i;
  }
  return { hi, lo, idx };
}

/** Stable LSD radix sort of the keys, four 16-bit digits, skipping a digit every key shares. */
function radixSort(keys: Keyed): Keyed {
  let hi: Uint32Array = keys.hi;
  let lo: Uint32Array = keys.lo;
  let idx: Uint32Array = keys.idx;
  const n = hi.length;
  let hi2: Uint32Array = new Uint32Array(n);
  let lo2: Uint32Array = new Uint32Array(n);
  let idx2: Uint32Array = new Uint32Array(n);
  const count = new Uint32Array(65_536);
  for (let pass = 0; pass < 4; pass++) {
    const shift = pass % 2 === 0 ? 0 : 16;
    const src = pass >= 2 ? hi : lo;
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((src[i] as number) >>> shift) & 0xffff;
      count[digit] = (count[digit] as number) + 1;
    }
    if (count[((src[0] as number) >>> shift) & 0xffff] === n) continue; // one digit: order unchanged
    let sum = 0;
    for (let b = 0; b < 65_536; b++) {
      const c = count[b] as number;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const digit = ((src[i] as number) >>> shift) & 0xffff;
      const to = count[digit] as number;
      count[digit] = to + 1;
      hi2[to] = hi[i] as number;
      lo2[to] = lo[i] as number;
      idx2[to] = idx[i] as number;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return { hi, lo, idx };
}

/** Pearson r of two validated series (two-pass: means first, then centred sums). */
function pearsonOf(rawX: Float64Array, rawY: Float64Array, context: string): number {
  // r does not change when a series is scaled: bring values near +-1e308 (whose sums overflow) or
  // near 1e-200 (whose squares underflow) to magnitudes near 1 first, by an exact power of two.
  const xs = scaled(rawX);
  const ys = scaled(rawY);
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i] as number;
    sy += ys[i] as number;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0) fail('constant_series', ['x'], {}, context);
  if (syy === 0) fail('constant_series', ['y'], {}, context);
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

function testOf(r: number, n: number): CorrelationTest {
  const df = n - 2;
  const r2 = r * r;
  const t =
    r2 >= 1
      ? r > 0
        ? Number.POSITIVE_INFINITY
        : Number.NEGATIVE_INFINITY
      : r * Math.sqrt(df / (1 - r2));
  return { n, coefficient: r, t, df, p: tTwoSided(t, df) };
}

/**
 * Spearman's rank correlation coefficient rho with the test SPSS reports: both series are ranked
 * (ties get their average rank), rho is Pearson's r of the ranks, t = rho * sqrt((n - 2) / (1 - rho^2)),
 * df = n - 2 and p is two-sided from Student's t. This is how Widyastuti et al. (Kota Serang, n = 191; docs/sources.md#widyastuti-et-al-kota-serang) report
 * rho 0.182 with Sig. 0.012.
 *
 * Runs in O(n log n) on typed arrays (about 0.3 s for 1,000,000 pairs).
 *
 * @category Statistics
 * @throws {@link ValidationError} (a SejahteraError) when either series is not an array
 * (`invalid_type`) of finite numbers (`required`, `invalid_type`, `not_finite`), the lengths differ (`length_mismatch`), there are fewer than 3 pairs
 * (`too_few_observations`) or a series is constant (`constant_series`): never NaN.
 * @example
 * spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])
 * //=> { rho: 0.8207826816681233, n: 5, coefficient: 0.8207826816681233, t: 2.48868..., df: 3, p: 0.088587... }
 */
export function spearman(x: readonly number[], y: readonly number[]): SpearmanResult {
  return guardRead('correlation', () => {
    const [xs, ys] = readPairs(x, y, 'Spearman correlation');
    const rx = averageRanks(xs);
    const ry = averageRanks(ys);
    const rho = pearsonOf(rx, ry, 'Spearman correlation');
    return { rho, ...testOf(rho, xs.length) };
  });
}

/**
 * Pearson's product-moment correlation r with its t test (t = r * sqrt((n - 2) / (1 - r^2)),
 * df = n - 2, two-sided p from Student's t), computed in two passes (means, then centred sums) for
 * accuracy.
 *
 * @category Statistics
 * @throws {@link ValidationError} (a SejahteraError) when either series is not an array of finite
 * numbers, the lengths differ, there are fewer than 3 pairs or a series is constant.
 * @example
 * pearson([1, 2, 3, 4], [2, 4, 5, 4])
 * //=> { r: 0.7181848464596079, n: 4, coefficient: 0.7181848464596079, t: 1.45960..., df: 2, p: 0.281815... }
 */
export function pearson(x: readonly number[], y: readonly number[]): PearsonResult {
  return guardRead('correlation', () => {
    const [xs, ys] = readPairs(x, y, 'Pearson correlation');
    const r = pearsonOf(xs, ys, 'Pearson correlation');
    return { r, ...testOf(r, xs.length) };
  });
}

/**
 * The two-sided p value of a correlation coefficient `r` from `n` pairs, by the t test SPSS uses:
 * t = r * sqrt((n - 2) / (1 - r^2)) with n - 2 degrees of freedom. Use it to check a published
 * (rho, n, p) triple: the Kota Serang study reports rho 0.182, n 191, p 0.012.
 *
 * @category Statistics
 * @throws {@link ValidationError} when `r` is not a finite number in -1..1 or `n` is not a whole number
 * >= 3.
 * @example
 * correlationPValue(0.182, 191)
 * //=> 0.01174013795523 (rounds to the study's 0.012)
 */
export function correlationPValue(r: number, n: number): number {
  finiteNumber(r, ['r'], 'correlation p value');
  if (r < -1) outOfRange('too_small', ['r'], { minimum: -1 }, 'correlation p value');
  if (r > 1) outOfRange('too_big', ['r'], { maximum: 1 }, 'correlation p value');
  finiteNumber(n, ['n'], 'correlation p value');
  if (!Number.isSafeInteger(n)) {
    // 2 ** 53 or 4.5 is a finite number: the rule it breaks is the whole-number one.
    fail('not_integer', ['n'], { received: 'number' }, 'correlation p value');
  }
  if (n < 3)
    fail('too_few_observations', ['n'], { minimum: 3, received: n }, 'correlation p value');
  return testOf(r + 0, n).p;
}

/** The series divided by a power of two near its largest magnitude, when that is extreme. */
function scaled(xs: Float64Array): Float64Array {
  let max = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = Math.abs(xs[i] as number);
    if (v > max) max = v;
  }
  if (max === 0 || (max < 2 ** 400 && max > 2 ** -400)) return xs;
  const scale = 2 ** (Math.ceil(Math.log2(max)) - 1); // at most 2^1023, so finite
  return xs.map((v) => v / scale);
}
