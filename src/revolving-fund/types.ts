import type { CalendarDate, Label, Rupiah } from '../core/index.js';

/**
 * What a kolektibilitas table counts arrears in: days past due, missed instalments, or whole months in
 * arrears (days past due / 30, rounded down, as UPK software counts).
 *
 * @category Kolektibilitas
 */
export type KolektibilitasUnit = 'days' | 'instalments' | 'months';

/**
 * One level of a kolektibilitas table. `from` and `to` are inclusive whole numbers in the table's unit;
 * the last level has no `to` (open-ended). `provisionRate` is a fraction 0..1 (0.05 = 5%), given as a
 * number or a decimal string and applied exactly, or `null` when no source gives the level a rate:
 * such a level classifies loans but the library refuses to compute a provision from it
 * (`provision_rate_unsourced`).
 *
 * @category Kolektibilitas
 */
export interface KolektibilitasLevel {
  /** 1 = best (lancar) upward. */
  readonly level: number;
  /** A snake_case code: `lancar`, `dalam_perhatian_khusus`, `kurang_lancar`, `diragukan`, `macet`. */
  readonly code: string;
  /** Indonesian and English names. */
  readonly label: Label;
  /** Lowest arrears (inclusive) in the table's unit. */
  readonly from: number;
  /** Highest arrears (inclusive); absent for the last, open-ended level. */
  readonly to?: number | undefined;
  /**
   * Loan-loss provision as a fraction of outstanding principal, 0..1; `null` when no source gives
   * one (the level classifies but cannot provision).
   */
  readonly provisionRate: number | string | null;
}

/**
 * A kolektibilitas table: contiguous, non-overlapping levels starting at 0, with its source.
 *
 * @category Kolektibilitas
 */
export interface KolektibilitasTable {
  /** Identifier (`'ojk-bank-2019'`). */
  readonly id: string;
  /** Regulation or guideline the table comes from. */
  readonly source: string;
  /** What `from`/`to` count. */
  readonly unit: KolektibilitasUnit;
  /** Levels in ascending order. */
  readonly levels: readonly KolektibilitasLevel[];
}

/**
 * The kolektibilitas of one loan: its level and the provision rate that applies.
 *
 * @category Kolektibilitas
 */
export interface KolektibilitasResult {
  /** Table the level was read from. */
  readonly tableId: string;
  /** Level number (1 = lancar). */
  readonly level: number;
  /** Level code. */
  readonly code: string;
  /** Level label in Indonesian and English. */
  readonly label: Label;
  /**
   * Provision rate of the level as a decimal string (`"0.05"`), or `null` when the table's source gives
   * the level no rate (see {@link computeProvision}).
   */
  readonly provisionRate: string | null;
}

/**
 * The state of one loan on a date, as {@link assessLoan} returns it. This is what portfolio indicators
 * aggregate.
 *
 * @category Arrears
 */
export interface LoanAssessment {
  /** The date of the assessment. */
  readonly asOf: CalendarDate;
  /** `paid_off` once every instalment is fully paid. */
  readonly status: 'active' | 'paid_off';
  /** Principal of the loan (sum of the schedule's principal parts). */
  readonly principal: Rupiah;
  /** Principal not yet paid. */
  readonly outstandingPrincipal: Rupiah;
  /** Principal of instalments due before `asOf` that is not paid. */
  readonly overduePrincipal: Rupiah;
  /** Interest (jasa) of instalments due before `asOf` that is not paid. */
  readonly overdueInterest: Rupiah;
  /** `asOf` minus the due date of the oldest instalment not fully paid, in days; 0 when none is past due. */
  readonly daysPastDue: number;
  /** Instalments past due (due before `asOf`) and not fully paid. */
  readonly missedInstalments: number;
  /** `floor(daysPastDue / 30)`, as UPK software counts months in arrears. */
  readonly monthsInArrears: number;
  /** Total (principal + interest) of the instalments due on or before `asOf`. */
  readonly dueToDate: Rupiah;
  /** Of `dueToDate`, what was paid on or before each instalment's due date. */
  readonly paidOnTimeToDate: Rupiah;
  /** Everything paid on or before `asOf` (allocated to instalments). */
  readonly paidToDate: Rupiah;
  /** Kolektibilitas level from the chosen table. */
  readonly kolektibilitas: KolektibilitasResult;
  /** Required provision: outstanding principal x provision rate, rounded half-up to whole rupiah. */
  readonly provision: Rupiah;
}
