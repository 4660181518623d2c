import { memoize1 } from '../../_internal/memo.js';
import { isWholeNumber } from '../../_internal/whole.js';
import { mulDivRoundBig } from '../../_internal/int-division.js';
import {
  ConfigurationError,
  createIssue,
  describeType,
  renderBoth,
  type ValidationError,
} from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import type { KolektibilitasResult } from '../types.js';
import { kolektibilitasMessages } from './messages.js';
import { readProvisionRate } from './rules.js';
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

/** Exact rate fractions in a memo table (_internal/memo.ts): a table has a handful of rates. */
const rateFraction = memoize1(computeRateFraction, 1024);

/** The error for a result whose provision rate is not a decimal 0..1. */
function invalidRateError(): ValidationError {
  return invalid(
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

function computeRateFraction(rate: string): { num: bigint; den: bigint } {
  const d = readProvisionRate(rate);
  if (d === undefined) throw invalidRateError();
  const { numerator, denominator } = d;
  return Object.freeze({ num: numerator, den: denominator });
}

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
  const { rate, level, tableId, code, collateral, from } = readProvisionInput(
    kolektibilitas,
    options,
  );
  checkProvisionNumbers(outstanding, collateral, from);
  if (rate === null) throw unsourcedRateError({ tableId, level, code });
  if (typeof rate !== 'string') throw invalidRateError();
  const { num, den } = rateFraction(rate);
  const fromLevel = (from as number | undefined) ?? 2;
  const base =
    collateral !== undefined && typeof level === 'number' && level >= fromLevel
      ? Math.max(0, outstanding - (collateral as number))
      : outstanding;
  return mulDivRoundBig(base, num, den, 'half-up');
}

/** Reads the result and the options once (a getter that throws is `unreadable_row`). */
function readProvisionInput(
  kolektibilitas: KolektibilitasResult,
  options: ComputeProvisionOptions,
): Record<'rate' | 'level' | 'tableId' | 'code' | 'collateral' | 'from', unknown> {
  try {
    const { provisionRate: rate, level, tableId, code } = kolektibilitas;
    const hasOptions = options !== undefined && options !== null;
    return {
      rate,
      level,
      tableId,
      code,
      collateral: hasOptions ? options.collateralValue : undefined,
      from: hasOptions ? options.deductCollateralFromLevel : undefined,
    };
  } catch {
    throw invalid([createIssue('unreadable_input', ['kolektibilitas'])], 'kolektibilitas');
  }
}

/** The outstanding and the collateral are whole rupiah >= 0; the deduction level a whole number >= 1. */
function checkProvisionNumbers(outstanding: unknown, collateral: unknown, from: unknown): void {
  if (!isWholeNumber(outstanding)) {
    throw invalid(
      [createIssue('not_integer', ['outstanding'], { received: describeType(outstanding) })],
      'provision',
    );
  }
  if (collateral !== undefined && !isWholeNumber(collateral)) {
    throw invalid(
      [createIssue('invalid_collateral', ['collateralValue'], {}, {}, kolektibilitasMessages)],
      'provision',
      { catalog: kolektibilitasMessages },
    );
  }
  if (from !== undefined && (!isWholeNumber(from) || from < 1)) {
    throw invalid(
      [createIssue('not_integer', ['deductCollateralFromLevel'], { received: describeType(from) })],
      'provision',
    );
  }
}

/** The exact fraction of a decimal rate string (cached), for hot loops. */
export function provisionRateFraction(rate: string): { num: bigint; den: bigint } {
  return rateFraction(rate);
}
