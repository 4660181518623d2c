import { ConfigurationError, type Label } from '../../core/index.js';
import { revolvingFundScheduleMessages } from '../schedule/messages.js';
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
  const entry = revolvingFundScheduleMessages[code];
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
  readonly touches: { payment: number; principal: number; interest: number }[][] | undefined;
  /** Payments applied (those on or before the cut-off). */
  readonly applied: number;
  readonly unapplied: number;
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
  const principalPaid = new Array<number>(n).fill(0);
  const interestPaid = new Array<number>(n).fill(0);
  const paidOnTime = new Array<number>(n).fill(0);
  const fullyPaidDay = new Array<number>(n).fill(-1);
  const dueDay = s.dueDay;
  const pDue = s.principal;
  const iDue = s.interest;
  for (let i = 0; i < n; i++)
    if ((pDue[i] as number) + (iDue[i] as number) === 0) fullyPaidDay[i] = dueDay[i] as number;
  const paymentPrincipal = record ? new Array<number>(pay.count).fill(0) : undefined;
  const paymentInterest = record ? new Array<number>(pay.count).fill(0) : undefined;
  const paymentUnapplied = record ? new Array<number>(pay.count).fill(0) : undefined;
  const touches = record
    ? Array.from(
        { length: n },
        () => [] as { payment: number; principal: number; interest: number }[],
      )
    : undefined;

  let current = 0; // first instalment due on or after the payment date (or the last)
  let oldest = 0; // no instalment before this one has anything left to pay
  let totalUnapplied = 0;
  let applied = 0;
  let x = 0;
  let day = 0;
  let j = 0;

  const payPart = (i: number, principalPart: boolean): void => {
    let take: number;
    if (principalPart) {
      take = (pDue[i] as number) - (principalPaid[i] as number);
      if (take <= 0) return;
      if (take > x) take = x;
      principalPaid[i] = (principalPaid[i] as number) + take;
      if (paymentPrincipal !== undefined)
        paymentPrincipal[j] = (paymentPrincipal[j] as number) + take;
    } else {
      take = (iDue[i] as number) - (interestPaid[i] as number);
      if (take <= 0) return;
      if (take > x) take = x;
      interestPaid[i] = (interestPaid[i] as number) + take;
      if (paymentInterest !== undefined) paymentInterest[j] = (paymentInterest[j] as number) + take;
    }
    x -= take;
    if (day <= (dueDay[i] as number)) paidOnTime[i] = (paidOnTime[i] as number) + take;
    if (touches !== undefined) {
      const list = touches[i] as { payment: number; principal: number; interest: number }[];
      let last = list[list.length - 1];
      if (last === undefined || last.payment !== j) {
        last = { payment: j, principal: 0, interest: 0 };
        list.push(last);
      }
      if (principalPart) last.principal += take;
      else last.interest += take;
    }
    if (fullyPaidDay[i] === -1 && principalPaid[i] === pDue[i] && interestPaid[i] === iDue[i]) {
      fullyPaidDay[i] = day;
    }
  };
  const payInstalment = (i: number): void => {
    if (fullyPaidDay[i] !== -1) return;
    payPart(i, !rule.interestFirst);
    if (x > 0) payPart(i, rule.interestFirst);
  };

  for (j = 0; j < pay.count; j++) {
    day = pay.day[j] as number;
    if (day > untilDay) break;
    applied++;
    x = pay.amount[j] as number;
    while (current < n - 1 && (dueDay[current] as number) < day) current++;
    while (oldest < n && fullyPaidDay[oldest] !== -1) oldest++;
    if (rule.byPart) {
      // Part by part across the instalments due on or before the payment date.
      const lastDue = (dueDay[current] as number) <= day ? current : current - 1;
      for (let i = oldest; i <= lastDue && x > 0; i++) payPart(i, !rule.interestFirst);
      for (let i = oldest; i <= lastDue && x > 0; i++) payPart(i, rule.interestFirst);
    }
    // Instalment by instalment up to the current period's instalment.
    for (let i = oldest; i <= current && x > 0; i++) payInstalment(i);
    if (x > 0) {
      if (rule.reverseOverpayment) for (let i = n - 1; i > current && x > 0; i--) payInstalment(i);
      else for (let i = current + 1; i < n && x > 0; i++) payInstalment(i);
    }
    if (paymentUnapplied !== undefined) paymentUnapplied[j] = x;
    totalUnapplied += x;
  }
  return {
    principalPaid,
    interestPaid,
    paidOnTime,
    fullyPaidDay,
    paymentPrincipal,
    paymentInterest,
    paymentUnapplied,
    touches,
    applied,
    unapplied: totalUnapplied,
  };
}
