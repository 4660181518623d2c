import { fail, finiteNumber, guardRead, notAnArray } from './messages.js';

/**
 * Cronbach's alpha of an instrument with the variances behind it.
 *
 * @category Statistics
 */
export interface CronbachAlphaResult {
  /** alpha = k / (k - 1) * (1 - sum of item variances / variance of the total score). */
  readonly alpha: number;
  /** Number of items (k, the columns). */
  readonly items: number;
  /** Number of respondents (n, the rows). */
  readonly respondents: number;
  /** Sample variance (divisor n - 1) of each item. */
  readonly itemVariances: readonly number[];
  /** Sample variance (divisor n - 1) of the respondents' total scores. */
  readonly totalVariance: number;
}

function sampleVariance(values: Float64Array): number {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i] as number;
  const m = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    ss += d * d;
  }
  return ss / (n - 1);
}

/**
 * Cronbach's alpha (Cronbach 1951) for instrument reliability, from a matrix of respondents (rows) by
 * items (columns): alpha = k / (k - 1) * (1 - sum(var_i) / var_total). Variances are sample variances
 * (divisor n - 1, as SPSS reports them); alpha itself does not depend on the divisor, since the same
 * factor appears above and below. Rows with a missing answer must be removed first (listwise, as SPSS
 * does): every entry must be a finite number.
 *
 * @category Statistics
 * @throws {@link ValidationError} when the matrix is not an array of arrays (`invalid_type`) of finite
 * numbers (`required`, `invalid_type`, `not_finite`), rows differ in length (`ragged_matrix`), there are fewer than 2 respondents
 * (`too_few_observations`) or 2 items (`too_few_items`), or the total score is constant
 * (`zero_total_variance`).
 * @example
 * cronbachAlpha([[1, 2], [2, 3], [3, 3]])
 * //=> { alpha: 0.8571428571428568 (6/7 to 3e-16), items: 2, respondents: 3, itemVariances: [1, 0.333...], totalVariance: 2.333... }
 */
export function cronbachAlpha(itemMatrix: readonly (readonly number[])[]): CronbachAlphaResult {
  return guardRead('item matrix', () => {
    const context = "Cronbach's alpha";
    if (!Array.isArray(itemMatrix)) notAnArray(itemMatrix, ['itemMatrix'], context);
    return guardRead(context, () => {
      const n = itemMatrix.length;
      if (n < 2) fail('too_few_observations', [], { minimum: 2, received: n }, context);
      const first = itemMatrix[0];
      if (!Array.isArray(first)) notAnArray(first, [0], context);
      const k = first.length;
      if (k < 2) fail('too_few_items', [], { minimum: 2, received: k }, context);
      const columns: Float64Array[] = [];
      for (let j = 0; j < k; j++) columns.push(new Float64Array(n));
      const totals = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const row = itemMatrix[i];
        if (!Array.isArray(row)) notAnArray(row, [i], context);
        if (row.length !== k)
          fail('ragged_matrix', [i], { row: i, expected: k, received: row.length }, context);
        let total = 0;
        for (let j = 0; j < k; j++) {
          const v = finiteNumber(row[j], [i, j], context);
          (columns[j] as Float64Array)[i] = v;
          total += v;
        }
        totals[i] = total;
      }
      const itemVariances = columns.map(sampleVariance);
      const totalVariance = sampleVariance(totals);
      if (!(totalVariance > 0)) fail('zero_total_variance', [], {}, context);
      let sum = 0;
      for (const v of itemVariances) sum += v;
      const alpha = (k / (k - 1)) * (1 - sum / totalVariance);
      return { alpha, items: k, respondents: n, itemVariances, totalVariance };
    });
  });
}
