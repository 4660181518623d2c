import { scheduleKit } from './kit.js';
import * as zm from 'zod/mini';
import { exactFraction } from '../../_internal/exact-decimal.js';
import { whole } from '../../_internal/mini-fields.js';
import { PercentMini, RoundingModeMini } from '../../_internal/core-mini.js';
import { addMonthsYmd, formatYmd, readYmd } from '../../_internal/days.js';
import { divRoundBig, mulDivRound } from '../../_internal/int-division.js';
import {
  createIssue,
  type Issue,
  type MessageOptions,
  type SafeParseResult,
} from '../../core/index.js';
import { readFlatTotalLoan } from './flat-total-reader.js';
import type { Instalment, Schedule } from './schedule-types.js';
import {
  FieldSoftwareUnitSchema,
  fieldSoftwareRoundWhole,
  readFieldSoftwareUnit,
} from './field-software-rounding.js';
import { readMessageOptions } from '../../_internal/message-options.js';
import { scheduleStageMessages } from './messages.js';
import { checkFirstDue, loanHeadShape } from './loan-head.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * How often a flat-total loan's payments fall: a named period or every k months.
 *
 * @category Schedules
 */
export type FlatTotalFrequency =
  | 'monthly'
  | 'every-2-months'
  | 'quarterly'
  | 'semiannual'
  | { readonly months: number };

const NAMED_MONTHS = {
  monthly: 1,
  'every-2-months': 2,
  quarterly: 3,
  semiannual: 6,
} as const;

const MAX_TERM_MONTHS = 1200;

/**
 * Schema of a loan whose jasa is a total percentage of the principal over the whole term, charged flat
 * (`interest: { method: 'flat-total', rate: { percent: '18', per: 'term' } }`: 18% over the term), as
 * the UPK field software books it. {@link buildSchedule} takes such a loan as well as a {@link Loan}.
 *
 * - `principal`: whole rupiah, 1 .. 10^15.
 * - `disbursedOn`, optional `firstDueOn`: `YYYY-MM-DD`; `firstDueOn` may not be before `disbursedOn`.
 * - `termMonths`: the term in months, 1 .. 1,200.
 * - `frequency`: `'monthly' | 'every-2-months' | 'quarterly' | 'semiannual'` or `{ months: k }`;
 *   the number of payments is floor(termMonths / k), at least 1.
 * - `rounding` (optional): `{ target: 'parts', unit, mode }` (default `{ target: 'parts', unit: 1,
 *   mode: 'half-up' }`): principal and jasa parts each rounded correctly to the unit; or
 *   `{ target: 'field-software', unit }` with `unit` `500`, `'+500'` or `'-500'`: the field software's
 *   own arithmetic, quirks included (see {@link roundFieldSoftware}).
 *
 * @category Schedules
 * @example
 * FlatTotalLoanSchema.safeParse({ principal: 1_000_000, disbursedOn: '2024-01-15', termMonths: 12,
 *   frequency: 'monthly', interest: { method: 'flat-total', rate: { percent: '18', per: 'term' } },
 *   rounding: { target: 'field-software', unit: 500 } }).success
 * //=> true
 */
export const FlatTotalLoanSchema = /* @__PURE__ */ (() =>
  zm
    .strictObject({
      ...loanHeadShape(),
      termMonths: whole(1, MAX_TERM_MONTHS),
      frequency: zm.union([
        zm.enum(['monthly', 'every-2-months', 'quarterly', 'semiannual']),
        zm.strictObject({ months: whole(1, MAX_TERM_MONTHS) }),
      ]),
      interest: zm.strictObject({
        method: zm.literal('flat-total'),
        rate: zm.strictObject({ percent: PercentMini, per: zm.literal('term') }),
      }),
      rounding: zm.optional(
        zm.discriminatedUnion('target', [
          zm.strictObject({
            target: zm.literal('parts'),
            unit: zm._default(whole(1, 1_000_000_000), 1),
            mode: zm._default(RoundingModeMini, 'half-up'),
          }),
          zm.strictObject({ target: zm.literal('field-software'), unit: FieldSoftwareUnitSchema }),
        ]),
      ),
    })
    .check(
      zm.meta({
        id: 'RevolvingFundFlatTotalLoan',
        description: 'A loan with jasa as a total percentage over the term, charged flat',
      }),
    ))();

/**
 * A flat-total loan as a user writes it (the input of {@link FlatTotalLoanSchema}).
 *
 * @category Schedules
 */
export type FlatTotalLoan = zm.input<typeof FlatTotalLoanSchema>;

/**
 * A flat-total loan after parsing: defaults filled in.
 *
 * @category Schedules
 */
export type ParsedFlatTotalLoan = zm.output<typeof FlatTotalLoanSchema>;

function monthsOf(frequency: ParsedFlatTotalLoan['frequency']): number {
  return typeof frequency === 'string' ? NAMED_MONTHS[frequency] : frequency.months;
}

/** Checks that need more than one field. */
function crossFieldIssues(loan: ParsedFlatTotalLoan, options: MessageOptions): Issue[] {
  const issues: Issue[] = [];
  const catalog = scheduleStageMessages;
  const months = monthsOf(loan.frequency);
  if (Math.floor(loan.termMonths / months) < 1) {
    issues.push(
      createIssue(
        'term_shorter_than_period',
        ['termMonths'],
        { termMonths: loan.termMonths, months },
        options,
        catalog,
      ),
    );
  }
  checkFirstDue(loan, options, issues);
  return issues;
}

const FLAT_TOTAL_KEYS = optionKeys<MessageOptions>()({ locale: true, messages: true });

/**
 * Checks a flat-total loan without throwing: `{ success: true, data }` with defaults filled in, or
 * every issue found (field issues first, then cross-field ones such as a term shorter than one
 * payment period).
 *
 * @category Schedules
 * @example
 * safeParseFlatTotalLoan({ principal: 1_000_000, disbursedOn: '2024-01-15', termMonths: 2,
 *   frequency: 'quarterly', interest: { method: 'flat-total', rate: { percent: 18, per: 'term' } } })
 *   .success
 * //=> false   (term_shorter_than_period: 2 months hold no quarterly payment)
 */
export function safeParseFlatTotalLoan(
  loan: unknown,
  options: MessageOptions = {},
): SafeParseResult<ParsedFlatTotalLoan> {
  checkOptionKeys(options, FLAT_TOTAL_KEYS, 'safeParseFlatTotalLoan');
  const opts = readMessageOptions(options);
  // The reader is FlatTotalLoanSchema without zod (tests/revolving-fund/loan-reader.test.ts).
  const parsed = readFlatTotalLoan(loan, opts) as SafeParseResult<ParsedFlatTotalLoan>;
  if (!parsed.success) return parsed;
  const issues = crossFieldIssues(parsed.data, opts);
  return issues.length > 0 ? { success: false, issues } : parsed;
}

/**
 * Parses a flat-total loan, throwing a {@link ValidationError} that lists every issue, in English and
 * Indonesian.
 *
 * @category Schedules
 * @throws {@link ValidationError} when the loan is not valid (see {@link FlatTotalLoanSchema}).
 * @example
 * parseFlatTotalLoan({ principal: 1_000_000, disbursedOn: '2024-01-15', termMonths: 12,
 *   frequency: { months: 4 }, interest: { method: 'flat-total', rate: { percent: 18, per: 'term' } } })
 *   .rounding
 * //=> undefined   (parts, unit 1, half-up)
 */
export function parseFlatTotalLoan(
  loan: unknown,
  options: MessageOptions = {},
): ParsedFlatTotalLoan {
  checkOptionKeys(options, FLAT_TOTAL_KEYS, 'parseFlatTotalLoan');
  return scheduleKit.orThrow(safeParseFlatTotalLoan(loan, options), options);
}

/** True when the value asks for the flat-total method (read without trusting the value). */
export function isFlatTotalLoan(loan: unknown): boolean {
  try {
    if (typeof loan !== 'object' || loan === null) return false;
    const interest = (loan as { interest?: unknown }).interest;
    return (
      typeof interest === 'object' &&
      interest !== null &&
      (interest as { method?: unknown }).method === 'flat-total'
    );
  } catch {
    return false;
  }
}

/** Jasa total J = P x percent / 100, rounded half-up to whole rupiah (exact: the percent is a decimal). */
function jasaTotal(loan: ParsedFlatTotalLoan): number {
  const P = loan.principal;
  // The schema accepted the percentage: a finite decimal.
  const { numerator, denominator } = exactFraction(loan.interest.rate.percent) as {
    numerator: bigint;
    denominator: bigint;
  };
  const jasaBig = divRoundBig(BigInt(P) * numerator, denominator * 100n, 'half-up');
  if (jasaBig + BigInt(P) > BigInt(Number.MAX_SAFE_INTEGER)) {
    scheduleKit.failWith('amount_too_large', ['principal'], { maximum: Number.MAX_SAFE_INTEGER });
  }
  return Number(jasaBig);
}

/** The level principal and jasa parts of instalments 1 .. n - 1 (the last takes what remains). */
function levelParts(loan: ParsedFlatTotalLoan, J: number, n: number): { p: number; j: number } {
  const P = loan.principal;
  const rounding = loan.rounding ?? { target: 'parts' as const, unit: 1, mode: 'half-up' as const };
  if (rounding.target === 'parts') {
    const { unit, mode } = rounding;
    return {
      p: mulDivRound(P, 1, n * unit, mode) * unit,
      j: mulDivRound(J, 1, n * unit, mode) * unit,
    };
  }
  const unit = readFieldSoftwareUnit(rounding.unit);
  const p = fieldSoftwareRoundWhole(mulDivRound(P, 1, n, 'half-up'), unit);
  const j = fieldSoftwareRoundWhole(mulDivRound(J, 1, n, 'half-up'), unit);
  // The field software gives the last instalment what remains, even below zero. A negative
  // instalment cannot be booked, so it is refused rather than silently changed.
  const lastPrincipal = P - (n - 1) * p;
  const lastInterest = J - (n - 1) * j;
  if (lastPrincipal < 0 || lastInterest < 0) {
    const part = lastPrincipal < 0 ? 'principal' : 'interest';
    scheduleKit.failWith('field_software_negative_instalment', ['rounding', 'unit'], {
      part,
      number: n,
      amount: part === 'principal' ? lastPrincipal : lastInterest,
    });
  }
  return { p, j };
}

/**
 * Builds the schedule of a flat-total loan (see {@link buildSchedule}, which calls it for a loan with
 * `interest.method: 'flat-total'`).
 */
export function buildFlatTotalSchedule(input: unknown): Schedule {
  const loan = parseFlatTotalLoan(input);
  const P = loan.principal;
  const months = monthsOf(loan.frequency);
  const n = Math.floor(loan.termMonths / months);
  const J = jasaTotal(loan);
  const { p, j } = levelParts(loan, J, n);
  const [y, m, d] = readYmd(loan.firstDueOn ?? loan.disbursedOn) as [number, number, number];
  const shift = loan.firstDueOn === undefined ? 1 : 0;
  if (addMonthsYmd(y, m, d, months * (n - 1 + shift))[0] > 9999) {
    scheduleKit.failWith('due_date_out_of_range', ['termMonths'], {});
  }
  const instalments = new Array<Instalment>(n);
  let balance = P;
  let jasaLeft = J;
  for (let k = 1; k <= n; k++) {
    // Parts rounded up can exhaust a small loan early: a part never exceeds what is left.
    const principal = k === n ? balance : Math.min(p, balance);
    const interest = k === n ? jasaLeft : Math.min(j, jasaLeft);
    balance -= principal;
    jasaLeft -= interest;
    const [dy, dm, dd] = addMonthsYmd(y, m, d, months * (k - 1 + shift));
    const total = principal + interest;
    instalments[k - 1] = {
      number: k,
      dueOn: formatYmd(dy, dm, dd),
      principal,
      interest,
      total,
      balanceAfter: balance,
    };
  }
  return { instalments, totals: { principal: P, interest: J, total: P + J } };
}
