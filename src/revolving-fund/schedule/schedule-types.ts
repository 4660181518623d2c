// The schedule's types, without runtime code: build-schedule.ts and flat-total.ts both produce them,
// and build-schedule.ts calls flat-total.ts, so they live here to keep the imports acyclic.
import type { CalendarDate, Rupiah } from '../../core/index.js';

/**
 * One instalment (angsuran) of a schedule.
 *
 * @category Schedules
 */
export interface Instalment {
  /** 1, 2, 3, ... */
  readonly number: number;
  /** Due date, `YYYY-MM-DD`. */
  readonly dueOn: CalendarDate;
  /** Principal part (pokok). */
  readonly principal: Rupiah;
  /** Interest part (jasa). */
  readonly interest: Rupiah;
  /** `principal + interest`. */
  readonly total: Rupiah;
  /** Principal still owed once this instalment is paid. */
  readonly balanceAfter: Rupiah;
}

/**
 * Sums over a schedule.
 *
 * @category Schedules
 */
export interface ScheduleTotals {
  /** Sum of the principal parts: always exactly the loan's principal. */
  readonly principal: Rupiah;
  /** Sum of the interest parts. */
  readonly interest: Rupiah;
  /** Sum of the totals. */
  readonly total: Rupiah;
}

/**
 * A repayment schedule as {@link buildSchedule} returns it.
 *
 * @category Schedules
 */
export interface Schedule {
  /** The instalments, in due-date order. */
  readonly instalments: readonly Instalment[];
  /** Sums of the instalments. */
  readonly totals: ScheduleTotals;
}
