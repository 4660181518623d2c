import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { civil, formatYmd } from '../../_internal/days.js';
import type { CalendarDate, Rupiah } from '../../core/index.js';
import { allocate, type ApplyPaymentsOptions, resolveAllocation } from './allocation.js';
import { readPayments, readSchedule } from './read.js';

const APPLY_KEYS = optionKeys<ApplyPaymentsOptions>()({ allocation: true, overpayment: true });

/**
 * What one payment went to.
 *
 * @category Payments
 */
export interface PaymentAllocation {
  /** Position of the payment in the array given to {@link applyPayments}. */
  readonly index: number;
  /** When it was paid. */
  readonly paidOn: CalendarDate;
  /** How much was paid. */
  readonly amount: Rupiah;
  /** Of it, principal (pokok). */
  readonly principal: Rupiah;
  /** Of it, interest (jasa). */
  readonly interest: Rupiah;
  /** Of it, nothing left to pay it for (the loan was already settled). */
  readonly unapplied: Rupiah;
}

/**
 * One instalment after the payments, with what was paid of each part and when it was settled.
 *
 * @category Payments
 */
export interface InstalmentPayments {
  /** Number of the instalment in the schedule. */
  readonly number: number;
  /** Due date. */
  readonly dueOn: CalendarDate;
  /** Principal due. */
  readonly principal: Rupiah;
  /** Interest due. */
  readonly interest: Rupiah;
  /** Total due. */
  readonly total: Rupiah;
  /** Principal paid. */
  readonly principalPaid: Rupiah;
  /** Interest paid. */
  readonly interestPaid: Rupiah;
  /** Paid by payments made on or before the due date (principal + interest). */
  readonly paidOnTime: Rupiah;
  /** Still to pay (principal + interest). */
  readonly outstanding: Rupiah;
  /**
   * Date of the payment that completed this instalment, or `null` while it is not fully paid. An
   * instalment with nothing to pay (a grace instalment with no interest) counts as settled on its due
   * date.
   */
  readonly fullyPaidOn: CalendarDate | null;
  /** Every payment that reached this instalment, with what it paid of each part. */
  readonly allocations: readonly {
    readonly paidOn: CalendarDate;
    readonly principal: Rupiah;
    readonly interest: Rupiah;
  }[];
}

/**
 * The result of {@link applyPayments}.
 *
 * @category Payments
 */
export interface PaymentApplication {
  /** Every instalment of the schedule, in order. */
  readonly instalments: readonly InstalmentPayments[];
  /** Every payment, in the order they were applied (date order, stable). */
  readonly payments: readonly PaymentAllocation[];
  /**
   * Sums. Money is conserved exactly: `principal + interest + unapplied === paid`.
   */
  readonly totals: {
    readonly paid: Rupiah;
    readonly principal: Rupiah;
    readonly interest: Rupiah;
    readonly unapplied: Rupiah;
  };
}

/**
 * Applies payments to a schedule. Payments may come in any order; they are applied in date order
 * (equal dates in the order given). Each payment settles what is due (every instalment due before
 * its date, plus the instalment of the current period) in the allocation order, which is data:
 * by default the UPK rule, oldest instalment first, jasa (interest) then pokok (principal), as the
 * POB/Juknis Pinjaman Bergulir PNPM Mandiri Perkotaan prescribes; presets `'overdue-interest-first'`
 * and `'principal-first'`, or your own {@link AllocationRule}. Money beyond what is due goes to the
 * next instalments (default) or, with `overpayment: 'last-instalments'`, to the last instalments
 * first. Whatever is left once the whole schedule is paid is `unapplied`.
 *
 * @category Payments
 * @throws {@link ValidationError} when the schedule or the payments are not valid.
 * @throws {@link ConfigurationError} when the allocation rule or overpayment rule is unknown or
 * malformed (codes `unknown_allocation_preset`, `invalid_allocation_rule`, `invalid_overpayment_rule`).
 * @example
 * const schedule = buildSchedule({ principal: 1_000_000, disbursedOn: '2024-01-31', tenor: 3,
 *   frequency: 'monthly', interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } } });
 * const r = applyPayments(schedule, [{ paidOn: '2024-03-05', amount: 20_000 }]);
 * [r.instalments[0].interestPaid, r.instalments[0].principalPaid]
 * //=> [15_000, 5_000]
 */
export function applyPayments(
  schedule: unknown,
  payments: unknown,
  options: ApplyPaymentsOptions = {},
): PaymentApplication {
  checkOptionKeys(options, APPLY_KEYS, 'applyPayments');
  const rule = resolveAllocation(options);
  const s = readSchedule(schedule);
  const pay = readPayments(payments);
  const state = allocate(s, pay, rule, Number.POSITIVE_INFINITY, true);
  const instalments = new Array<InstalmentPayments>(s.n);
  for (let i = 0; i < s.n; i++) {
    const principal = s.principal[i] as number;
    const interest = s.interest[i] as number;
    const principalPaid = state.principalPaid[i] as number;
    const interestPaid = state.interestPaid[i] as number;
    const day = state.fullyPaidDay[i] as number;
    instalments[i] = {
      number: s.number[i] as number,
      dueOn: s.dueOn[i] as string,
      principal,
      interest,
      total: principal + interest,
      principalPaid,
      interestPaid,
      paidOnTime: state.paidOnTime[i] as number,
      outstanding: principal + interest - principalPaid - interestPaid,
      fullyPaidOn: day === -1 ? null : dateOf(day),
      allocations: (state.touches?.[i] ?? []).map((t) => ({
        paidOn: pay.paidOn[t.payment] as string,
        principal: t.principal,
        interest: t.interest,
      })),
    };
  }
  const out = new Array<PaymentAllocation>(pay.count);
  let paid = 0;
  let principalSum = 0;
  let interestSum = 0;
  for (let j = 0; j < pay.count; j++) {
    const principal = state.paymentPrincipal?.[j] ?? 0;
    const interest = state.paymentInterest?.[j] ?? 0;
    paid += pay.amount[j] as number;
    principalSum += principal;
    interestSum += interest;
    out[j] = {
      index: pay.index[j] as number,
      paidOn: pay.paidOn[j] as string,
      amount: pay.amount[j] as number,
      principal,
      interest,
      unapplied: state.paymentUnapplied?.[j] ?? 0,
    };
  }
  return {
    instalments,
    payments: out,
    totals: { paid, principal: principalSum, interest: interestSum, unapplied: state.unapplied },
  };
}

function dateOf(day: number): CalendarDate {
  const [y, m, d] = civil(day);
  return formatYmd(y, m, d);
}
