// Reading schedules and payments from outside data: a fast path for ordinary input, zod for the
// issues of anything else. Every value is read once into plain arrays, so a getter that changes its
// answer cannot make the engine see two different loans.
import * as zm from 'zod/mini';
import { CalendarDatePublicMini } from '../../_internal/calendar-date-public-mini.js';
import { RupiahMini } from '../../_internal/core-mini.js';
import { epochDay, readYmd } from '../../_internal/days.js';
import { type StageKit, stageKit } from '../../_internal/stage-kit.js';
import { isWholeNumber } from '../../_internal/whole.js';
import type { Issue, SafeParseResult } from '../../core/index.js';
import { readPaymentsInput, readScheduleInput } from './input-reader.js';
import { revolvingFundPaymentMessages } from './messages.js';

const MAX = Number.MAX_SAFE_INTEGER;
/** The longest schedule accepted as input. */
export const MAX_INSTALMENTS = 10_000;
/** The most payments accepted for one loan. */
export const MAX_PAYMENTS = 1_000_000;

/**
 * Schema of a schedule as the payment and arrears stages read it: what {@link buildSchedule} returns,
 * or any schedule with the same instalment fields (extra fields are ignored). Instalments are numbered
 * 1, 2, 3, ... with due dates that never go backwards, and each total is principal + interest.
 *
 * @category Payments
 * @example
 * ScheduleInputSchema.safeParse({ instalments: [{ number: 1, dueOn: '2024-02-29',
 *   principal: 100_000, interest: 1_500, total: 101_500 }] }).success
 * //=> true
 */
// Pure IIFEs: a bundle that does not use a schema drops it (and zod with it, issue 11).
export const ScheduleInputSchema = /* @__PURE__ */ (() =>
  zm
    .object({
      instalments: zm
        .array(
          zm.object({
            number: zm.int().check(zm.minimum(1)),
            dueOn: CalendarDatePublicMini,
            principal: RupiahMini,
            interest: RupiahMini,
            total: RupiahMini,
          }),
        )
        .check(zm.minLength(1), zm.maxLength(MAX_INSTALMENTS)),
    })
    .check(zm.meta({ id: 'RevolvingFundSchedule', description: 'A repayment schedule' })))();

/**
 * Schema of one payment (setoran angsuran): the date it was paid and the amount in whole rupiah.
 * Extra fields (a receipt number) are ignored.
 *
 * @category Payments
 * @example
 * PaymentSchema.safeParse({ paidOn: '2024-02-29', amount: 118_000, receipt: 'K-17' }).success
 * //=> true
 */
export const PaymentSchema = /* @__PURE__ */ (() =>
  zm
    .object({ paidOn: CalendarDatePublicMini, amount: RupiahMini })
    .check(zm.meta({ id: 'RevolvingFundPayment', description: 'A repayment: date and amount' })))();

/**
 * A payment as a user writes it.
 *
 * @category Payments
 */
export type Payment = zm.input<typeof PaymentSchema>;

/** The payments list as the stage reads it (its reader: input-reader.ts). */
export const PaymentsSchema = /* @__PURE__ */ (() =>
  zm.array(PaymentSchema).check(zm.maxLength(MAX_PAYMENTS)))();

/** A schedule read into arrays. */
export interface ScheduleData {
  readonly n: number;
  readonly number: number[];
  readonly dueOn: string[];
  readonly dueDay: number[];
  readonly principal: number[];
  readonly interest: number[];
  readonly principalSum: number;
}

/** Payments read into arrays, sorted by date (stable: equal dates keep their input order). */
export interface PaymentData {
  readonly count: number;
  readonly paidOn: string[];
  readonly day: number[];
  readonly amount: number[];
  /** Position of each payment in the caller's array. */
  readonly index: number[];
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isRupiah = isWholeNumber;

function dayOf(s: unknown): number | undefined {
  if (typeof s !== 'string') return undefined;
  const ymd = readYmd(s);
  return ymd === undefined ? undefined : epochDay(ymd[0], ymd[1], ymd[2]);
}

const kit: StageKit = /* @__PURE__ */ stageKit(revolvingFundPaymentMessages, 'payments');

function readScheduleFast(schedule: unknown): ScheduleData | Issue[] | undefined {
  if (!isPlain(schedule)) return undefined;
  const list = schedule.instalments;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_INSTALMENTS) return undefined;
  const n = list.length;
  const number = new Array<number>(n);
  const dueOn = new Array<string>(n);
  const dueDay = new Array<number>(n);
  const principal = new Array<number>(n);
  const interest = new Array<number>(n);
  let principalSum = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const row: unknown = list[i];
    if (!isPlain(row)) return undefined;
    const num = row.number;
    const due = row.dueOn;
    const p = row.principal;
    const it = row.interest;
    const t = row.total;
    const day = dayOf(due);
    if (typeof num !== 'number' || !Number.isSafeInteger(num) || num < 1 || day === undefined) {
      return undefined;
    }
    if (!isRupiah(p) || !isRupiah(it) || !isRupiah(t)) return undefined;
    if (num !== i + 1) {
      return [
        kit.issue('instalment_number_out_of_order', ['instalments', i, 'number'], {
          expected: i + 1,
        }),
      ];
    }
    if (t !== p + it) return [kit.issue('instalment_total_mismatch', ['instalments', i, 'total'])];
    if (i > 0 && day < (dueDay[i - 1] as number)) {
      return [kit.issue('due_dates_out_of_order', ['instalments', i, 'dueOn'])];
    }
    principalSum += p;
    sum += t;
    if (sum > MAX) return [kit.issue('amount_too_large', ['instalments'], { maximum: MAX })];
    number[i] = num;
    dueOn[i] = due as string;
    dueDay[i] = day;
    principal[i] = p;
    interest[i] = it;
  }
  return { n, number, dueOn, dueDay, principal, interest, principalSum };
}

/**
 * Reads a schedule, throwing a {@link ValidationError} listing every issue when it is not one.
 */
export function readSchedule(schedule: unknown): ScheduleData {
  // The reader is ScheduleInputSchema without zod (tests/revolving-fund/input-reader.test.ts).
  return readThrough(schedule, readScheduleFast, readScheduleInput, 'schedule', 'instalments');
}

/**
 * How schedules and payments are read, written once: the fast path takes ordinary input (or finds
 * the issues of a rule across rows); anything else, or input that throws while read, goes through the
 * zod-free reader of the schema, whose issues are thrown; when the schema passes but the fast path did
 * not, the parsed copy (plain data now) is read by the fast path again.
 */
function readThrough<T extends object>(
  value: unknown,
  fast: (value: unknown) => T | Issue[] | undefined,
  reader: (value: unknown) => SafeParseResult<unknown>,
  context: 'schedule' | 'payments',
  field: string,
): T {
  let first: T | Issue[] | undefined;
  try {
    first = fast(value);
  } catch {
    first = undefined;
  }
  if (first !== undefined && !Array.isArray(first)) return first;
  if (Array.isArray(first)) kit.fail(first, context);
  const parsed = reader(value);
  if (!parsed.success) kit.fail([...parsed.issues], context);
  const again = fast(parsed.data);
  if (again === undefined) kit.fail([kit.issue('custom', [field])], context);
  if (Array.isArray(again)) kit.fail(again, context);
  return again;
}

function readPaymentsFast(payments: unknown): PaymentData | Issue[] | undefined {
  if (!Array.isArray(payments) || payments.length > MAX_PAYMENTS) return undefined;
  const count = payments.length;
  const paidOn = new Array<string>(count);
  const day = new Array<number>(count);
  const amount = new Array<number>(count);
  let sorted = true;
  let sum = 0;
  for (let j = 0; j < count; j++) {
    const row: unknown = payments[j];
    if (!isPlain(row)) return undefined;
    const date = row.paidOn;
    const a = row.amount;
    const d = dayOf(date);
    if (d === undefined || !isRupiah(a)) return undefined;
    sum += a;
    if (sum > MAX) return [kit.issue('amount_too_large', ['payments'], { maximum: MAX })];
    if (j > 0 && d < (day[j - 1] as number)) sorted = false;
    paidOn[j] = date as string;
    day[j] = d;
    amount[j] = a;
  }
  const index = new Array<number>(count);
  for (let j = 0; j < count; j++) index[j] = j;
  if (sorted) return { count, paidOn, day, amount, index };
  // Stable sort by date: equal dates keep the caller's order.
  index.sort((x, y) => (day[x] as number) - (day[y] as number) || x - y);
  return {
    count,
    paidOn: index.map((k) => paidOn[k] as string),
    day: index.map((k) => day[k] as number),
    amount: index.map((k) => amount[k] as number),
    index,
  };
}

/**
 * Reads payments (any order) into date order, throwing a {@link ValidationError} listing every issue
 * when they are not valid.
 */
export function readPayments(payments: unknown): PaymentData {
  // The reader is the payments schema without zod (tests/revolving-fund/input-reader.test.ts).
  return readThrough(payments, readPaymentsFast, readPaymentsInput, 'payments', 'payments');
}
