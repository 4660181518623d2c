import type {
  Accumulator,
  BatchRejected,
  CalendarDate,
  Label,
  MessageOptions,
} from '../../core/index.js';
import type { KolektibilitasChoice } from '../arrears/index.js';
import type { LoanEvent } from '../events/index.js';
import type { UpkArrearsThreshold } from '../portfolio/definitions.js';
import type { PortfolioAccumulatorSnapshot, PortfolioIndicators } from '../portfolio/types.js';
import type { CostIndicators } from './cost-indicators.js';
import type { UpkFinancials } from './financials.js';
import type { LkmHealthBands, LkmHealthScore } from './lkm-health.js';
import type { PobCompositeScore } from './pob-composite.js';

/*
 * The shapes of the monthly UPK report: its records, options, result, accumulator and snapshot.
 */

/**
 * One loan of a UPK for the monthly report: its schedule and payments (as for {@link assessLoan}),
 * the date it was disbursed, and what the books carry about it today.
 *
 * @category UPK books
 */
export interface UpkLoanRecord {
  /** The loan's schedule ({@link buildSchedule}'s result or the same shape). */
  readonly schedule: unknown;
  /** Its payments `{ paidOn, amount }`, any order. */
  readonly payments: unknown;
  /** When it was disbursed (`YYYY-MM-DD`): counted in the month's disbursements when in the month. */
  readonly disbursedOn?: CalendarDate | undefined;
  /** The KSM (group) it belongs to: LAR counts KSM when the rows are member loans. */
  readonly ksm?: string | number | undefined;
  /** Deductible collateral value (see {@link AssessLoanOptions.collateralValue}). */
  readonly collateralValue?: number | undefined;
  /**
   * The loan's write-offs, recoveries and restructurings, read exactly as
   * {@link assessLoanWithEvents} reads them: a write-off takes the outstanding principal on its date
   * out of the portfolio into the written-off total, a recovery is money collected after it, a
   * restructuring replaces the schedule (the loan stays in the portfolio, flagged restructured, and
   * counts at risk in SEEP PAR). Events after the end of the month are ignored.
   */
  readonly events?: readonly LoanEvent[] | undefined;
}

/**
 * Options of {@link upkMonthlyReport} and {@link createUpkMonthlyReportAccumulator}.
 *
 * @category UPK books
 */
export interface UpkMonthlyReportOptions extends MessageOptions {
  /** The reporting month, `YYYY-MM`. Loans are assessed on its last day. */
  month: string;
  /**
   * The kolektibilitas table of the provisions (default `'upk-software-default'`); every level must
   * carry a sourced rate.
   */
  kolektibilitas?: KolektibilitasChoice | undefined;
  /** The UPK arrears threshold (default 3 missed instalments; see {@link UpkArrearsThreshold}). */
  upkThreshold?: UpkArrearsThreshold | undefined;
  /** The X of SEEP PAR > X days (default `[30, 90]`). */
  parDays?: readonly number[] | undefined;
  /**
   * Count LAR by KSM (`record.ksm`; records without one count as their own KSM) (default true), or
   * by row (false).
   */
  larByKsm?: boolean | undefined;
  /**
   * This UPK's identifier, prefixed to KSM keys so that KSM of different UPKs never merge in a
   * kabupaten view. Give each UPK's accumulator its own.
   */
  upkId?: string | undefined;
  /** Which RR reading the composite score uses: `'arrears'` (POB, default) or `'balance'`. */
  rrReading?: 'arrears' | 'balance' | undefined;
  /** Band tables of the health worksheet; without them `health.lkm` is `null`. */
  healthBands?: LkmHealthBands | undefined;
  /** Decimal places of the ratios' `decimal` (default 10). */
  decimalPlaces?: number | undefined;
}

/**
 * The monthly report of one UPK (or of several merged, for a kabupaten view). Plain JSON.
 *
 * @category UPK books
 */
export interface UpkMonthlyReport {
  /** Always `'sejahtera/upk-monthly-report'`. */
  readonly kind: 'sejahtera/upk-monthly-report';
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** First and last day of the month; loans are assessed on `to`. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Loan records seen, valid and rejected. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Rejected records with their index and issues. */
  readonly rejected: readonly BatchRejected[];
  /** Loans disbursed in the month and their principal. */
  readonly disbursements: { readonly loans: number; readonly principal: number };
  /** Paid in the month: principal (pokok), jasa, their total, and the number of payments. */
  readonly repayments: {
    readonly principal: number;
    readonly jasa: number;
    readonly total: number;
    readonly payments: number;
  };
  /** Loans in the portfolio (not written off) and their outstanding principal at the end of the month. */
  readonly outstanding: { readonly loans: number; readonly principal: number };
  /** Principal in arrears (sum of overduePrincipal) at the end of the month. */
  readonly principalInArrears: number;
  /** The portfolio indicators (kolektibilitas table with provisions, PAR/LAR/RR with bands). */
  readonly portfolio: PortfolioIndicators;
  /** CCr, ROI and the SEEP ratios, or `null` when no financial figures were added. */
  readonly costs: CostIndicators | null;
  /** The health scores. */
  readonly health: {
    /** The POB 2013 composite (unconfirmed table). */
    readonly pob: PobCompositeScore;
    /** The health worksheet, or `null` (no `healthBands`, or figures missing). */
    readonly lkm: LkmHealthScore | null;
    /** Why `lkm` is `null`. */
    readonly lkmReason: Label | null;
  };
  /**
   * Write-offs (hapus buku) from the loans' events: written off in the month (how many loans, the
   * principal moved out of the portfolio), recovered in the month, the net, and the same totals from
   * the start of the books to the end of the month.
   */
  readonly writeOffs: {
    readonly loans: number;
    readonly principal: number;
    readonly recoveredInMonth: number;
    /** principal - recoveredInMonth (may be negative). */
    readonly netInMonth: number;
    readonly toDate: {
      readonly loans: number;
      readonly principal: number;
      readonly recovered: number;
    };
  };
  /**
   * Restructured loans still in the portfolio (how many, their outstanding principal; they are in
   * `portfolio.par30`, `par90` and `par`), and the restructurings made in the month (how many, the
   * principal rescheduled).
   */
  readonly restructured: {
    readonly loans: number;
    readonly outstanding: number;
    readonly inMonth: { readonly loans: number; readonly principal: number };
  };
  /** The financial figures added up over the UPKs, or `null` when none was added. */
  readonly financials: UpkFinancials | null;
  /** How many UPKs' financial figures were added. */
  readonly financialsAdded: number;
}

/**
 * The state of a {@link UpkMonthlyReportAccumulator} as plain JSON.
 *
 * @category UPK books
 */
export interface UpkMonthlyReportSnapshot {
  /** Always `'sejahtera/upk-monthly-report-accumulator'`. */
  readonly kind: 'sejahtera/upk-monthly-report-accumulator';
  /** Format version (1). */
  readonly version: 1;
  /** The month. */
  readonly month: string;
  /** The portfolio's state. */
  readonly portfolio: PortfolioAccumulatorSnapshot;
  /** The integer sums of flows, in a fixed order. */
  readonly flows: readonly number[];
  /** Financial figures summed: [field, sum, how many UPKs gave it]. */
  readonly financials: readonly (readonly [string, number, number])[];
  /** How many UPKs' figures were added. */
  readonly financialsAdded: number;
  /** Rejected records. */
  readonly rejected: readonly BatchRejected[];
  /** Records seen. */
  readonly seen: number;
}

/**
 * A mergeable accumulator of the monthly report: add loan records and each UPK's financial figures,
 * merge other UPKs' accumulators (or their snapshots) for a kabupaten view, read the report. It
 * follows the library's one {@link Accumulator} contract.
 *
 * @category UPK books
 */
export interface UpkMonthlyReportAccumulator
  extends Accumulator<UpkLoanRecord | unknown, UpkMonthlyReportSnapshot, UpkMonthlyReport> {
  /**
   * Adds one loan record. A record that cannot be assessed is kept as a rejection with its index
   * (default: how many records this accumulator has seen).
   *
   * @throws {@link ValidationError} (`not_integer`, path `index`) when `index` is given and is not a
   * whole number >= 0.
   */
  add(record: UpkLoanRecord | unknown, index?: number): UpkMonthlyReportAccumulator;
  /** Adds every record of an iterable. */
  addAll(records: Iterable<UpkLoanRecord | unknown>): UpkMonthlyReportAccumulator;
  /** Adds one UPK's financial figures (call once per UPK). */
  addFinancials(financials: UpkFinancials): UpkMonthlyReportAccumulator;
  /** Adds another accumulator's (or snapshot's) records and figures; the other is unchanged. */
  merge(other: UpkMonthlyReportAccumulator | UpkMonthlyReportSnapshot): UpkMonthlyReportAccumulator;
  /** The state as plain JSON. */
  snapshot(): UpkMonthlyReportSnapshot;
  /** The report of everything added so far. */
  result(): UpkMonthlyReport;
}
