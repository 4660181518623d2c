import { forEachRow, readRowIndex } from '../../_internal/accumulate.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import {
  type BatchRejected,
  type CalendarDate,
  ConfigurationError,
  createIssue,
  type Issue,
  type Label,
  type MessageOptions,
  type Rupiah,
  renderBoth,
  validationError,
  describeType,
} from '../../core/index.js';
import type { KolektibilitasPresetName } from '../kolektibilitas/presets.js';
import { compileKolektibilitasTable } from '../kolektibilitas/table.js';
import type { KolektibilitasTable, LoanAssessment } from '../types.js';
import {
  bandOf,
  type CompiledBands,
  compileBands,
  POB_2013_REPAYMENT_BANDS,
  POB_2013_RISK_BANDS,
  type RatingBandTable,
} from './bands.js';
import {
  type IndicatorDefinition,
  PORTFOLIO_INDICATOR_DEFINITIONS,
  parDefinitionFor,
  type RatingBand,
  UNDEFINED_RATIO_REASONS,
  UPK_DEFAULT_THRESHOLD,
  type UndefinedRatioReason,
  type UpkArrearsThreshold,
  upkDefinitionsFor,
} from './definitions.js';
import { portfolioMessages } from './messages.js';
import { makeRatio } from '../../_internal/ratio.js';
import type { PortfolioRatio } from './ratio.js';
import { type AssessmentRow, distKey, readAssessment } from './read-assessment.js';

const PORTFOLIO_KEYS = optionKeys<PortfolioIndicatorsOptions>()({
  groupBy: true,
  kolektibilitas: true,
  decimalPlaces: true,
  bands: true,
  upkThreshold: true,
  parDays: true,
  larGroupKey: true,
  locale: true,
  messages: true,
});

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
  /** The indicators per group, ordered by key (numbers first, ascending; then strings); empty when not grouped. */
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
 * Options of {@link portfolioIndicators} and {@link createPortfolioAccumulator}.
 *
 * @category Portfolio
 */
export interface PortfolioIndicatorsOptions<T extends LoanAssessment = AnyAssessment>
  extends MessageOptions {
  /** Group the rows by this key as well (KSM, kelurahan, UPK). */
  groupBy?: PortfolioGroupBy<T> | undefined;
  /** List every level of this table in the distribution, with zero rows for empty levels. */
  kolektibilitas?: KolektibilitasTable | KolektibilitasPresetName | undefined;
  /** Decimal places of `ratio.decimal` and `ratio.percent` when not exact (0-20, default 10). */
  decimalPlaces?: number | undefined;
  /**
   * The arrears threshold of the UPK PAR, LAR and RR (default `{ unit: 'instalments', value: 3 }`, the
   * POB's "3 bulan/kali"; see {@link UpkArrearsThreshold} for weekly and two-monthly loans).
   */
  upkThreshold?: UpkArrearsThreshold | undefined;
  /** The X of SEEP PAR > X days to report in `par` (whole numbers >= 0, default `[30, 90]`). */
  parDays?: readonly number[] | undefined;
  /**
   * Rating bands as data: `risk` for UPK PAR and LAR (default {@link POB_2013_RISK_BANDS}),
   * `repayment` for UPK RR (default {@link POB_2013_REPAYMENT_BANDS}).
   */
  bands?:
    | { risk?: RatingBandTable | undefined; repayment?: RatingBandTable | undefined }
    | undefined;
  /**
   * Count LAR by this key (the KSM) instead of by row: when rows are member loans split from a group
   * loan, the POB counts the KSM. A KSM has a balance when any of its rows has one, and is at risk
   * when any of its rows with a balance reaches the threshold. A row whose key is not a non-empty
   * string or finite number is rejected (`invalid_group_key`).
   */
  larGroupKey?: PortfolioGroupBy<T> | undefined;
}

interface DistAcc {
  tableId: string;
  level: number;
  code: string;
  label: Label;
  provisionRate: string | null;
  count: number;
  outstanding: number;
  provision: number;
}

interface Sums {
  loans: number;
  withBalance: number;
  gross: number;
  par30Out: number;
  par30Loans: number;
  par90Out: number;
  par90Loans: number;
  arrears3Out: number;
  arrears3Loans: number;
  /** Sum of overduePrincipal of the loans at the threshold (the POB RR subtracts it). */
  arrears3Overdue: number;
  /** Loans at the threshold without an overduePrincipal field. */
  arrears3NoOverdue: number;
  due: number;
  paidOnTime: number;
  provisions: number;
  minAsOf: string | undefined;
  maxAsOf: string | undefined;
  dist: Map<string, DistAcc>;
  /** Outstanding and count of loans with daysPastDue > parDays[i]. */
  parOut: number[];
  parLoans: number[];
  /** With larGroupKey: per key, [has a balance, at risk]. */
  lar: Map<string, [boolean, boolean]> | undefined;
  /** Outstanding and count of loans with a balance flagged restructured. */
  restructuredOut: number;
  restructuredLoans: number;
}

const newSums = (parCount: number, lar: boolean): Sums => ({
  loans: 0,
  withBalance: 0,
  gross: 0,
  par30Out: 0,
  par30Loans: 0,
  par90Out: 0,
  par90Loans: 0,
  arrears3Out: 0,
  arrears3Loans: 0,
  arrears3Overdue: 0,
  arrears3NoOverdue: 0,
  due: 0,
  paidOnTime: 0,
  provisions: 0,
  minAsOf: undefined,
  maxAsOf: undefined,
  dist: new Map(),
  parOut: new Array<number>(parCount).fill(0),
  parLoans: new Array<number>(parCount).fill(0),
  lar: lar ? new Map() : undefined,
  restructuredOut: 0,
  restructuredLoans: 0,
});

const SUM_FIELDS = [
  'loans',
  'withBalance',
  'gross',
  'par30Out',
  'par30Loans',
  'par90Out',
  'par90Loans',
  'arrears3Out',
  'arrears3Loans',
  'arrears3Overdue',
  'arrears3NoOverdue',
  'due',
  'paidOnTime',
  'provisions',
  'restructuredOut',
  'restructuredLoans',
] as const;
/** Snapshots made before the restructured sums existed have this many sums (they read as 0). */
const SUM_FIELDS_V1_0 = SUM_FIELDS.length - 2;

function mergeSums(into: Sums, from: Sums): void {
  for (const f of SUM_FIELDS) into[f] += from[f];
  if (from.minAsOf !== undefined && (into.minAsOf === undefined || from.minAsOf < into.minAsOf)) {
    into.minAsOf = from.minAsOf;
  }
  if (from.maxAsOf !== undefined && (into.maxAsOf === undefined || from.maxAsOf > into.maxAsOf)) {
    into.maxAsOf = from.maxAsOf;
  }
  for (const [key, d] of from.dist) {
    const mine = into.dist.get(key);
    if (mine === undefined) into.dist.set(key, { ...d });
    else {
      mine.count += d.count;
      mine.outstanding += d.outstanding;
      mine.provision += d.provision;
    }
  }
  for (let i = 0; i < into.parOut.length; i++) {
    into.parOut[i] = (into.parOut[i] as number) + (from.parOut[i] as number);
    into.parLoans[i] = (into.parLoans[i] as number) + (from.parLoans[i] as number);
  }
  if (into.lar !== undefined && from.lar !== undefined) {
    for (const [k, [b, r]] of from.lar) {
      const mine = into.lar.get(k);
      if (mine === undefined) into.lar.set(k, [b, r]);
      else {
        mine[0] = mine[0] || b;
        mine[1] = mine[1] || r;
      }
    }
  }
}

function checkSafe(s: Sums): void {
  for (const f of SUM_FIELDS) {
    if (s[f] > Number.MAX_SAFE_INTEGER || s.parOut.some((v) => v > Number.MAX_SAFE_INTEGER)) {
      throw validationError(
        [createIssue('total_too_large', [f], { field: f }, {}, portfolioMessages)],
        'portfolio',
        { catalog: portfolioMessages },
      );
    }
  }
  for (const d of s.dist.values()) {
    if (d.outstanding > Number.MAX_SAFE_INTEGER || d.provision > Number.MAX_SAFE_INTEGER) {
      throw validationError(
        [
          createIssue(
            'total_too_large',
            ['kolektibilitas'],
            { field: 'kolektibilitas' },
            {},
            portfolioMessages,
          ),
        ],
        'portfolio',
        { catalog: portfolioMessages },
      );
    }
  }
}

function ratioIndicator(
  def: IndicatorDefinition,
  numerator: number,
  denominator: number,
  emptyReason: UndefinedRatioReason,
  loans: number,
  places: number,
): RatioIndicator {
  const undefinedRatio = denominator === 0;
  const code: UndefinedRatioReason = loans === 0 ? 'empty_portfolio' : emptyReason;
  const ratio = undefinedRatio ? null : makeRatio(numerator, denominator, places);
  return {
    ...def,
    kind: 'ratio',
    numerator,
    denominator,
    ratio,
    value: ratio === null ? null : ratio.value,
    reason: undefinedRatio ? { code, message: UNDEFINED_RATIO_REASONS[code] } : null,
  };
}

function indicatorsOf(s: Sums, opts: ResolvedOptions): PortfolioIndicators {
  checkSafe(s);
  const places = opts.places;
  const table = opts.table;
  const D = PORTFOLIO_INDICATOR_DEFINITIONS;
  const U = upkDefinitionsFor(opts.threshold);
  const upkPar = ratioIndicator(
    U.upk_par,
    s.arrears3Out,
    s.gross,
    'no_outstanding',
    s.loans,
    places,
  );
  let larAtRisk = s.arrears3Loans;
  let larWithBalance = s.withBalance;
  let ksm: PortfolioLoanCounts['ksm'] = null;
  if (s.lar !== undefined) {
    larAtRisk = 0;
    larWithBalance = 0;
    for (const [b, r] of s.lar.values()) {
      if (b) larWithBalance++;
      if (r) larAtRisk++;
    }
    ksm = { withBalance: larWithBalance, atRisk: larAtRisk };
  }
  const upkLar = ratioIndicator(
    U.upk_lar,
    larAtRisk,
    larWithBalance,
    'no_loans_with_balance',
    s.loans,
    places,
  );
  const rrMissing = s.arrears3NoOverdue > 0 && s.gross > 0;
  const upkRrRaw = ratioIndicator(
    U.upk_rr,
    s.gross - s.arrears3Overdue,
    rrMissing ? 0 : s.gross,
    rrMissing ? 'overdue_principal_missing' : 'no_outstanding',
    s.loans,
    places,
  );
  const upkRr = rrMissing ? { ...upkRrRaw, denominator: s.gross } : upkRrRaw;
  const upkRrBalance = ratioIndicator(
    U.upk_rr_balance,
    s.gross - s.arrears3Out,
    s.gross,
    'no_outstanding',
    s.loans,
    places,
  );
  const band = (b: CompiledBands, r: RatioIndicator): RatingBand | null =>
    r.ratio === null ? null : bandOf(b, r.numerator, r.denominator);
  const par = opts.parDays.map(
    (days, i): ParIndicator => ({
      ...ratioIndicator(
        parDefinitionFor(days),
        s.parOut[i] as number,
        s.gross,
        'no_outstanding',
        s.loans,
        places,
      ),
      days,
      loans: s.parLoans[i] as number,
    }),
  );
  const rows = new Map(s.dist);
  if (table !== undefined) {
    const compiled = compileKolektibilitasTable(table);
    for (const r of compiled.results) {
      const key = distKey(r.tableId, r.level, r.code, r.provisionRate, r.label);
      if (!rows.has(key)) {
        rows.set(key, {
          tableId: r.tableId,
          level: r.level,
          code: r.code,
          label: r.label,
          provisionRate: r.provisionRate,
          count: 0,
          outstanding: 0,
          provision: 0,
        });
      }
    }
  }
  const kolektibilitas = [...rows.values()]
    .map(
      (d): KolektibilitasDistributionRow => ({
        tableId: d.tableId,
        level: d.level,
        code: d.code,
        label: { id: d.label.id, en: d.label.en },
        provisionRate: d.provisionRate,
        count: d.count,
        outstanding: d.outstanding,
        provision: d.provision,
      }),
    )
    .sort(
      (a, b) =>
        cmp(a.tableId, b.tableId) ||
        a.level - b.level ||
        cmp(a.code, b.code) ||
        cmp(a.provisionRate ?? '', b.provisionRate ?? '') ||
        cmp(a.label.id, b.label.id) ||
        cmp(a.label.en, b.label.en),
    );
  return {
    asOf:
      s.minAsOf === undefined || s.maxAsOf === undefined
        ? null
        : { from: s.minAsOf, to: s.maxAsOf },
    loans: {
      total: s.loans,
      withBalance: s.withBalance,
      par30: s.par30Loans,
      par90: s.par90Loans,
      arrears3: s.arrears3Loans,
      restructured: s.restructuredLoans,
      ksm,
    },
    grossOutstanding: { ...D.gross_outstanding, kind: 'amount', amount: s.gross, value: s.gross },
    par30: ratioIndicator(D.par30, s.par30Out, s.gross, 'no_outstanding', s.loans, places),
    par90: ratioIndicator(D.par90, s.par90Out, s.gross, 'no_outstanding', s.loans, places),
    restructured: ratioIndicator(
      D.restructured,
      s.restructuredOut,
      s.gross,
      'no_outstanding',
      s.loans,
      places,
    ),
    upkPar: { ...upkPar, band: band(opts.riskBands, upkPar) },
    upkLar: { ...upkLar, band: band(opts.riskBands, upkLar) },
    upkRr: { ...upkRr, band: band(opts.repaymentBands, upkRr) },
    upkRrBalance: { ...upkRrBalance, band: band(opts.repaymentBands, upkRrBalance) },
    par,
    collectionRate: ratioIndicator(
      D.collection_rate,
      s.paidOnTime,
      s.due,
      'nothing_due',
      s.loans,
      places,
    ),
    requiredProvisions: {
      ...D.required_provisions,
      kind: 'amount',
      amount: s.provisions,
      value: s.provisions,
    },
    kolektibilitas,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A mergeable accumulator of portfolio indicators: add assessments one at a time (a stream, a
 * database cursor), merge accumulators built over any partition of the rows (workers, UPKs, months of
 * a cursor), read the report at any time. Every indicator is built from integer sums, so merging the
 * accumulators of any partition gives exactly the report of one pass over all rows (with explicit row
 * indexes, the rejections too).
 *
 * @category Portfolio
 */
export interface PortfolioAccumulator<T extends LoanAssessment = AnyAssessment> {
  /**
   * Adds one assessment. A malformed row is not thrown: it is recorded as a rejection with its index
   * and every issue. Returns whether the row was accepted.
   *
   * @param index the row's place in the whole input (default: how many rows this accumulator has
   * seen). Pass it when accumulating partitions, so that rejections keep their global index.
   * @throws {@link ValidationError} when `index` is given and is not a whole number >= 0.
   */
  add(assessment: T | unknown, index?: number): boolean;
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

interface State {
  overall: Sums;
  groups: Map<string, { key: string | number; sums: Sums }>;
  rejected: BatchRejected[];
  seen: number;
  valid: number;
  signature: string;
}

const states = new WeakMap<object, State>();
/** Per accumulator: its options, and a token for itself and every accumulator merged into it. */
const origins = new WeakMap<object, { opts: ResolvedOptions; sources: Set<object> }>();

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

function sumsToJson(s: Sums): SumsJson {
  return {
    n: SUM_FIELDS.map((f) => s[f]),
    minAsOf: s.minAsOf ?? null,
    maxAsOf: s.maxAsOf ?? null,
    dist: [...s.dist.values()].map((d) => ({
      tableId: d.tableId,
      level: d.level,
      code: d.code,
      label: { id: d.label.id, en: d.label.en },
      provisionRate: d.provisionRate,
      count: d.count,
      outstanding: d.outstanding,
      provision: d.provision,
    })),
    parOut: [...s.parOut],
    parLoans: [...s.parLoans],
    lar: s.lar === undefined ? null : [...s.lar.entries()].map(([k, [b, r]]) => [k, b, r] as const),
  };
}

const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function sumsFromJson(raw: unknown, opts: ResolvedOptions): Sums {
  const j = raw as SumsJson;
  const s = newSums(opts.parDays.length, opts.larKey !== undefined);
  if (
    !Array.isArray(j.n) ||
    (j.n.length !== SUM_FIELDS.length && j.n.length !== SUM_FIELDS_V1_0) ||
    !j.n.every(isCount)
  ) {
    throw new Error('sums');
  }
  SUM_FIELDS.forEach((f, i) => {
    s[f] = (j.n[i] as number | undefined) ?? 0;
  });
  for (const [name, v] of [
    ['minAsOf', j.minAsOf],
    ['maxAsOf', j.maxAsOf],
  ] as const) {
    if (v !== null && (typeof v !== 'string' || readYmdSafe(v) === false)) throw new Error(name);
    s[name] = v ?? undefined;
  }
  if (!Array.isArray(j.parOut) || !Array.isArray(j.parLoans)) throw new Error('par');
  if (j.parOut.length !== s.parOut.length || j.parLoans.length !== s.parLoans.length) {
    throw new Error('par');
  }
  if (!j.parOut.every(isCount) || !j.parLoans.every(isCount)) throw new Error('par');
  s.parOut = [...j.parOut];
  s.parLoans = [...j.parLoans];
  if (!Array.isArray(j.dist)) throw new Error('dist');
  for (const d of j.dist) {
    const label = d?.label;
    if (
      typeof d?.tableId !== 'string' ||
      !isCount(d.level) ||
      typeof d.code !== 'string' ||
      (d.provisionRate !== null && typeof d.provisionRate !== 'string') ||
      typeof label?.id !== 'string' ||
      typeof label?.en !== 'string' ||
      !isCount(d.count) ||
      !isCount(d.outstanding) ||
      !isCount(d.provision)
    ) {
      throw new Error('dist');
    }
    const key = distKey(d.tableId, d.level, d.code, d.provisionRate, label);
    s.dist.set(key, {
      tableId: d.tableId,
      level: d.level,
      code: d.code,
      label: { id: label.id, en: label.en },
      provisionRate: d.provisionRate,
      count: d.count,
      outstanding: d.outstanding,
      provision: d.provision,
    });
  }
  if (s.lar !== undefined) {
    if (!Array.isArray(j.lar)) throw new Error('lar');
    for (const e of j.lar) {
      if (
        !Array.isArray(e) ||
        typeof e[0] !== 'string' ||
        typeof e[1] !== 'boolean' ||
        typeof e[2] !== 'boolean'
      ) {
        throw new Error('lar');
      }
      s.lar.set(e[0], [e[1], e[2]]);
    }
  } else if (j.lar !== null) throw new Error('lar');
  return s;
}

function readYmdSafe(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v);
}

/** Reads a snapshot back into a state; undefined when it is not a valid snapshot. */
function stateFromSnapshot(raw: unknown, opts: ResolvedOptions): State | undefined {
  try {
    const snap = raw as PortfolioAccumulatorSnapshot;
    if (
      snap.kind !== 'sejahtera/portfolio-accumulator' ||
      snap.version !== 1 ||
      typeof snap.signature !== 'string' ||
      !isCount(snap.seen) ||
      !isCount(snap.valid) ||
      !Array.isArray(snap.rejected) ||
      !Array.isArray(snap.groups) ||
      snap.valid + snap.rejected.length !== snap.seen
    ) {
      return undefined;
    }
    const rejected: BatchRejected[] = [];
    for (const r of snap.rejected) {
      if (!isCount(r?.index) || !Array.isArray(r.issues)) return undefined;
      rejected.push({ index: r.index, issues: [...r.issues] });
    }
    const groups = new Map<string, { key: string | number; sums: Sums }>();
    for (const g of snap.groups) {
      const k = groupKeyOf(g?.key);
      if (k === undefined || k.map !== g.map) return undefined;
      groups.set(k.map, { key: k.key, sums: sumsFromJson(g.sums, opts) });
    }
    return {
      overall: sumsFromJson(snap.overall, opts),
      groups,
      rejected,
      seen: snap.seen,
      valid: snap.valid,
      signature: snap.signature,
    };
  } catch {
    return undefined;
  }
}

interface ResolvedOptions {
  groupBy: ((row: unknown) => unknown) | undefined;
  larKey: ((row: unknown) => unknown) | undefined;
  table: KolektibilitasTable | undefined;
  places: number;
  messageOptions: MessageOptions;
  /** The options that shape the sums, compared by `merge`: the groupBy field or function, the table. */
  groupByKey?: unknown;
  tableKey?: string;
  threshold: UpkArrearsThreshold;
  parDays: readonly number[];
  riskBands: CompiledBands;
  repaymentBands: CompiledBands;
  /** What two accumulators must share to be merged. */
  signature: string;
}

function keyReader(
  raw: unknown,
  name: 'groupBy' | 'larGroupKey',
): ((row: unknown) => unknown) | undefined {
  if (typeof raw === 'function') {
    const fn = raw as (row: unknown) => unknown;
    return (row) => fn(row);
  }
  if (typeof raw === 'string' && raw.length > 0 && raw.length <= 200) {
    const key = raw;
    return (row) => (row as Record<string, unknown>)[key];
  }
  if (raw !== undefined) {
    throw new ConfigurationError(
      'invalid_group_by',
      renderBoth({ code: 'invalid_group_by', path: [name], params: {} }, portfolioMessages),
      { received: describeType(raw), option: name },
    );
  }
  return undefined;
}

function readThreshold(raw: unknown): UpkArrearsThreshold {
  if (raw === undefined) return UPK_DEFAULT_THRESHOLD;
  let unit: unknown;
  let value: unknown;
  try {
    unit = (raw as Record<string, unknown>).unit;
    value = (raw as Record<string, unknown>).value;
  } catch {
    optionsError(
      'upkThreshold must be { unit, value }',
      'upkThreshold',
      '`upkThreshold` harus `{ unit, value }`',
    );
  }
  if (unit !== 'instalments' && unit !== 'months') {
    optionsError(
      "upkThreshold.unit must be 'instalments' or 'months'",
      'upkThreshold',
      '`upkThreshold.unit` harus `instalments` atau `months`',
    );
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > 1000) {
    optionsError(
      'upkThreshold.value must be a whole number from 1 to 1000',
      'upkThreshold',
      '`upkThreshold.value` harus bilangan bulat 1 sampai 1000',
    );
  }
  return Object.freeze({ unit, value });
}

function readParDays(raw: unknown): readonly number[] {
  if (raw === undefined) return [30, 90];
  let list: number[];
  try {
    if (!Array.isArray(raw) || raw.length > 50) throw new Error('not an array');
    list = [...raw] as number[];
  } catch {
    optionsError(
      'parDays must be an array of at most 50 whole numbers >= 0',
      'parDays',
      '`parDays` harus daftar berisi paling banyak 50 bilangan bulat >= 0',
    );
  }
  for (const d of list) {
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0 || d > 100_000) {
      optionsError(
        'parDays must hold whole numbers from 0 to 100000',
        'parDays',
        '`parDays` harus berisi bilangan bulat 0 sampai 100000',
      );
    }
  }
  return Object.freeze([...new Set(list)].sort((a, b) => a - b));
}

/** `detail` in English and `detailId` in Indonesian, each message wholly in its language. */
function optionsError(detail: string, path: string, detailId: string): never {
  throw validationError(
    [
      createIssue(
        'invalid_portfolio_options',
        ['options', path],
        { detail, detailId },
        {},
        portfolioMessages,
      ),
    ],
    'portfolio options',
    { catalog: portfolioMessages },
  );
}

/** Reads the options once. */
export function resolvePortfolioOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object')
    optionsError(
      `options must be an object, received ${describeType(options)}`,
      '',
      `opsi harus berupa objek, diterima ${describeType(options)}`,
    );
  let groupByRaw: unknown;
  let tableRaw: unknown;
  let placesRaw: unknown;
  let locale: unknown;
  let messages: unknown;
  let thresholdRaw: unknown;
  let parDaysRaw: unknown;
  let bandsRaw: unknown;
  let larRaw: unknown;
  let riskRaw: unknown;
  let repaymentRaw: unknown;
  try {
    const o = options as Record<string, unknown>;
    groupByRaw = o.groupBy;
    tableRaw = o.kolektibilitas;
    placesRaw = o.decimalPlaces;
    locale = o.locale;
    messages = o.messages;
    thresholdRaw = o.upkThreshold;
    parDaysRaw = o.parDays;
    bandsRaw = o.bands;
    larRaw = o.larGroupKey;
    if (bandsRaw !== undefined && bandsRaw !== null && typeof bandsRaw === 'object') {
      riskRaw = (bandsRaw as Record<string, unknown>).risk;
      repaymentRaw = (bandsRaw as Record<string, unknown>).repayment;
    }
  } catch {
    optionsError('the options could not be read', '', 'opsi tidak dapat dibaca');
  }
  const groupBy = keyReader(groupByRaw, 'groupBy');
  const larKey = keyReader(larRaw, 'larGroupKey');
  const table = tableRaw === undefined ? undefined : compileKolektibilitasTable(tableRaw).table;
  let places = 10;
  if (placesRaw !== undefined) {
    if (
      typeof placesRaw !== 'number' ||
      !Number.isInteger(placesRaw) ||
      placesRaw < 0 ||
      placesRaw > 20
    ) {
      optionsError(
        'decimalPlaces must be a whole number from 0 to 20',
        'decimalPlaces',
        '`decimalPlaces` harus bilangan bulat 0 sampai 20',
      );
    }
    places = placesRaw;
  }
  if (locale !== undefined && locale !== 'en' && locale !== 'id')
    optionsError("locale must be 'en' or 'id'", 'locale', '`locale` harus `en` atau `id`');
  if (messages !== undefined && (messages === null || typeof messages !== 'object')) {
    optionsError(
      'messages must be an object of message templates',
      'messages',
      '`messages` harus objek berisi templat pesan',
    );
  }
  if (bandsRaw !== undefined && (bandsRaw === null || typeof bandsRaw !== 'object')) {
    optionsError(
      'bands must be an object { risk?, repayment? }',
      'bands',
      '`bands` harus objek `{ risk?, repayment? }`',
    );
  }
  const threshold = readThreshold(thresholdRaw);
  const parDays = readParDays(parDaysRaw);
  const riskBands = compileBands(riskRaw ?? POB_2013_RISK_BANDS);
  const repaymentBands = compileBands(repaymentRaw ?? POB_2013_REPAYMENT_BANDS);
  const messageOptions: MessageOptions = {};
  if (locale !== undefined) messageOptions.locale = locale as 'en' | 'id';
  if (messages !== undefined) messageOptions.messages = messages as MessageOptions['messages'];
  const tableKey = table === undefined ? '' : JSON.stringify(table);
  const signature = JSON.stringify([
    threshold.unit,
    threshold.value,
    parDays,
    larKey !== undefined,
    groupBy !== undefined,
  ]);
  return {
    groupBy,
    larKey,
    table,
    places,
    messageOptions,
    threshold,
    parDays,
    riskBands,
    repaymentBands,
    signature,
    groupByKey: groupByRaw,
    tableKey,
  };
}

/** The first option two accumulators differ in (`undefined` when they may be merged). */
function optionMismatch(a: ResolvedOptions, b: ResolvedOptions): string | undefined {
  if ((a.groupByKey === undefined) !== (b.groupByKey === undefined)) return 'groupBy';
  if (a.groupByKey !== b.groupByKey) return 'groupBy';
  if ((a.tableKey ?? '') !== (b.tableKey ?? '')) return 'kolektibilitas';
  if (a.places !== b.places) return 'decimalPlaces';
  return undefined;
}

function groupKeyOf(raw: unknown): { map: string; key: string | number } | undefined {
  if (typeof raw === 'string') {
    if (raw.length === 0 || raw.length > 1000) return undefined;
    return { map: `s${raw}`, key: raw };
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const key = raw === 0 ? 0 : raw;
    return { map: `n${key}`, key };
  }
  return undefined;
}

function safeIssue(code: string, options: MessageOptions): Issue {
  try {
    return createIssue(code, [], {}, options, portfolioMessages);
  } catch {
    return createIssue(code, [], {}, {}, portfolioMessages);
  }
}

function addRow(state: State, opts: ResolvedOptions, value: unknown, index: number): boolean {
  let read: ReturnType<typeof readAssessment>;
  try {
    read = readAssessment(value, opts.messageOptions);
  } catch {
    state.rejected.push({ index, issues: [safeIssue('unreadable_row', opts.messageOptions)] });
    return false;
  }
  if ('issues' in read) {
    state.rejected.push({ index, issues: read.issues });
    return false;
  }
  let group: { map: string; key: string | number } | undefined;
  if (opts.groupBy !== undefined) {
    try {
      group = groupKeyOf(opts.groupBy(value));
    } catch {
      group = undefined;
    }
    if (group === undefined) {
      state.rejected.push({ index, issues: [safeIssue('invalid_group_key', opts.messageOptions)] });
      return false;
    }
  }
  let lar: string | undefined;
  if (opts.larKey !== undefined) {
    let k: { map: string } | undefined;
    try {
      k = groupKeyOf(opts.larKey(value));
    } catch {
      k = undefined;
    }
    if (k === undefined) {
      state.rejected.push({ index, issues: [safeIssue('invalid_group_key', opts.messageOptions)] });
      return false;
    }
    lar = k.map;
  }
  const row = read.row;
  addTo(state.overall, row, opts, lar);
  if (group !== undefined) {
    let g = state.groups.get(group.map);
    if (g === undefined) {
      g = { key: group.key, sums: newSums(opts.parDays.length, lar !== undefined) };
      state.groups.set(group.map, g);
    }
    addTo(g.sums, row, opts, lar);
  }
  state.valid++;
  return true;
}

function atRisk(row: AssessmentRow, t: UpkArrearsThreshold): boolean {
  return (t.unit === 'instalments' ? row.missed : row.months) >= t.value;
}

function addTo(s: Sums, row: AssessmentRow, opts: ResolvedOptions, lar: string | undefined): void {
  const out = row.outstanding;
  s.loans++;
  s.gross += out;
  let risky = false;
  if (out > 0) {
    s.withBalance++;
    // SEEP PAR counts a restructured loan at risk whatever its days past due (IRIS FP2635).
    const restructured = row.restructured;
    if (restructured) {
      s.restructuredOut += out;
      s.restructuredLoans++;
    }
    const dpd = row.daysPastDue;
    const days = opts.parDays;
    for (let i = 0; i < days.length; i++) {
      if (restructured || dpd > (days[i] as number)) {
        s.parOut[i] = (s.parOut[i] as number) + out;
        s.parLoans[i] = (s.parLoans[i] as number) + 1;
      }
    }
    if (restructured || dpd > 30) {
      s.par30Out += out;
      s.par30Loans++;
      if (restructured || dpd > 90) {
        s.par90Out += out;
        s.par90Loans++;
      }
    }
    if (atRisk(row, opts.threshold)) {
      risky = true;
      s.arrears3Out += out;
      s.arrears3Loans++;
      if (row.overdue === undefined) s.arrears3NoOverdue++;
      else s.arrears3Overdue += row.overdue;
    }
  }
  if (lar !== undefined && s.lar !== undefined) {
    const mine = s.lar.get(lar);
    if (mine === undefined) s.lar.set(lar, [out > 0, risky]);
    else {
      mine[0] = mine[0] || out > 0;
      mine[1] = mine[1] || risky;
    }
  }
  s.due += row.due;
  s.paidOnTime += row.paidOnTime;
  s.provisions += row.provision;
  if (row.asOf !== undefined) {
    if (s.minAsOf === undefined || row.asOf < s.minAsOf) s.minAsOf = row.asOf;
    if (s.maxAsOf === undefined || row.asOf > s.maxAsOf) s.maxAsOf = row.asOf;
  }
  const key = row.key;
  const d = s.dist.get(key);
  if (d === undefined) {
    s.dist.set(key, {
      tableId: row.tableId,
      level: row.level,
      code: row.code,
      label: row.label,
      provisionRate: row.provisionRate,
      count: 1,
      outstanding: out,
      provision: row.provision,
    });
  } else {
    d.count++;
    d.outstanding += out;
    d.provision += row.provision;
  }
}

function reportOf(state: State, opts: ResolvedOptions): PortfolioReport {
  const overall = indicatorsOf(state.overall, opts);
  const groups = [...state.groups.values()]
    .sort((a, b) => {
      if (typeof a.key === 'number' && typeof b.key === 'number') return a.key - b.key;
      if (typeof a.key === 'number') return -1;
      if (typeof b.key === 'number') return 1;
      return cmp(a.key, b.key);
    })
    .map((g) => ({ key: g.key, indicators: indicatorsOf(g.sums, opts) }));
  const rejected = [...state.rejected].sort((a, b) => a.index - b.index);
  return {
    ...overall,
    counts: { total: state.seen, valid: state.valid, rejected: state.rejected.length },
    rejected,
    groups,
  };
}

/**
 * Creates a mergeable accumulator of portfolio indicators (see {@link PortfolioAccumulator}). The
 * report is the same as {@link portfolioIndicators} over the rows added.
 *
 * @category Portfolio
 * @throws {@link ValidationError} when an option has the wrong type (`invalid_portfolio_options`).
 * @throws {@link ConfigurationError} when `groupBy` is neither a property name nor a function, or the
 * `kolektibilitas` table is broken or unknown.
 * @example
 * const a = createPortfolioAccumulator();
 * const b = createPortfolioAccumulator();
 * a.add(loanA, 0);
 * b.add(loanB, 1);
 * a.merge(b).result().grossOutstanding.amount
 * //=> loanA.outstandingPrincipal + loanB.outstandingPrincipal
 */
export function createPortfolioAccumulator<T extends LoanAssessment = AnyAssessment>(
  options: PortfolioIndicatorsOptions<T> = {},
): PortfolioAccumulator<T> {
  checkOptionKeys(options, PORTFOLIO_KEYS, 'createPortfolioAccumulator');
  const opts = resolvePortfolioOptions(options);
  const state: State = {
    overall: newSums(opts.parDays.length, opts.larKey !== undefined),
    groups: new Map(),
    rejected: [],
    seen: 0,
    valid: 0,
    signature: opts.signature,
  };
  const sources = new Set<object>([{}]);
  const acc: PortfolioAccumulator<T> = {
    add(assessment: unknown, index?: number): boolean {
      const i = readRowIndex(index, state.seen);
      state.seen++;
      return addRow(state, opts, assessment, i);
    },
    addAll(assessments: Iterable<unknown>): PortfolioAccumulator<T> {
      forEachRow(assessments, 'assessments', (row) => {
        const i = state.seen;
        state.seen++;
        addRow(state, opts, row, i);
      });
      return acc;
    },
    merge(other: PortfolioAccumulator<T> | PortfolioAccumulatorSnapshot): PortfolioAccumulator<T> {
      let from: State | undefined;
      if (other !== null && typeof other === 'object' && other !== acc) {
        from = states.get(other);
        if (from === undefined) from = stateFromSnapshot(other, opts);
      }
      const invalid = () =>
        new ConfigurationError(
          'invalid_accumulator',
          renderBoth({ code: 'invalid_accumulator', path: [], params: {} }, portfolioMessages),
        );
      if (from === undefined) throw invalid();
      // A live accumulator: name the option that differs, and refuse rows counted twice.
      const theirs = origins.get(other as object) ?? { opts, sources: new Set<object>() };
      const option = optionMismatch(opts, theirs.opts);
      if (option !== undefined) {
        throw new ConfigurationError(
          'accumulator_mismatch',
          renderBoth(
            { code: 'accumulator_mismatch', path: [], params: { option } },
            portfolioMessages,
          ),
          { option },
        );
      }
      for (const token of theirs.sources) {
        if (sources.has(token)) {
          throw new ConfigurationError(
            'accumulator_already_merged',
            renderBoth(
              { code: 'accumulator_already_merged', path: [], params: {} },
              portfolioMessages,
            ),
          );
        }
      }
      if (from.signature !== state.signature) throw invalid();
      for (const token of theirs.sources) sources.add(token);
      mergeSums(state.overall, from.overall);
      for (const [map, g] of from.groups) {
        let mine = state.groups.get(map);
        if (mine === undefined) {
          mine = { key: g.key, sums: newSums(opts.parDays.length, opts.larKey !== undefined) };
          state.groups.set(map, mine);
        }
        mergeSums(mine.sums, g.sums);
      }
      for (const r of from.rejected) state.rejected.push(r);
      state.seen += from.seen;
      state.valid += from.valid;
      return acc;
    },
    snapshot(): PortfolioAccumulatorSnapshot {
      return {
        kind: 'sejahtera/portfolio-accumulator',
        version: 1,
        signature: state.signature,
        overall: sumsToJson(state.overall),
        groups: [...state.groups.entries()].map(([map, g]) => ({
          map,
          key: g.key,
          sums: sumsToJson(g.sums),
        })),
        rejected: state.rejected.map((r) => ({ index: r.index, issues: r.issues })),
        seen: state.seen,
        valid: state.valid,
      };
    },
    result(): PortfolioReport {
      return reportOf(state, opts);
    },
    get counts() {
      return { total: state.seen, valid: state.valid, rejected: state.rejected.length };
    },
  };
  states.set(acc, state);
  origins.set(acc, { opts, sources });
  return acc;
}
