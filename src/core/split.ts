import { createIssue, describeType } from './issues.js';
import type { Rupiah } from './rupiah.js';
import { unreadableAs } from '../_internal/guard.js';
import { invalidIn } from './parse.js';
import { SPLIT } from '../_internal/contexts.js';
import { MAX_PARTS, splitShapeProblems } from '../_internal/split-shape.js';

/**
 * Splits a whole-rupiah amount by whole-number weights with the same largest-remainder rule as
 * {@link allocateRupiah}: each part first gets the floor of its exact share, then the rupiah left
 * over go one each to the parts with the largest remainders, equal remainders to the earlier part.
 * The parts always add up exactly to the total.
 *
 * It is the integer-only sibling of `allocateRupiah` (same results for whole-number weights, proven by
 * a property test): it never loads decimal.js, so a browser bundle that only splits by counts (payment
 * stages, equal shares) stays small. Exact for every safe-integer total and weight: products that
 * could leave the safe range are done with BigInt.
 *
 * @category Money
 * @throws {@link ValidationError} when the total is not a safe integer, a weight is not a safe
 * integer >= 0, there is no weight or more than 1,000,000, or the weights sum to zero.
 * @example
 * splitRupiah(100, [1, 1, 1])
 * //=> [34, 33, 33]
 * splitRupiah(3_000_000, [1, 1, 1, 1])
 * //=> [750_000, 750_000, 750_000, 750_000]
 */
export function splitRupiah(total: Rupiah, weights: readonly number[]): Rupiah[] {
  try {
    const problems = splitShapeProblems(total, weights, 'weights', SPLIT);
    const n = weights.length;
    if (n > MAX_PARTS) throw invalidIn(problems, SPLIT);
    let sum = 0n;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (typeof w !== 'number' || !Number.isSafeInteger(w)) {
        problems.push(createIssue('not_integer', ['weights', i], { received: describeType(w) }));
      } else if (w < 0) {
        problems.push(
          createIssue('too_small', ['weights', i], {
            minimum: 0,
            inclusive: true,
            origin: 'number',
          }),
        );
      } else sum += BigInt(w);
    }
    if (problems.length > 0) throw invalidIn(problems, SPLIT);
    if (sum === 0n) throw invalidIn([createIssue('zero_sum', ['weights'])], SPLIT);
    const negative = total < 0;
    const whole = negative ? -total : total;
    const parts = splitWhole(whole, weights as readonly number[], sum);
    return negative ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
  } catch (error) {
    throw unreadableAs(error, SPLIT);
  }
}

/** The largest-remainder split of a whole >= 0 by validated weights with a positive sum. */
function splitWhole(whole: number, weights: readonly number[], sum: bigint): number[] {
  const n = weights.length;
  const parts = new Array<number>(n);
  const total = BigInt(whole);
  const remainders: bigint[] = new Array(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const exact = total * BigInt(weights[i] as number);
    const part = exact / sum;
    parts[i] = Number(part);
    remainders[i] = exact % sum;
    given += part;
  }
  let left = Number(total - given);
  if (left === 0) return parts;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (let k = 0; left > 0; k++, left--) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}
