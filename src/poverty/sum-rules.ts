// The sum rules of a poverty accumulator snapshot, shared by the accumulator's `merge` and the group
// tally's: private to the library (not re-exported by the poverty index).
import { configurationError } from './issues.js';

/**
 * The rules an accumulator snapshot's sums obey, on the sums of one group (measures.ts checks a
 * snapshot with them, the group tally's `merge` each group of a pack): throws the
 * `invalid_accumulator` error of the first rule broken. `params` are added to the error's (a pack's
 * group number).
 */
export function checkSums(
  pop: number,
  popC: number,
  poor: number,
  poorC: number,
  g1: number,
  g1C: number,
  g2: number,
  g2C: number,
  valid: number,
  params: Readonly<Record<string, unknown>> = {},
): void {
  if (pop < 0 || poor < 0 || g1 < 0 || g2 < 0) {
    throw configurationError('invalid_accumulator', params, ['other']);
  }
  const popT = pop + popC;
  const poorT = poor + poorC;
  const g1T = g1 + g1C;
  if (!within(poorT, popT)) {
    throw broken(params, 'poorPopulation <= population', '`poorPopulation` <= `population`');
  }
  if (!within(g1T, poorT)) {
    throw broken(
      params,
      'poverty gap sum <= poorPopulation',
      'jumlah kesenjangan kemiskinan <= `poorPopulation`',
    );
  }
  if (!within(g2 + g2C, g1T)) {
    throw broken(
      params,
      'squared gap sum <= poverty gap sum',
      'jumlah kuadrat kesenjangan <= jumlah kesenjangan kemiskinan',
    );
  }
  if (valid === 0 && popT !== 0) {
    throw broken(
      params,
      'population is 0 when no record was used',
      '`population` bernilai 0 bila tidak ada catatan yang dipakai',
    );
  }
}

/** `a <= b` up to the rounding of the sums. */
function within(a: number, b: number): boolean {
  return a <= b + Math.abs(b) * 1e-9;
}

/** The error of a broken rule (module functions: `checkSums` runs once per group of every pack). */
function broken(params: Readonly<Record<string, unknown>>, rule: string, ruleId: string) {
  return configurationError('invalid_accumulator', { ...params, rule, ruleId }, ['other']);
}

/**
 * The error of a snapshot's or pack's `line` that is not a positive number (the line rule, worded
 * once for the accumulator's `merge` and the group tally's).
 */
export function brokenLine(params: Readonly<Record<string, unknown>>) {
  return broken(params, 'line is a positive number', '`line` adalah bilangan positif');
}
