import type { CalendarDate, Label, Rupiah } from '../core/index.js';

// The kolektibilitas table types are the output of its schemas (kolektibilitas/shape.ts).
export type {
  KolektibilitasLevel,
  KolektibilitasTable,
  KolektibilitasUnit,
} from './kolektibilitas/shape.js';

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
