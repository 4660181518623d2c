import type { Accumulator, BatchRejected, CalendarDate, Label, Rupiah } from '../../core/index.js';
import type { LoanAssessment } from '../types.js';
import type { IndicatorDefinition, RatingBand, UndefinedRatioReason } from './definitions.js';
import type { PortfolioRatio } from './ratio.js';

/*
 * The shapes of the portfolio indicators: the report, its groups and indicators, the accumulator and
 * its snapshot.
 */

/**
 * An amount indicator (rupiah) with its definition.
 *
 * @category Portfolio
 */
export interface AmountIndicator extends IndicatorDefinition {
  /** Always `'amount'`. */
  readonly kind: 'amount';
  /** The amount in whole rupiah (an exact sum). */
  readonly amount: Rupiah;
  /** The same amount (every indicator has a `value`, for dashboards). */
  readonly value: Rupiah;
}

/**
 * A ratio indicator with its definition. When the denominator is 0 the ratio is undefined: `ratio` is
 * `null` and `reason` says why (never NaN).
 *
 * @category Portfolio
 */
export interface RatioIndicator extends IndicatorDefinition {
  /** Always `'ratio'`. */
  readonly kind: 'ratio';
  /** Exact numerator (rupiah or a count of loans). */
  readonly numerator: number;
  /** Exact denominator (rupiah or a count of loans); may be 0. */
  readonly denominator: number;
  /** The ratio, or `null` when the denominator is 0. */
  readonly ratio: PortfolioRatio | null;
  /** Shortcut for `ratio.value` (nearest double, 0.15 for 15%), or `null` when undefined. */
  readonly value: number | null;
  /** Why `ratio` is `null`; `null` when it has a value. */
  readonly reason: { readonly code: UndefinedRatioReason; readonly message: Label } | null;
}

/**
 * A ratio indicator rated in bands (the UPK indicators of POB 2013).
 *
 * @category Portfolio
 */
export interface BandedRatioIndicator extends RatioIndicator {
  /** The rating band, or `null` when the ratio is undefined. */
  readonly band: RatingBand | null;
}

/**
 * One row of the distribution by kolektibilitas: how many loans are at a level, their outstanding
 * principal and their provisions.
 *
 * @category Portfolio
 */
export interface KolektibilitasDistributionRow {
  /** Table the level comes from. */
  readonly tableId: string;
  /** Level number (1 = lancar). */
  readonly level: number;
  /** Level code. */
  readonly code: string;
  /** Level label. */
  readonly label: Label;
  /** Provision rate of the level (decimal string), `null` when the table gives none. */
  readonly provisionRate: string | null;
  /** Number of loans at this level. */
  readonly count: number;
  /** Their outstanding principal. */
  readonly outstanding: Rupiah;
  /** Their provisions (sum of each loan's `provision`). */
  readonly provision: Rupiah;
}

/**
 * Loan counts behind the indicators.
 *
 * @category Portfolio
 */
export interface PortfolioLoanCounts {
  /** Valid assessments. */
  readonly total: number;
  /** Loans with outstanding principal > 0. */
  readonly withBalance: number;
  /** Loans with a balance and daysPastDue > 30, or restructured. */
  readonly par30: number;
  /** Loans with a balance and daysPastDue > 90, or restructured. */
  readonly par90: number;
  /** Loans with a balance flagged `restructured` (counted in every PAR > X). */
  readonly restructured: number;
  /** Loans with a balance that reach the UPK arrears threshold (default: missedInstalments >= 3). */
  readonly arrears3: number;
  /**
   * With `larGroupKey`: distinct groups (KSM) with a balance, and of them those with a row at the UPK
   * threshold (what LAR counts); `null` without it.
   */
  readonly ksm: { readonly withBalance: number; readonly atRisk: number } | null;
}

/**
 * SEEP PAR over one day threshold (see the `parDays` option).
 *
 * @category Portfolio
 */
export interface ParIndicator extends RatioIndicator {
  /** The threshold X of PAR > X days. */
  readonly days: number;
  /** Loans with a balance and daysPastDue > days, or restructured. */
  readonly loans: number;
}

/**
 * The indicators of one portfolio (or one group of it).
 *
 * @category Portfolio
 */
export interface PortfolioIndicators {
  /** Earliest and latest `asOf` of the assessments, or `null` when none has one. */
  readonly asOf: { readonly from: CalendarDate; readonly to: CalendarDate } | null;
  /** Loan counts. */
  readonly loans: PortfolioLoanCounts;
  /** Sum of outstanding principal. */
  readonly grossOutstanding: AmountIndicator;
  /**
   * SEEP PAR > 30 days: loans with an instalment more than 30 days overdue **or flagged
   * `restructured`** (as SEEP/CGAP count rescheduled loans at risk).
   */
  readonly par30: RatioIndicator;
  /** SEEP PAR > 90 days (restructured loans included, as in `par30`). */
  readonly par90: RatioIndicator;
  /** Restructured loans (rows with `restructured: true`): their outstanding over the gross outstanding. */
  readonly restructured: RatioIndicator;
  /** UPK PAR (arrears >= 3 instalments), banded. */
  readonly upkPar: BandedRatioIndicator;
  /** UPK LAR (loans with a balance and arrears >= 3 instalments), banded. */
  readonly upkLar: BandedRatioIndicator;
  /**
   * UPK RR in the POB reading (the default of the UPK indicators): (outstanding - the principal in
   * arrears of loans at the threshold) / outstanding, banded.
   */
  readonly upkRr: BandedRatioIndicator;
  /** UPK RR in the balance reading of 0.1 (= 1 - UPK PAR), banded, labelled as such. */
  readonly upkRrBalance: BandedRatioIndicator;
  /** SEEP PAR > X for every X of the `parDays` option (default [30, 90]), in ascending order. */
  readonly par: readonly ParIndicator[];
  /** Collected on time / due. */
  readonly collectionRate: RatioIndicator;
  /** Sum of the loans' provisions. */
  readonly requiredProvisions: AmountIndicator;
  /** Count, outstanding and provision per kolektibilitas level, ordered by table and level. */
  readonly kolektibilitas: readonly KolektibilitasDistributionRow[];
}

/**
 * The indicators of one group.
 *
 * @category Portfolio
 */
export interface PortfolioGroup {
  /** The group's key (a KSM, a kelurahan, a UPK). */
  readonly key: string | number;
  /** The group's indicators. */
  readonly indicators: PortfolioIndicators;
}

/**
 * The indicators of a batch of assessments: the whole portfolio, each group (when grouped), and the
 * rows that were rejected with their index. `counts.valid + counts.rejected === counts.total`.
 *
 * @category Portfolio
 */
export interface PortfolioReport extends PortfolioIndicators {
  /** Rows seen, accepted and rejected. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Rejected rows, by index, with every issue found. */
  readonly rejected: readonly BatchRejected[];
  /**
   * The indicators per group, in order of first appearance (a merge appends the groups new to the
   * accumulator in the other's order; see {@link Accumulator}); empty when not grouped.
   */
  readonly groups: readonly PortfolioGroup[];
}

/**
 * A loan assessment with any extra fields (a KSM, a kelurahan, a UPK) to group by.
 *
 * @category Portfolio
 */
export type AnyAssessment = LoanAssessment & Readonly<Record<string, unknown>>;

/**
 * How rows are grouped: a property name of the rows or a function returning the key (a non-empty
 * string or a finite number).
 *
 * @category Portfolio
 */
export type PortfolioGroupBy<T> =
  | (keyof T & string)
  | (string & {}) // any property name, while editors still complete the keys of T
  | ((assessment: T) => string | number);

/**
 * A mergeable accumulator of portfolio indicators: add assessments one at a time (a stream, a
 * database cursor), merge accumulators built over any partition of the rows (workers, UPKs, months of
 * a cursor), read the report at any time. It follows the library's one {@link Accumulator} contract.
 * Every indicator is built from integer sums, so merging the accumulators of any partition gives
 * exactly the indicators of one pass over all rows (with explicit row indexes, the rejections too);
 * merging consecutive parts in order also gives the groups in the order of one pass.
 *
 * @category Portfolio
 */
export interface PortfolioAccumulator<T extends LoanAssessment = AnyAssessment>
  extends Accumulator<T | unknown, PortfolioAccumulatorSnapshot, PortfolioReport> {
  /**
   * Adds one assessment. A malformed row is not thrown: it is recorded as a rejection with its index
   * and every issue. Returns the accumulator (`counts` tells whether the row was accepted).
   *
   * @param index the row's place in the whole input (default: how many rows this accumulator has
   * seen). Pass it when accumulating partitions, so that rejections keep their global index.
   * @throws {@link ValidationError} when `index` is given and is not a whole number >= 0.
   */
  add(assessment: T | unknown, index?: number): PortfolioAccumulator<T>;
  /**
   * Adds every row of an iterable (indexes continue from the rows already seen).
   *
   * @throws {@link ValidationError} when `assessments` is not iterable.
   */
  addAll(assessments: Iterable<T | unknown>): PortfolioAccumulator<T>;
  /**
   * Adds another accumulator's rows (or its {@link PortfolioAccumulator.snapshot}) to this one (the
   * other is not changed). Rejection indexes are kept as they were recorded. Both must have been made
   * with the same threshold, `parDays`, `larGroupKey` and `groupBy` settings.
   *
   * @throws {@link ConfigurationError} (`invalid_accumulator`) when `other` is neither another
   * accumulator nor a snapshot, or was made with a different threshold, `parDays` or `larGroupKey`;
   * (`accumulator_mismatch`, `params.option` `'groupBy'`, `'kolektibilitas'` or `'decimalPlaces'`)
   * when another accumulator was made with other options (one grouped and one not, another table or
   * precision); (`accumulator_already_merged`) when its rows are already in this one (merged before,
   * directly or through another accumulator), which would count them twice.
   */
  merge(other: PortfolioAccumulator<T> | PortfolioAccumulatorSnapshot): PortfolioAccumulator<T>;
  /** The state as plain JSON data, to store or send and `merge` later. */
  snapshot(): PortfolioAccumulatorSnapshot;
  /**
   * The report of every row added so far.
   *
   * @throws {@link ValidationError} (`total_too_large`) when a sum exceeds the largest safe integer.
   */
  result(): PortfolioReport;
  /** Rows seen, accepted and rejected so far. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
}

/**
 * The state of a {@link PortfolioAccumulator} as plain JSON (integer sums, the distribution, the LAR
 * keys and the rejections), for {@link PortfolioAccumulator.merge}.
 *
 * @category Portfolio
 */
export interface PortfolioAccumulatorSnapshot {
  /** Always `'sejahtera/portfolio-accumulator'`. */
  readonly kind: 'sejahtera/portfolio-accumulator';
  /** Format version (1). */
  readonly version: 1;
  /** The settings the sums depend on (threshold, parDays, larGroupKey, groupBy). */
  readonly signature: string;
  /** Sums of every row. */
  readonly overall: SumsJson;
  /** Sums of each group. */
  readonly groups: readonly {
    readonly map: string;
    readonly key: string | number;
    readonly sums: SumsJson;
  }[];
  /** Rejected rows. */
  readonly rejected: readonly BatchRejected[];
  /** Rows seen. */
  readonly seen: number;
  /** Rows accepted. */
  readonly valid: number;
}

/**
 * The sums of a portfolio (part of {@link PortfolioAccumulatorSnapshot}).
 *
 * @category Portfolio
 */
export interface SumsJson {
  /** The integer sums, in a fixed order. */
  readonly n: readonly number[];
  /** Earliest asOf, or null. */
  readonly minAsOf: string | null;
  /** Latest asOf, or null. */
  readonly maxAsOf: string | null;
  /** The distribution by kolektibilitas level. */
  readonly dist: readonly KolektibilitasDistributionRow[];
  /** Outstanding of PAR > parDays[i]. */
  readonly parOut: readonly number[];
  /** Loans of PAR > parDays[i]. */
  readonly parLoans: readonly number[];
  /** With larGroupKey: [key, has a balance, at risk]. */
  readonly lar: readonly (readonly [string, boolean, boolean])[] | null;
}
