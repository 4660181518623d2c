import { checkOptionKeys } from '../../_internal/options.js';
import type { LoanAssessment } from '../types.js';
import { createPortfolioAccumulator } from './accumulator.js';
import { PORTFOLIO_KEYS, type PortfolioIndicatorsOptions } from './options.js';
import type { AnyAssessment, PortfolioGroupBy, PortfolioReport } from './types.js';

const BY_KEYS = PORTFOLIO_KEYS.filter((key) => key !== 'groupBy');

/**
 * Computes the portfolio indicators over loan assessments (as {@link assessLoan} returns them; extra
 * fields such as `ksm` or `kelurahan` are allowed and can be grouped by):
 *
 * - **gross outstanding**: sum of `outstandingPrincipal`;
 * - **SEEP PAR30 / PAR90**: outstanding principal of loans with any instalment *more than* 30 / 90
 *   days overdue (`daysPastDue > 30`, `> 90`) over gross outstanding (SEEP/CGAP); a loan exactly 30
 *   days past due is not in PAR30;
 * - **UPK PAR, LAR, RR** (POB 2013), threshold 3 missed instalments (`missedInstalments >= 3`): PAR =
 *   outstanding of those loans / outstanding; LAR = loans (KSM) with a balance (`outstandingPrincipal
 *   > 0`) and 3+ missed instalments / loans with a balance; RR = (outstanding - outstanding of those
 *   loans) / outstanding; bands PAR and LAR <= 10% satisfactory, <= 20% adequate, > 20% inadequate;
 *   RR >= 90% satisfactory, >= 80% adequate, < 80% inadequate (band edges compared exactly);
 * - **collection rate**: sum `paidOnTimeToDate` / sum `dueToDate` (collected on time / due);
 * - **required provisions**: sum of each loan's `provision`, and the **distribution by kolektibilitas**
 *   (count, outstanding, provision per level).
 *
 * Each indicator carries its label, definition and source. Ratios are exact (`numerator`,
 * `denominator`, reduced `fraction`, `decimal`) and convenient (`value`, `percent`); a zero
 * denominator gives `ratio: null` with a `reason` (`empty_portfolio`, `no_outstanding`,
 * `no_loans_with_balance`, `nothing_due`), never NaN. Malformed rows are returned in `rejected` with
 * their index; `counts.valid + counts.rejected === counts.total`.
 *
 * @category Portfolio
 * @throws {@link ValidationError} when `assessments` is not iterable, or a sum exceeds the largest safe
 * integer (`total_too_large`).
 * @throws {@link ConfigurationError} when an option is not one it takes (`invalid_portfolio_options`),
 * `groupBy` is invalid or the `kolektibilitas` table is broken.
 * @example
 * const report = portfolioIndicators(assessments, { groupBy: 'kelurahan' });
 * report.par30.ratio?.decimal
 * //=> '0.125'
 * report.upkPar.band?.code
 * //=> 'adequate'
 * report.groups.map((g) => g.key)
 * //=> ['Kedaton', 'Rajabasa']
 */
export function portfolioIndicators<T extends LoanAssessment>(
  assessments: Iterable<T>,
  options?: PortfolioIndicatorsOptions<T>,
): PortfolioReport;
export function portfolioIndicators(
  assessments: Iterable<unknown>,
  options?: PortfolioIndicatorsOptions,
): PortfolioReport;
export function portfolioIndicators<T extends LoanAssessment>(
  assessments: Iterable<T | unknown>,
  options: PortfolioIndicatorsOptions<T> = {},
): PortfolioReport {
  checkOptionKeys(options, PORTFOLIO_KEYS, 'portfolioIndicators');
  return createPortfolioAccumulator<T>(options).addAll(assessments).result();
}

/**
 * {@link portfolioIndicators} grouped by a key (a KSM, a kelurahan, a UPK): the property name of the
 * rows or a function returning the key. `groups` holds every group's indicators, in order of first appearance; the
 * top level holds the whole portfolio. A row whose key is not a non-empty string or a finite number is
 * rejected (`invalid_group_key`).
 *
 * @category Portfolio
 * @throws {@link ValidationError} when `assessments` is not iterable.
 * @throws {@link ConfigurationError} when an option is not one it takes (`invalid_portfolio_options`),
 * `groupBy` is invalid or the `kolektibilitas` table is broken.
 * @example
 * portfolioIndicatorsBy(assessments, (a) => a.upk).groups[0]?.indicators.upkRr.band?.code
 * //=> 'satisfactory'
 */
export function portfolioIndicatorsBy<T extends LoanAssessment>(
  assessments: Iterable<T>,
  groupBy: PortfolioGroupBy<T>,
  options?: Omit<PortfolioIndicatorsOptions<T>, 'groupBy'>,
): PortfolioReport;
export function portfolioIndicatorsBy(
  assessments: Iterable<unknown>,
  groupBy: PortfolioGroupBy<AnyAssessment>,
  options?: Omit<PortfolioIndicatorsOptions, 'groupBy'>,
): PortfolioReport;
export function portfolioIndicatorsBy<T extends LoanAssessment>(
  assessments: Iterable<T | unknown>,
  groupBy: PortfolioGroupBy<T>,
  options: Omit<PortfolioIndicatorsOptions<T>, 'groupBy'> = {},
): PortfolioReport {
  checkOptionKeys(options, BY_KEYS, 'portfolioIndicatorsBy');
  let base: PortfolioIndicatorsOptions<T> = {};
  if (options !== null && typeof options === 'object') {
    try {
      base = { ...options };
    } catch {
      base = {};
    }
  }
  return createPortfolioAccumulator<T>({ ...base, groupBy })
    .addAll(assessments)
    .result();
}
