import { deepFreeze } from '../../_internal/freeze.js';
import { ConfigurationError, type Label } from '../../core/index.js';
import { revolvingFundPaymentMessages } from './messages.js';
import type { PaymentData, ScheduleData } from './read.js';

/**
 * A part of an instalment a payment can go to.
 *
 * @category Payments
 */
export type InstalmentPart = 'interest' | 'principal';

/**
 * The order in which a payment settles what is due, as data (Apache Fineract's "transaction
 * processing strategy"):
 * - `groupBy: 'instalment'`: the oldest instalment first, each settled part by part in `parts` order
 *   before the next instalment gets anything;
 * - `groupBy: 'part'`: the first part of every instalment due on or before the payment date (oldest
 *   first), then the second part; then the current period's instalment, part by part.
 *
 * What is "due" for a payment: every instalment due before the payment date plus the instalment of
 * the current period (the first one due on or after the payment date), so paying the coming
 * instalment a few days early is an ordinary payment, not a prepayment.
 *
 * @category Payments
 */
export interface AllocationRule {
  /** Identifier (`'upk-oldest-first'`). */
  readonly id: string;
  /** Where the order comes from. */
  readonly source: string;
  /** Name for dashboards. */
  readonly label: Label;
  /** Settle instalment by instalment, or part by part across the due instalments. */
  readonly groupBy: 'instalment' | 'part';
  /** Both parts, in the order they are paid. */
  readonly parts: readonly InstalmentPart[];
}

/**
 * Built-in allocation orders.
 *
 * - `'upk-oldest-first'` (default): oldest instalment first, jasa (interest) then pokok (principal):
 *   "a short payment pays jasa first, then overdue pokok, oldest instalment first".
 * - `'overdue-interest-first'`: all overdue interest (due on or before the payment date) before any
 *   principal, oldest first within each part.
 * - `'principal-first'`: oldest instalment first, principal then interest.
 *
 * @category Payments
 * @example
 * ALLOCATION_PRESETS['upk-oldest-first'].parts
 * //=> ['interest', 'principal']
 */
export const ALLOCATION_PRESETS = {
  'upk-oldest-first': {
    id: 'upk-oldest-first',
    source:
      'POB/Juknis Pinjaman Bergulir PNPM Mandiri Perkotaan: a short payment pays jasa first, then overdue pokok, oldest instalment first',
    label: {
      id: 'Angsuran tertua dulu, jasa lalu pokok',
      en: 'Oldest instalment first, interest then principal',
    },
    groupBy: 'instalment',
    parts: ['interest', 'principal'],
  },
  'overdue-interest-first': {
    id: 'overdue-interest-first',
    source:
      "Apache Fineract loan transaction processing strategy 'Overdue/Due Fee/Int,Principal' (all overdue interest before any principal)",
    label: {
      id: 'Seluruh jasa tertunggak dulu, lalu pokok',
      en: 'All overdue interest before any principal',
    },
    groupBy: 'part',
    parts: ['interest', 'principal'],
  },
  'principal-first': {
    id: 'principal-first',
    source:
      "Apache Fineract loan transaction processing strategy 'Principal Interest Penalties Fees Order'",
    label: { id: 'Pokok dulu, lalu jasa', en: 'Principal first, then interest' },
    groupBy: 'instalment',
    parts: ['principal', 'interest'],
  },
} as const satisfies Record<string, AllocationRule>;
deepFreeze(ALLOCATION_PRESETS);

/**
 * The name of a built-in allocation order.
 *
 * @category Payments
 */
export type AllocationPresetName = keyof typeof ALLOCATION_PRESETS;

/**
 * Where money beyond what is due goes: to the next instalments in order (default) or to the last
 * instalments first, shortening the loan.
 *
 * @category Payments
 */
export type OverpaymentRule = 'next-instalments' | 'last-instalments';

/**
 * Options of {@link applyPayments}.
 *
 * @category Payments
 */
export interface ApplyPaymentsOptions {
  /** Allocation order: a preset name or a rule (default `'upk-oldest-first'`). */
  allocation?: AllocationPresetName | AllocationRule | undefined;
  /** Where an overpayment goes (default `'next-instalments'`). */
  overpayment?: OverpaymentRule | undefined;
}

/** A checked rule in the form the engine uses. */
export interface ResolvedAllocation {
  readonly byPart: boolean;
  readonly interestFirst: boolean;
  readonly reverseOverpayment: boolean;
}

function configError(
  code: 'unknown_allocation_preset' | 'invalid_allocation_rule' | 'invalid_overpayment_rule',
) {
  const params =
    code === 'unknown_allocation_preset'
      ? { allowed: Object.keys(ALLOCATION_PRESETS).join(', ') }
      : {};
  const entry = revolvingFundPaymentMessages[code];
  return new ConfigurationError(
    code,
    { en: entry.en(params, []), id: entry.id(params, []) },
    params,
  );
}

/**
 * Checks allocation options, throwing a {@link ConfigurationError} for an unknown preset, a rule that
 * does not list both parts once, or an unknown overpayment rule.
 */
export function resolveAllocation(options: unknown): ResolvedAllocation {
  let allocation: unknown;
  let overpayment: unknown;
  try {
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') throw configError('invalid_allocation_rule');
      allocation = (options as ApplyPaymentsOptions).allocation;
      overpayment = (options as ApplyPaymentsOptions).overpayment;
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw configError('invalid_allocation_rule');
  }
  let rule: { groupBy: unknown; parts: unknown };
  if (allocation === undefined) rule = ALLOCATION_PRESETS['upk-oldest-first'];
  else if (typeof allocation === 'string') {
    if (!Object.hasOwn(ALLOCATION_PRESETS, allocation))
      throw configError('unknown_allocation_preset');
    rule = ALLOCATION_PRESETS[allocation as AllocationPresetName];
  } else if (typeof allocation === 'object' && allocation !== null) {
    try {
      const { groupBy, parts } = allocation as AllocationRule;
      rule = { groupBy, parts: Array.isArray(parts) ? [...parts] : parts };
    } catch {
      throw configError('invalid_allocation_rule');
    }
  } else throw configError('invalid_allocation_rule');
  const parts = rule.parts;
  if (
    (rule.groupBy !== 'instalment' && rule.groupBy !== 'part') ||
    !Array.isArray(parts) ||
    parts.length !== 2 ||
    !parts.includes('interest') ||
    !parts.includes('principal')
  ) {
    throw configError('invalid_allocation_rule');
  }
  if (
    overpayment !== undefined &&
    overpayment !== 'next-instalments' &&
    overpayment !== 'last-instalments'
  ) {
    throw configError('invalid_overpayment_rule');
  }
  return {
    byPart: rule.groupBy === 'part',
    interestFirst: parts[0] === 'interest',
    reverseOverpayment: overpayment === 'last-instalments',
  };
}

/** What one payment paid of one instalment. */
type Touch = { payment: number; principal: number; interest: number };

/** The state of every instalment after allocation, and what each payment went to. */
export interface AllocationState {
  readonly principalPaid: number[];
  readonly interestPaid: number[];
  /** Paid on or before the instalment's due date. */
  readonly paidOnTime: number[];
  /** Epoch day the instalment became fully paid, -1 while it is not. */
  readonly fullyPaidDay: number[];
  /** Per payment (in date order): principal, interest, unapplied. */
  readonly paymentPrincipal: number[] | undefined;
  readonly paymentInterest: number[] | undefined;
  readonly paymentUnapplied: number[] | undefined;
  /** Per instalment, the payments (date-order positions) that reached it, when recorded. */
  readonly touches: Touch[][] | undefined;
  /** Payments applied (those on or before the cut-off). */
  readonly applied: number;
  readonly unapplied: number;
}

/** The running state of an allocation: what each instalment part has received. */
class Ledger {
  readonly principalPaid: number[];
  readonly interestPaid: number[];
  readonly paidOnTime: number[];
  readonly fullyPaidDay: number[];
  readonly paymentPrincipal: number[] | undefined;
  readonly paymentInterest: number[] | undefined;
  readonly touches: Touch[][] | undefined;
  /** Money of the current payment not yet allocated. */
  x = 0;
  /** Epoch day of the current payment. */
  day = 0;
  /** Date-order position of the current payment. */
  j = 0;

  constructor(
    readonly s: ScheduleData,
    count: number,
    record: boolean,
  ) {
    const n = s.n;
    this.principalPaid = new Array<number>(n).fill(0);
    this.interestPaid = new Array<number>(n).fill(0);
    this.paidOnTime = new Array<number>(n).fill(0);
    this.fullyPaidDay = new Array<number>(n).fill(-1);
    for (let i = 0; i < n; i++) {
      // An instalment with nothing to pay counts as settled on its due date.
      if ((s.principal[i] as number) + (s.interest[i] as number) === 0) {
        this.fullyPaidDay[i] = s.dueDay[i] as number;
      }
    }
    this.paymentPrincipal = record ? new Array<number>(count).fill(0) : undefined;
    this.paymentInterest = record ? new Array<number>(count).fill(0) : undefined;
    this.touches = record ? Array.from({ length: n }, () => [] as Touch[]) : undefined;
  }

  /** Pays one part of instalment i from what is left of the current payment. */
  payPart(i: number, principalPart: boolean): void {
    const paid = principalPart ? this.principalPaid : this.interestPaid;
    const due = principalPart ? this.s.principal : this.s.interest;
    let take = (due[i] as number) - (paid[i] as number);
    if (take <= 0) return;
    if (take > this.x) take = this.x;
    paid[i] = (paid[i] as number) + take;
    this.x -= take;
    const perPayment = principalPart ? this.paymentPrincipal : this.paymentInterest;
    if (perPayment !== undefined) perPayment[this.j] = (perPayment[this.j] as number) + take;
    if (this.day <= (this.s.dueDay[i] as number)) {
      this.paidOnTime[i] = (this.paidOnTime[i] as number) + take;
    }
    if (this.touches !== undefined) {
      const list = this.touches[i] as Touch[];
      let last = list[list.length - 1];
      if (last === undefined || last.payment !== this.j) {
        last = { payment: this.j, principal: 0, interest: 0 };
        list.push(last);
      }
      if (principalPart) last.principal += take;
      else last.interest += take;
    }
    if (
      this.fullyPaidDay[i] === -1 &&
      this.principalPaid[i] === this.s.principal[i] &&
      this.interestPaid[i] === this.s.interest[i]
    ) {
      this.fullyPaidDay[i] = this.day;
    }
  }

  /** Pays instalment i part by part, in the rule's order. */
  payInstalment(i: number, interestFirst: boolean): void {
    if (this.fullyPaidDay[i] !== -1) return;
    this.payPart(i, !interestFirst);
    if (this.x > 0) this.payPart(i, interestFirst);
  }
}

/**
 * Applies payments (already in date order) to a schedule. Only payments on or before `untilDay` are
 * applied. Exact: every rupiah of every payment goes to one part or to `unapplied`.
 */
export function allocate(
  s: ScheduleData,
  pay: PaymentData,
  rule: ResolvedAllocation,
  untilDay: number,
  record: boolean,
): AllocationState {
  const n = s.n;
  const dueDay = s.dueDay;
  const ledger = new Ledger(s, pay.count, record);
  const fullyPaidDay = ledger.fullyPaidDay;
  const interestFirst = rule.interestFirst;
  const paymentUnapplied = record ? new Array<number>(pay.count).fill(0) : undefined;
  let current = 0; // first instalment due on or after the payment date (or the last)
  let oldest = 0; // no instalment before this one has anything left to pay
  let totalUnapplied = 0;
  let applied = 0;
  for (let j = 0; j < pay.count; j++) {
    const day = pay.day[j] as number;
    if (day > untilDay) break;
    applied++;
    ledger.j = j;
    ledger.day = day;
    ledger.x = pay.amount[j] as number;
    while (current < n - 1 && (dueDay[current] as number) < day) current++;
    while (oldest < n && fullyPaidDay[oldest] !== -1) oldest++;
    if (rule.byPart) {
      // Part by part across the instalments due on or before the payment date.
      const lastDue = (dueDay[current] as number) <= day ? current : current - 1;
      for (let i = oldest; i <= lastDue && ledger.x > 0; i++) ledger.payPart(i, !interestFirst);
      for (let i = oldest; i <= lastDue && ledger.x > 0; i++) ledger.payPart(i, interestFirst);
    }
    // Instalment by instalment up to the current period's instalment.
    for (let i = oldest; i <= current && ledger.x > 0; i++) ledger.payInstalment(i, interestFirst);
    if (ledger.x > 0) {
      if (rule.reverseOverpayment) {
        for (let i = n - 1; i > current && ledger.x > 0; i--)
          ledger.payInstalment(i, interestFirst);
      } else {
        for (let i = current + 1; i < n && ledger.x > 0; i++)
          ledger.payInstalment(i, interestFirst);
      }
    }
    if (paymentUnapplied !== undefined) paymentUnapplied[j] = ledger.x;
    totalUnapplied += ledger.x;
  }
  return {
    principalPaid: ledger.principalPaid,
    interestPaid: ledger.interestPaid,
    paidOnTime: ledger.paidOnTime,
    fullyPaidDay,
    paymentPrincipal: ledger.paymentPrincipal,
    paymentInterest: ledger.paymentInterest,
    paymentUnapplied,
    touches: ledger.touches,
    applied,
    unapplied: totalUnapplied,
  };
}
