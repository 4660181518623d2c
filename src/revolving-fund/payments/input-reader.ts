import {
  arrayField,
  dateField,
  objectField,
  type Report,
  readWith,
  wholeField,
} from '../../_internal/mirror-fields.js';
import type { SafeParseResult } from '../../core/index.js';
import { revolvingFundPaymentMessages } from './messages.js';

// `ScheduleInputSchema` and the payments list (`PaymentSchema` items) read without zod, for the
// payment and arrears stages' own path (issue 11: an `assessLoan` bundle then carries no zod). The
// same output and the same issues in the same order as `safeParseWith(schema, value, { catalog:
// revolvingFundPaymentMessages, path })`: tests/revolving-fund/input-reader.test.ts proves it on
// arbitrary input. Extra fields are dropped, as the schemas' (non-strict) objects drop them.

const MAX_INSTALMENTS = 10_000;
const MAX_PAYMENTS = 1_000_000;
const NONE = Number.POSITIVE_INFINITY;

/** A schedule as `ScheduleInputSchema` outputs it. */
export interface ReadScheduleInput {
  instalments: {
    number: number;
    dueOn: string;
    principal: number;
    interest: number;
    total: number;
  }[];
}

/** A payment as `PaymentSchema` outputs it. */
export interface ReadPayment {
  paidOn: string;
  amount: number;
}

/** Reads a schedule as `ScheduleInputSchema` does. */
export function readScheduleInput(value: unknown): SafeParseResult<ReadScheduleInput> {
  return readWith((report) => scheduleOf(value, report), {}, revolvingFundPaymentMessages);
}

/** Reads a payments list as `zm.array(PaymentSchema)` (at most 1,000,000) does, under `payments`. */
export function readPaymentsInput(value: unknown): SafeParseResult<ReadPayment[]> {
  return readWith(
    (report) =>
      arrayField(value, ['payments'], 0, MAX_PAYMENTS, (v, at) => paymentOf(v, at, report), report),
    {},
    revolvingFundPaymentMessages,
    ['payments'],
  ) as SafeParseResult<ReadPayment[]>;
}

function scheduleOf(value: unknown, report: Report): ReadScheduleInput {
  const o = objectField(value, [], report);
  if (o === undefined) return { instalments: [] };
  const list = arrayField(
    o.instalments,
    ['instalments'],
    1,
    MAX_INSTALMENTS,
    (v, at) => instalmentOf(v, at, report),
    report,
  );
  return { instalments: list as ReadScheduleInput['instalments'] };
}

function instalmentOf(v: unknown, at: (string | number)[], report: Report): unknown {
  const o = objectField(v, at, report);
  if (o === undefined) return v;
  const { number, dueOn, principal, interest, total } = o;
  wholeField(number, [...at, 'number'], 1, NONE, report);
  dateField(dueOn, [...at, 'dueOn'], report);
  wholeField(principal, [...at, 'principal'], 0, NONE, report);
  wholeField(interest, [...at, 'interest'], 0, NONE, report);
  wholeField(total, [...at, 'total'], 0, NONE, report);
  return { number, dueOn, principal, interest, total };
}

function paymentOf(v: unknown, at: (string | number)[], report: Report): unknown {
  const o = objectField(v, at, report);
  if (o === undefined) return v;
  const { paidOn, amount } = o;
  dateField(paidOn, [...at, 'paidOn'], report);
  wholeField(amount, [...at, 'amount'], 0, NONE, report);
  return { paidOn, amount };
}
