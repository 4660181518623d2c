import { describeType, type Issue, type RoundingMode } from '../core/index.js';
import { divRoundInt } from '../_internal/int-division.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { configurationError, guarded, invalid, povertyIssue } from './issues.js';
import { expenditureIssue, householdSizeIssue } from './household-checks.js';

/**
 * Arguments of {@link computePerCapitaExpenditure}.
 *
 * @category Households
 */
export interface PerCapitaExpenditureInput {
  /** Total household expenditure for the period (rupiah, finite, >= 0). */
  householdExpenditure: number;
  /** Number of household members (a whole number >= 1). */
  size: number;
}

/**
 * Options of {@link computePerCapitaExpenditure}.
 *
 * @category Households
 */
export interface PerCapitaExpenditureOptions {
  /**
   * Round to whole rupiah with this mode (exact integer division; needs a whole-rupiah household
   * expenditure). Default: no rounding, the quotient as a number.
   */
  rounding?: RoundingMode | undefined;
}

const PER_CAPITA_KEYS = optionKeys<PerCapitaExpenditureOptions>()({ rounding: true });

const MODES = ['half-up', 'half-even', 'up', 'down'];

/**
 * Expenditure per capita of a household: household expenditure / household size, for the same period
 * (BPS measures poverty on monthly expenditure per capita). Without `rounding` the result is the
 * correctly rounded float quotient; with `rounding` it is whole rupiah, rounded exactly by the mode.
 *
 * @category Households
 * @throws {@link ValidationError} `household_size_not_positive` for a size of 0 or less,
 * `household_size_not_integer` for a fractional size, `negative_expenditure` for a negative or
 * non-finite expenditure, `not_integer` when rounding is asked for a non-whole rupiah amount.
 * @throws {@link ConfigurationError} (`invalid_option`) for an unknown rounding mode.
 * @example
 * computePerCapitaExpenditure({ householdExpenditure: 2_331_640, size: 4 })
 * //=> 582910
 * computePerCapitaExpenditure({ householdExpenditure: 1_000_000, size: 3 }, { rounding: 'half-up' })
 * //=> 333333
 */
export function computePerCapitaExpenditure(
  input: PerCapitaExpenditureInput,
  options: PerCapitaExpenditureOptions = {},
): number {
  return guarded('household', () => {
    if (typeof input !== 'object' || input === null) {
      return invalid(
        [
          povertyIssue('invalid_type', [], {
            expected: 'object',
            received: describeType(input),
          }),
        ],
        'household',
      );
    }
    checkOptionKeys(options, PER_CAPITA_KEYS, 'computePerCapitaExpenditure');
    const { householdExpenditure: e, size } = input;
    const rounding = options?.rounding;
    if (rounding !== undefined && !MODES.includes(rounding as string)) {
      throw configurationError('invalid_option', { allowed: MODES }, ['rounding']);
    }
    const issues: Issue[] = [];
    const eIssue = expenditureIssue(e, ['householdExpenditure']);
    if (eIssue !== undefined) issues.push(eIssue);
    else if (rounding !== undefined && !Number.isSafeInteger(e)) {
      issues.push(povertyIssue('not_integer', ['householdExpenditure']));
    }
    const sizeIssue = householdSizeIssue(size, ['size']);
    if (sizeIssue !== undefined) issues.push(sizeIssue);
    if (issues.length > 0) return invalid(issues, 'household');
    if (rounding === undefined) return e / size;
    return divRoundInt(e, size, rounding);
  });
}
