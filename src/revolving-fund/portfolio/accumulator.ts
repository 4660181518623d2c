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
  SejahteraError,
  validationError,
  describeType,
} from '../../core/index.js';
import type { KolektibilitasPresetName } from '../kolektibilitas/presets.js';
import { compileKolektibilitasTable } from '../kolektibilitas/table.js';
import type { KolektibilitasTable, LoanAssessment } from '../types.js';
import {
  type IndicatorDefinition,
  PORTFOLIO_INDICATOR_DEFINITIONS,
  RATING_BAND_LABELS,
  type RatingBand,
  UNDEFINED_RATIO_REASONS,
  type UndefinedRatioReason,
} from './definitions.js';
import { portfolioMessages } from './messages.js';
import { compareRatio, makeRatio, type PortfolioRatio } from './ratio.js';
import { type AssessmentRow, distKey, readAssessment } from './read-assessment.js';

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
  /** Provision rate of the level (decimal string). */
  readonly provisionRate: string;
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
  /** Loans with daysPastDue > 30 and a balance. */
  readonly par30: number;
  /** Loans with daysPastDue > 90 and a balance. */
  readonly par90: number;
  /** Loans with missedInstalments >= 3 and a balance. */
  readonly arrears3: number;
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
  /** SEEP PAR > 30 days. */
  readonly par30: RatioIndicator;
  /** SEEP PAR > 90 days. */
  readonly par90: RatioIndicator;
  /** UPK PAR (arrears >= 3 instalments), banded. */
  readonly upkPar: BandedRatioIndicator;
  /** UPK LAR (loans with a balance and arrears >= 3 instalments), banded. */
  readonly upkLar: BandedRatioIndicator;
  /** UPK RR, banded. */
  readonly upkRr: BandedRatioIndicator;
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
}

interface DistAcc {
  tableId: string;
  level: number;
  code: string;
  label: Label;
  provisionRate: string;
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
  due: number;
  paidOnTime: number;
  provisions: number;
  minAsOf: string | undefined;
  maxAsOf: string | undefined;
  dist: Map<string, DistAcc>;
}

const newSums = (): Sums => ({
  loans: 0,
  withBalance: 0,
  gross: 0,
  par30Out: 0,
  par30Loans: 0,
  par90Out: 0,
  par90Loans: 0,
  arrears3Out: 0,
  arrears3Loans: 0,
  due: 0,
  paidOnTime: 0,
  provisions: 0,
  minAsOf: undefined,
  maxAsOf: undefined,
  dist: new Map(),
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
  'due',
  'paidOnTime',
  'provisions',
] as const;

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
}

function checkSafe(s: Sums): void {
  for (const f of SUM_FIELDS) {
    if (s[f] > Number.MAX_SAFE_INTEGER) {
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

function band(code: 'satisfactory' | 'adequate' | 'inadequate', rule: string): RatingBand {
  return { code, label: RATING_BAND_LABELS[code], rule };
}

/** PAR and LAR bands (POB 2013): <= 10% satisfactory, > 10% to <= 20% adequate, > 20% inadequate. */
function riskBand(r: RatioIndicator): RatingBand | null {
  if (r.ratio === null) return null;
  if (compareRatio(r.numerator, r.denominator, 1n, 10n) <= 0) return band('satisfactory', '<= 10%');
  if (compareRatio(r.numerator, r.denominator, 2n, 10n) <= 0)
    return band('adequate', '> 10% and <= 20%');
  return band('inadequate', '> 20%');
}

/** RR bands (POB 2013): >= 90% satisfactory, >= 80% to < 90% adequate, < 80% inadequate. */
function repaymentBand(r: RatioIndicator): RatingBand | null {
  if (r.ratio === null) return null;
  if (compareRatio(r.numerator, r.denominator, 9n, 10n) >= 0) return band('satisfactory', '>= 90%');
  if (compareRatio(r.numerator, r.denominator, 8n, 10n) >= 0)
    return band('adequate', '>= 80% and < 90%');
  return band('inadequate', '< 80%');
}

function indicatorsOf(
  s: Sums,
  places: number,
  table: KolektibilitasTable | undefined,
): PortfolioIndicators {
  checkSafe(s);
  const D = PORTFOLIO_INDICATOR_DEFINITIONS;
  const upkPar = ratioIndicator(
    D.upk_par,
    s.arrears3Out,
    s.gross,
    'no_outstanding',
    s.loans,
    places,
  );
  const upkLar = ratioIndicator(
    D.upk_lar,
    s.arrears3Loans,
    s.withBalance,
    'no_loans_with_balance',
    s.loans,
    places,
  );
  const upkRr = ratioIndicator(
    D.upk_rr,
    s.gross - s.arrears3Out,
    s.gross,
    'no_outstanding',
    s.loans,
    places,
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
        cmp(a.provisionRate, b.provisionRate) ||
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
    },
    grossOutstanding: { ...D.gross_outstanding, kind: 'amount', amount: s.gross, value: s.gross },
    par30: ratioIndicator(D.par30, s.par30Out, s.gross, 'no_outstanding', s.loans, places),
    par90: ratioIndicator(D.par90, s.par90Out, s.gross, 'no_outstanding', s.loans, places),
    upkPar: { ...upkPar, band: riskBand(upkPar) },
    upkLar: { ...upkLar, band: riskBand(upkLar) },
    upkRr: { ...upkRr, band: repaymentBand(upkRr) },
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
   * Adds another accumulator's rows to this one (the other is not changed). Rejection indexes are
   * kept as they were recorded.
   *
   * @throws {@link ConfigurationError} (`invalid_accumulator`) when `other` is not another accumulator;
   * (`accumulator_mismatch`, `params.option` `'groupBy'`, `'kolektibilitas'` or `'decimalPlaces'`)
   * when it was made with other options (one grouped and one not, another table or precision);
   * (`accumulator_already_merged`) when its rows are already in this one (merged before, directly or
   * through another accumulator), which would count them twice.
   */
  merge(other: PortfolioAccumulator<T>): PortfolioAccumulator<T>;
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
}

const states = new WeakMap<object, State>();
/** Per accumulator: its options, and a token for itself and every accumulator merged into it. */
const origins = new WeakMap<object, { opts: ResolvedOptions; sources: Set<object> }>();

interface ResolvedOptions {
  groupBy: ((row: unknown) => unknown) | undefined;
  table: KolektibilitasTable | undefined;
  places: number;
  messageOptions: MessageOptions;
  /** The options that shape the sums, compared by `merge`: the groupBy field or function, the table. */
  groupByKey?: unknown;
  tableKey?: string;
}

function optionsError(detail: string, path: string): never {
  throw validationError(
    [
      createIssue(
        'invalid_portfolio_options',
        ['options', path],
        { detail },
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
  if (options === undefined || options === null) {
    return { groupBy: undefined, table: undefined, places: 10, messageOptions: {} };
  }
  if (typeof options !== 'object')
    optionsError(`options must be an object, received ${describeType(options)}`, '');
  let groupByRaw: unknown;
  let tableRaw: unknown;
  let placesRaw: unknown;
  let locale: unknown;
  let messages: unknown;
  try {
    const o = options as Record<string, unknown>;
    groupByRaw = o.groupBy;
    tableRaw = o.kolektibilitas;
    placesRaw = o.decimalPlaces;
    locale = o.locale;
    messages = o.messages;
  } catch {
    optionsError('the options could not be read', '');
  }
  let groupBy: ((row: unknown) => unknown) | undefined;
  if (typeof groupByRaw === 'function') {
    const fn = groupByRaw as (row: unknown) => unknown;
    groupBy = (row) => fn(row);
  } else if (typeof groupByRaw === 'string' && groupByRaw.length > 0 && groupByRaw.length <= 200) {
    const key = groupByRaw;
    groupBy = (row) => (row as Record<string, unknown>)[key];
  } else if (groupByRaw !== undefined) {
    throw new ConfigurationError(
      'invalid_group_by',
      renderBoth({ code: 'invalid_group_by', path: ['groupBy'], params: {} }, portfolioMessages),
      { received: describeType(groupByRaw) },
    );
  }
  const table = tableRaw === undefined ? undefined : compileKolektibilitasTable(tableRaw).table;
  let places = 10;
  if (placesRaw !== undefined) {
    if (
      typeof placesRaw !== 'number' ||
      !Number.isInteger(placesRaw) ||
      placesRaw < 0 ||
      placesRaw > 20
    ) {
      optionsError('decimalPlaces must be a whole number from 0 to 20', 'decimalPlaces');
    }
    places = placesRaw;
  }
  if (locale !== undefined && locale !== 'en' && locale !== 'id')
    optionsError("locale must be 'en' or 'id'", 'locale');
  if (messages !== undefined && (messages === null || typeof messages !== 'object')) {
    optionsError('messages must be an object of message templates', 'messages');
  }
  const messageOptions: MessageOptions = {};
  if (locale !== undefined) messageOptions.locale = locale as 'en' | 'id';
  if (messages !== undefined) messageOptions.messages = messages as MessageOptions['messages'];
  const tableKey = table === undefined ? '' : JSON.stringify(table);
  return { groupBy, table, places, messageOptions, groupByKey: groupByRaw, tableKey };
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
  const row = read.row;
  addTo(state.overall, row);
  if (group !== undefined) {
    let g = state.groups.get(group.map);
    if (g === undefined) {
      g = { key: group.key, sums: newSums() };
      state.groups.set(group.map, g);
    }
    addTo(g.sums, row);
  }
  state.valid++;
  return true;
}

function addTo(s: Sums, row: AssessmentRow): void {
  const out = row.outstanding;
  s.loans++;
  s.gross += out;
  if (out > 0) {
    s.withBalance++;
    if (row.daysPastDue > 30) {
      s.par30Out += out;
      s.par30Loans++;
      if (row.daysPastDue > 90) {
        s.par90Out += out;
        s.par90Loans++;
      }
    }
    if (row.missed >= 3) {
      s.arrears3Out += out;
      s.arrears3Loans++;
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
  const overall = indicatorsOf(state.overall, opts.places, opts.table);
  const groups = [...state.groups.values()]
    .sort((a, b) => {
      if (typeof a.key === 'number' && typeof b.key === 'number') return a.key - b.key;
      if (typeof a.key === 'number') return -1;
      if (typeof b.key === 'number') return 1;
      return cmp(a.key, b.key);
    })
    .map((g) => ({ key: g.key, indicators: indicatorsOf(g.sums, opts.places, opts.table) }));
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
  const opts = resolvePortfolioOptions(options);
  const state: State = { overall: newSums(), groups: new Map(), rejected: [], seen: 0, valid: 0 };
  const sources = new Set<object>([{}]);
  const acc: PortfolioAccumulator<T> = {
    add(assessment: unknown, index?: number): boolean {
      let i = state.seen;
      if (index !== undefined) {
        if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
          throw validationError(
            [createIssue('not_integer', ['index'], { received: describeType(index) })],
            'index',
          );
        }
        i = index;
      }
      state.seen++;
      return addRow(state, opts, assessment, i);
    },
    addAll(assessments: Iterable<unknown>): PortfolioAccumulator<T> {
      let iterable = false;
      try {
        iterable =
          assessments !== null &&
          typeof assessments === 'object' &&
          typeof (assessments as Iterable<unknown>)[Symbol.iterator] === 'function';
      } catch {
        iterable = false; // a Proxy whose traps throw
      }
      if (!iterable) {
        throw validationError(
          [createIssue('not_iterable', ['assessments'], { received: describeType(assessments) })],
          'assessments',
        );
      }
      try {
        for (const row of assessments) {
          const i = state.seen;
          state.seen++;
          addRow(state, opts, row, i);
        }
      } catch (error) {
        if (error instanceof SejahteraError) throw error;
        throw validationError(
          [createIssue('not_iterable', ['assessments'], { received: 'a broken iterable' })],
          'assessments',
        );
      }
      return acc;
    },
    merge(other: PortfolioAccumulator<T>): PortfolioAccumulator<T> {
      const from =
        other !== null && typeof other === 'object' && other !== acc
          ? states.get(other)
          : undefined;
      if (from === undefined) {
        throw new ConfigurationError(
          'invalid_accumulator',
          renderBoth({ code: 'invalid_accumulator', path: [], params: {} }, portfolioMessages),
        );
      }
      const theirs = origins.get(other) as { opts: ResolvedOptions; sources: Set<object> };
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
      for (const token of theirs.sources) sources.add(token);
      mergeSums(state.overall, from.overall);
      for (const [map, g] of from.groups) {
        let mine = state.groups.get(map);
        if (mine === undefined) {
          mine = { key: g.key, sums: newSums() };
          state.groups.set(map, mine);
        }
        mergeSums(mine.sums, g.sums);
      }
      for (const r of from.rejected) state.rejected.push(r);
      state.seen += from.seen;
      state.valid += from.valid;
      return acc;
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
