import { deepFreeze } from '../_internal/freeze.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import {
  allocateRupiah,
  type DecimalInput,
  describeType,
  type Rupiah,
  reduceFraction,
} from '../core/index.js';
import { type Band, type BandsInput, bandOf, bandsForScale } from './bands.js';
import { DAYAS, type Daya } from './instrument.js';
import { checkDayaWeight } from './daya-weight.js';
import { configurationError, fail, guardRead, optionsObject } from './issues.js';
import { BUDGET_ALLOCATION, BUDGET_SHARES, TRIDAYA_INDEX } from './contexts.js';
import type { ContextName } from '../core/issue-types.js';
import { numberTypeProblem } from '../_internal/number-type.js';

/**
 * How {@link scoreTridaya} combines the daya scores.
 * - `'arithmetic'` (default): sum(w_d x s_d) / sum(w_d).
 * - `'geometric'`: exp(sum(w_d x ln s_d) / sum(w_d)), which penalises an unbalanced profile (a daya at
 *   0 makes the index 0).
 *
 * @category Tridaya index
 */
export type TridayaIndexMethod = 'arithmetic' | 'geometric';

/**
 * Options of {@link scoreTridaya}.
 *
 * @category Tridaya index
 */
export interface ScoreTridayaOptions {
  /** Combination (default `'arithmetic'`). */
  method?: TridayaIndexMethod | undefined;
  /** Positive weights of the dayas given (default equal). Every daya scored needs one. */
  weights?: Partial<Record<Daya, number>> | undefined;
  /** Bands for the index's category (default `'likert-5-equal'` on `scale`). */
  bands?: BandsInput | undefined;
  /** Scale the bands derive from (default `{ min: 1, max: 5 }`). */
  scale?: { readonly min: number; readonly max: number } | undefined;
}

const TRIDAYA_KEYS = optionKeys<ScoreTridayaOptions>()({
  method: true,
  weights: true,
  bands: true,
  scale: true,
});

/**
 * A Tridaya index.
 *
 * @category Tridaya index
 */
export interface TridayaIndex {
  /** The combined score, a percentage 0..100. */
  readonly index: number;
  /** The combination used. */
  readonly method: TridayaIndexMethod;
  /** The weights applied, by daya. */
  readonly weights: Partial<Record<Daya, number>>;
  /** The band code of the index, undefined when it falls below every band. */
  readonly category: string | undefined;
  /** The band of the index. */
  readonly band: Band | undefined;
}

/**
 * A daya score: a percentage, or an object carrying one (a {@link DayaScore} from scoreResponses).
 *
 * @category Tridaya index
 */
export type DayaScoreInput = number | { readonly percentage: number };

/**
 * The Tridaya index: the daya scores (percentages 0..100) combined into one number, by a weighted
 * arithmetic mean (default) or a weighted geometric mean, with its band. Pass
 * `scoreResponses(...).aggregate.dayas` directly, or plain percentages. The three dayas are those of
 * P2KP (Konsep P2KP, docs/sources.md#konsep-p2kp); there is no official weighting, so the default weights are equal (a choice of this
 * library: pass your own).
 *
 * @category Tridaya index
 * @throws {@link ValidationError} when a score is not a finite percentage 0..100
 * (`score_out_of_range`) or no daya is given (`too_few_observations`); {@link ConfigurationError} for
 * invalid weights, method or bands.
 * @example
 * scoreTridaya({ sosial: 70, ekonomi: 60, lingkungan: 59 })
 * //=> { index: 63, method: 'arithmetic', weights: { sosial: 1, ekonomi: 1, lingkungan: 1 }, category: 'cukup_efektif', band: {...} }
 * scoreTridaya({ sosial: 80, ekonomi: 20 }, { method: 'geometric' }).index // sqrt(80 x 20)
 * //=> 39.99999999999998 (40 to the last bit of exp/log)
 */
export function scoreTridaya(
  scores: Partial<Record<Daya, DayaScoreInput>>,
  options: ScoreTridayaOptions = {},
): TridayaIndex {
  const context = TRIDAYA_INDEX;
  return guardRead(context, () => {
    const opts = optionsObject<ScoreTridayaOptions>(options);
    checkOptionKeys(opts, TRIDAYA_KEYS, 'scoreTridaya');
    const method = opts.method ?? 'arithmetic';
    if (method !== 'arithmetic' && method !== 'geometric') {
      throw configurationError('invalid_option', {
        option: 'method',
        allowed: ['arithmetic', 'geometric'],
      });
    }
    const given = readScores(scores, context);
    const weights = readWeights(opts.weights, given);
    const index = combine(given, weights, method);
    const bands = bandsForScale(opts.scale ?? { min: 1, max: 5 }, opts.bands ?? 'likert-5-equal');
    const band = bandOf(bands, index);
    return { index, method, weights, category: band?.code, band };
  });
}

/**
 * The one rule of a record by daya (scores, amounts, shares): an object whose every key is a daya.
 * Returns the entries given (not undefined) in the order sosial, ekonomi, lingkungan.
 */
function dayaEntries(value: unknown, name: string, context: ContextName): [Daya, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid_type', [name], { expected: 'object', received: describeType(value) }, context);
  }
  for (const key of Object.keys(value)) {
    if (!(DAYAS as readonly string[]).includes(key)) {
      fail('invalid_value', [name, key.slice(0, 40)], { allowed: DAYAS }, context);
    }
  }
  const entries: [Daya, unknown][] = [];
  for (const d of DAYAS) {
    const v: unknown = (value as Record<string, unknown>)[d];
    if (v !== undefined) entries.push([d, v]);
  }
  return entries;
}

/**
 * A whole-rupiah amount >= 0, by the core's rule for a number (_internal/number-type.ts: `required`,
 * `invalid_type`, `not_finite`), then `not_integer`, then `too_small` (a negative whole number breaks
 * the range rule, not the whole-number rule).
 */
function readRupiah(value: unknown, path: (string | number)[], context: ContextName): number {
  const problem = numberTypeProblem(value);
  if (problem !== undefined) fail(problem.code, path, problem.params, context);
  const v = value as number;
  if (!Number.isSafeInteger(v)) fail('not_integer', path, { received: describeType(v) }, context);
  if (v < 0) fail('too_small', path, { minimum: 0, inclusive: true, origin: 'number' }, context);
  return v + 0;
}

/** The daya scores given, as percentages in the order sosial, ekonomi, lingkungan. */
function readScores(scores: unknown, context: ContextName): [Daya, number][] {
  const given: [Daya, number][] = [];
  for (const [d, raw] of dayaEntries(scores, 'scores', context)) {
    const v =
      raw !== null && typeof raw === 'object' ? (raw as { percentage?: unknown }).percentage : raw;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
      fail('score_out_of_range', ['scores', d], { received: describeType(v) }, context);
    }
    given.push([d, v + 0]);
  }
  if (given.length === 0)
    fail('too_few_observations', ['scores'], { minimum: 1, received: 0 }, context);
  return given;
}

/** The weight of each daya scored (1 each by default); a weight without a score is an error. */
function readWeights(w: unknown, given: readonly [Daya, number][]): Partial<Record<Daya, number>> {
  if (w !== undefined && (w === null || typeof w !== 'object')) {
    throw configurationError('invalid_daya_weights', {
      reason: 'expected an object',
      alasan: 'diharapkan objek',
    });
  }
  if (w !== undefined) {
    for (const key of Object.keys(w)) {
      if (!given.some(([d]) => d === key)) {
        throw configurationError('invalid_daya_weights', {
          reason: `"${key.slice(0, 40)}" has a weight but no score`,
          alasan: `"${key.slice(0, 40)}" memiliki bobot tetapi tidak memiliki skor`,
        });
      }
    }
  }
  const weights: Partial<Record<Daya, number>> = {};
  for (const [d] of given) {
    weights[d] = checkDayaWeight(d, w === undefined ? 1 : (w as Record<string, unknown>)[d]);
  }
  return weights;
}

/** The weighted arithmetic or geometric mean of the scores, within 0..100. */
function combine(
  given: readonly [Daya, number][],
  weights: Partial<Record<Daya, number>>,
  method: TridayaIndexMethod,
): number {
  let wsum = 0;
  let acc = 0;
  let zero = false;
  for (const [d, s] of given) {
    const weight = weights[d] as number;
    wsum += weight;
    if (method === 'arithmetic') acc += weight * s;
    else if (s === 0) zero = true;
    else acc += weight * Math.log(s);
  }
  const index = method === 'arithmetic' ? acc / wsum : zero ? 0 : Math.exp(acc / wsum);
  const first = (given[0] as [Daya, number])[1];
  // Equal scores: the geometric mean is that score, exactly.
  if (method === 'geometric' && given.every(([, s]) => s === first)) return first;
  // A mean of values in 0..100 stays there; clamp the last-bit error of exp/log.
  return Math.min(100, Math.max(0, index));
}

/**
 * The budget split across the dayas reported by Widyastuti et al. (PNPM Mandiri, Kota Serang; docs/sources.md#widyastuti-et-al-kota-serang): 70% to physical
 * works (daya lingkungan / pembangunan) and 30% to economic activities (daya ekonomi). Reading
 * "physical" as daya lingkungan is this library's mapping.
 *
 * @category Tridaya index
 * @example
 * DAYA_BUDGET_SPLITS['pnpm-serang-70-30'].shares
 * //=> { lingkungan: 70, ekonomi: 30 }
 */
export const DAYA_BUDGET_SPLITS = {
  'pnpm-serang-70-30': {
    id: 'pnpm-serang-70-30',
    source:
      'Widyastuti, Listyaningsih, Sjafari, Arenawati, Model Pemberdayaan Kelompok Masyarakat Miskin (Kota Serang): "70% anggaran PNPM ... pembangunan fisik, ... 30% ... kegiatan usaha"; physical works mapped to daya lingkungan.',
    shares: { lingkungan: 70, ekonomi: 30 },
  },
} as const satisfies Record<
  string,
  { id: string; source: string; shares: Partial<Record<Daya, number>> }
>;
deepFreeze(DAYA_BUDGET_SPLITS);

/**
 * One daya's share of a budget, exact.
 *
 * @category Tridaya index
 */
export interface DayaBudgetShare {
  /** Rupiah allocated to the daya. */
  readonly amount: Rupiah;
  /** The exact share as a reduced fraction amount / total. */
  readonly fraction: { readonly numerator: number; readonly denominator: number };
  /** amount x 100 / total, the nearest double to the exact percentage. */
  readonly percentage: number;
}

/**
 * Budget shares across dayas.
 *
 * @category Tridaya index
 */
export interface DayaBudget {
  /** The whole budget in rupiah (the sum of the amounts). */
  readonly total: Rupiah;
  /** Share of each daya given. */
  readonly shares: Partial<Record<Daya, DayaBudgetShare>>;
}

function shareOf(amount: number, total: number): DayaBudgetShare {
  const { numerator, denominator } = reduceFraction(BigInt(amount), BigInt(total));
  return {
    amount,
    fraction: { numerator: Number(numerator), denominator: Number(denominator) },
    // amount x 100 is exact below 2^53 / 100; above, the product is rounded once more (still < 1e-15).
    percentage: (amount * 100) / total,
  };
}

/**
 * The shares of a budget across the dayas, from whole-rupiah amounts: each share is exact (a reduced
 * fraction of the total) and as a percentage. Widyastuti et al. report PNPM's split in Kota Serang as 70%
 * physical and 30% economic.
 *
 * @category Tridaya index
 * @throws {@link ValidationError} when `amounts` is not an object (`invalid_type`), a key is not a daya
 * (`invalid_value`), an amount is not a whole number of rupiah >= 0 (`invalid_type`, `not_finite`,
 * `not_integer`, `too_small`), or the amounts are all zero or sum past the safe-integer range
 * (`invalid_budget`).
 * @example
 * dayaBudgetShares({ lingkungan: 700_000_000, ekonomi: 300_000_000 }).shares.lingkungan
 * //=> { amount: 700_000_000, fraction: { numerator: 7, denominator: 10 }, percentage: 70 }
 */
export function dayaBudgetShares(amounts: Partial<Record<Daya, Rupiah>>): DayaBudget {
  const context = BUDGET_SHARES;
  return guardRead(context, () => {
    let total = 0;
    const given: [Daya, number][] = [];
    for (const [d, v] of dayaEntries(amounts, 'amounts', context)) {
      const amount = readRupiah(v, ['amounts', d], context);
      total += amount;
      given.push([d, amount]);
    }
    if (!Number.isSafeInteger(total) || total === 0) {
      fail(
        'invalid_budget',
        ['amounts'],
        {
          reason: 'the amounts must sum to more than 0 rupiah',
          alasan: 'jumlah anggaran harus lebih dari 0 rupiah',
        },
        context,
      );
    }
    const shares: Partial<Record<Daya, DayaBudgetShare>> = {};
    for (const [d, v] of given) shares[d] = shareOf(v, total);
    return { total, shares };
  });
}

/**
 * Splits a whole-rupiah budget across dayas by shares (percentages or any ratios, read exactly; or a
 * preset name such as `'pnpm-serang-70-30'`). The amounts always add up to the budget: each gets the
 * floor of its exact share and the rupiah left over go one by one to the largest remainders (core
 * `allocateRupiah`, earlier daya first on ties, in the order sosial, ekonomi, lingkungan).
 *
 * @category Tridaya index
 * @throws {@link ValidationError} when the total is not a non-negative safe integer, a share is not a
 * non-negative finite number or decimal string, a key is not a daya, or the shares sum to zero;
 * {@link ConfigurationError} for an unknown preset name.
 * @example
 * allocateDayaBudget(1_000_000_001, 'pnpm-serang-70-30')
 * //=> { ekonomi: 300_000_000, lingkungan: 700_000_001 }
 */
export function allocateDayaBudget(
  total: Rupiah,
  shares: Partial<Record<Daya, DecimalInput>> | keyof typeof DAYA_BUDGET_SPLITS,
): Partial<Record<Daya, Rupiah>> {
  const context = BUDGET_ALLOCATION;
  return guardRead(context, () => {
    let split: unknown = shares;
    if (typeof shares === 'string') {
      if (!Object.hasOwn(DAYA_BUDGET_SPLITS, shares)) {
        throw configurationError('unknown_preset', {
          preset: shares.slice(0, 60),
          known: Object.keys(DAYA_BUDGET_SPLITS),
        });
      }
      split = DAYA_BUDGET_SPLITS[shares].shares;
    }
    readRupiah(total, ['total'], context);
    const dayas: Daya[] = [];
    const ratios: DecimalInput[] = [];
    for (const [d, v] of dayaEntries(split, 'shares', context)) {
      dayas.push(d);
      ratios.push(v as DecimalInput);
    }
    if (dayas.length === 0)
      fail('too_few_observations', ['shares'], { minimum: 1, received: 0 }, context);
    const parts = allocateRupiah(total, ratios);
    const out: Partial<Record<Daya, Rupiah>> = {};
    dayas.forEach((d, i) => {
      out[d] = parts[i] as number;
    });
    return out;
  });
}

/**
 * The 0.1 name of {@link scoreTridaya}: the same function.
 *
 * @category Tridaya index
 * @deprecated Since 0.2: use {@link scoreTridaya}. The alias will be removed in the next minor
 * version.
 * @throws As {@link scoreTridaya}.
 * @example
 * tridayaIndex({ sosial: 50, ekonomi: 70 }).index
 * //=> 60
 */
export const tridayaIndex: typeof scoreTridaya = scoreTridaya;
