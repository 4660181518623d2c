/**
 * The arithmetic rules the FGT sums share, wherever records come in (record objects through the
 * accumulator's scan, plain numbers through the group tally): what a household weighs, and how a
 * plain sum is added into a compensated total. Private to the poverty module.
 *
 * The two hot loops copy {@link BLOCK} into a constant of their own module and check an expenditure
 * inline (`typeof y === 'number'`, 0..Number.MAX_VALUE). In the module-per-file ESM build that dist/
 * ships, reading the imported `BLOCK` once per record made `povertyMeasures` about 6% slower, and an
 * imported `MAX` or a shared `expenditureFits` 14% to 18% slower (interleaved runs under tsx, 40
 * rounds each, 2026-11-30). tests/poverty/group-tally.test.ts proves the tally and the accumulator
 * refuse the same records.
 */
import { WEIGHT_CAP } from './weight-cap.js';

/** Records per plain-sum block: the block sums are added into the compensated totals (TwoSum). */
export const BLOCK = 128;

/**
 * The persons one record stands for (`size` x `weight`, each 1 when `undefined`), or -1 when either
 * fails the fast checks: size a whole number >= 1, weight in 0..{@link WEIGHT_CAP}. (A weight above
 * 2^917 is rejected: with size <= 2^53 one record then weighs at most 2^970 persons, so fewer than
 * 2^53 records can never push the population total past Number.MAX_VALUE.) `nanAbsent`: NaN is
 * absent too, as a blank in a typed column (the group tally); in a record NaN is a bad value. Each
 * caller passes a constant, so the inlined copy keeps one branch.
 */
export function personsOf(size: unknown, weight: unknown, nanAbsent = false): number {
  let w = 1;
  if (size !== undefined && !(nanAbsent && Number.isNaN(size))) {
    if (typeof size !== 'number' || !(size >= 1) || !Number.isSafeInteger(size)) return -1;
    w = size;
  }
  if (weight !== undefined && !(nanAbsent && Number.isNaN(weight))) {
    if (typeof weight !== 'number' || !(weight >= 0) || weight > WEIGHT_CAP) return -1;
    w *= weight;
  }
  return w;
}

/**
 * The rounding error of `t = s + x` (TwoSum, Knuth), so that `c += twoSumError(s, x, s + x)` keeps a
 * compensated total exactly. The one place of that rule: the block sums and the merges of states all
 * go through it.
 */
export function twoSumError(s: number, x: number, t: number): number {
  const bp = t - s;
  return s - (t - bp) + (x - bp);
}
