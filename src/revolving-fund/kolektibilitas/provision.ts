import { decToFraction, toDec } from '../../_internal/decimal.js';
import { divRoundBig } from '../../_internal/int-division.js';
import {
  ConfigurationError,
  createIssue,
  describeType,
  renderBoth,
  validationError,
} from '../../core/index.js';
import type { KolektibilitasResult } from '../types.js';
import { kolektibilitasMessages } from './messages.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * Options of {@link computeProvision}.
 *
 * @category Kolektibilitas
 */
export interface ComputeProvisionOptions {
  /**
   * Value of the loan's collateral that the regulation lets you deduct (after its own haircuts), in
   * whole rupiah. Absent: the provision is computed on the gross outstanding.
   */
  collateralValue?: number | undefined;
  /**
   * First level whose provision is computed after deducting `collateralValue` (default 2). POJK
   * 33/POJK.03/2018 and POJK 1/2024 (BPR) compute the general PPAP of lancar loans on the gross
   * outstanding and the special PPAP of every other class after deducting the collateral.
   */
  deductCollateralFromLevel?: number | undefined;
}

const rateCache = new Map<string, { num: bigint; den: bigint }>();

function rateFraction(rate: string): { num: bigint; den: bigint } {
  let f = rateCache.get(rate);
  if (f === undefined) {
    const d = toDec(rate);
    if (d === undefined || d.isNegative() || d.greaterThan(1)) {
      throw validationError(
        [
          createIssue(
            'invalid_decimal',
            ['kolektibilitas', 'provisionRate'],
            {},
            {},
            kolektibilitasMessages,
          ),
        ],
        'kolektibilitas',
      );
    }
    const { numerator, denominator } = decToFraction(d);
    f = { num: numerator, den: denominator };
    if (rateCache.size > 1024) rateCache.clear();
    rateCache.set(rate, f);
  }
  return f;
}

const isWhole = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The error thrown when a level has no sourced rate. */
export function unsourcedRateError(k: {
  tableId: unknown;
  level: unknown;
  code: unknown;
}): ConfigurationError {
  const params = { tableId: k.tableId, level: k.level, code: k.code };
  return new ConfigurationError(
    'provision_rate_unsourced',
    renderBoth(
      { code: 'provision_rate_unsourced', path: ['kolektibilitas', 'provisionRate'], params },
      kolektibilitasMessages,
    ),
    params,
  );
}

const PROVISION_KEYS = optionKeys<ComputeProvisionOptions>()({
  collateralValue: true,
  deductCollateralFromLevel: true,
});

/**
 * The loan-loss provision of one loan: the base times its level's provision rate, rounded half-up to
 * whole rupiah, exactly (integer arithmetic on the decimal rate). The base is the outstanding
 * principal; with `collateralValue`, from level `deductCollateralFromLevel` (default 2) on, it is
 * `max(0, outstanding - collateralValue)`, as POJK 33/POJK.03/2018 and POJK 1/2024 compute the special
 * PPAP of BPR. Without it the provision is on the gross outstanding (what 0.1 always did).
 *
 * A level whose rate is `null` (no source gives one, as in `'upk-perkotaan-2013'`) is refused: the
 * library never makes up a rate.
 *
 * @category Kolektibilitas
 * @throws {@link ConfigurationError} (`provision_rate_unsourced`) when the level has no sourced rate.
 * @throws {@link ValidationError} when `outstanding` or `collateralValue` is not a whole number >= 0
 * (`not_integer`, `invalid_collateral`) or the rate is not a decimal 0..1.
 * @example
 * const k = classifyKolektibilitas('ojk-bpr-2018', { daysPastDue: 45, missedInstalments: 2, monthsInArrears: 1 });
 * computeProvision(10_000_000, k)
 * //=> 300_000
 * computeProvision(10_000_000, k, { collateralValue: 5_500_000 })
 * //=> 135_000
 */
export function computeProvision(
  outstanding: number,
  kolektibilitas: KolektibilitasResult,
  options: ComputeProvisionOptions = {},
): number {
  checkOptionKeys(options, PROVISION_KEYS, 'computeProvision');
  let rate: unknown;
  let level: unknown;
  let tableId: unknown;
  let code: unknown;
  let collateral: unknown;
  let from: unknown;
  try {
    rate = kolektibilitas.provisionRate;
    level = kolektibilitas.level;
    tableId = kolektibilitas.tableId;
    code = kolektibilitas.code;
    if (options !== undefined && options !== null) {
      collateral = options.collateralValue;
      from = options.deductCollateralFromLevel;
    }
  } catch {
    throw validationError([createIssue('unreadable_row', ['kolektibilitas'])], 'kolektibilitas');
  }
  if (!isWhole(outstanding)) {
    throw validationError(
      [createIssue('not_integer', ['outstanding'], { received: describeType(outstanding) })],
      'provision',
    );
  }
  if (collateral !== undefined && !isWhole(collateral)) {
    throw validationError(
      [createIssue('invalid_collateral', ['collateralValue'], {}, {}, kolektibilitasMessages)],
      'provision',
      { catalog: kolektibilitasMessages },
    );
  }
  if (from !== undefined && (!isWhole(from) || from < 1)) {
    throw validationError(
      [
        createIssue('not_integer', ['deductCollateralFromLevel'], {
          received: describeType(from),
        }),
      ],
      'provision',
    );
  }
  if (rate === null) throw unsourcedRateError({ tableId, level, code });
  if (typeof rate !== 'string') {
    throw validationError(
      [
        createIssue(
          'invalid_decimal',
          ['kolektibilitas', 'provisionRate'],
          {},
          {},
          kolektibilitasMessages,
        ),
      ],
      'kolektibilitas',
    );
  }
  const { num, den } = rateFraction(rate);
  const fromLevel = (from as number | undefined) ?? 2;
  const base =
    collateral !== undefined && typeof level === 'number' && level >= fromLevel
      ? Math.max(0, outstanding - (collateral as number))
      : outstanding;
  return provisionOfBase(base, num, den);
}

/** base x num / den rounded half-up, exactly. */
const MAX_BIG = BigInt(Number.MAX_SAFE_INTEGER);

export function provisionOfBase(base: number, num: bigint, den: bigint): number {
  if (num <= MAX_BIG && den <= MAX_BIG) {
    const d = Number(den);
    // A float product above 2^53 can only be the rounding of an exact product above 2^53, so the
    // guard is exact.
    const p = base * Number(num);
    if (p <= Number.MAX_SAFE_INTEGER) {
      const r = p % d;
      const q = (p - r) / d;
      return 2 * r >= d ? q + 1 : q;
    }
  }
  return Number(divRoundBig(BigInt(base) * num, den, 'half-up'));
}

/** The exact fraction of a decimal rate string (cached), for hot loops. */
export function provisionRateFraction(rate: string): { num: bigint; den: bigint } {
  return rateFraction(rate);
}
