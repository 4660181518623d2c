import { memoize } from '../../_internal/memo.js';
import { scheduleKit } from './kit.js';
import { readMessageOptions } from '../../_internal/message-options.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import * as zm from 'zod/mini';
import { whole } from '../../_internal/mini-fields.js';
import { RateMini, RoundingModeMini } from '../../_internal/core-mini.js';
import { exactPeriodicRate, type RateTargetMini } from '../../_internal/periodic-rate.js';
import { readYmd } from '../../_internal/days.js';
import { readLoan } from './loan-reader.js';
import {
  type Fraction,
  type Issue,
  type MessageOptions,
  type RoundingMode,
  type SafeParseResult,
  createIssue,
} from '../../core/index.js';
import { scheduleStageMessages } from './messages.js';
import { checkFirstDue, loanHeadShape, MAX_PRINCIPAL } from './loan-head.js';

const MESSAGE_KEYS = optionKeys<MessageOptions>()({ locale: true, messages: true });

import {
  FREQUENCIES,
  type Frequency,
  INTEREST_GRACE_TREATMENTS,
  INTEREST_METHODS,
  type InterestMethod,
} from './loan-values.js';

/** The longest schedule accepted (1,000 instalments: 19 years of weekly instalments). */
const MAX_TENOR = 1000;

/**
 * Schema of a loan as {@link buildSchedule} reads it.
 *
 * - `principal`: whole rupiah, 1 .. 10^15.
 * - `disbursedOn`, optional `firstDueOn`: `YYYY-MM-DD`; `firstDueOn` may not be before `disbursedOn`.
 * - `tenor`: number of instalments, 1 .. 1,000.
 * - `frequency`: {@link Frequency}.
 * - `interest`: `{ method, rate }` with the core `Rate` (`{ percent: '1.5', per: 'month' }`).
 * - `grace` (optional): `{ principalPeriods, interestPeriods, interest }`, periods default 0: in the
 *   first `principalPeriods` instalments no principal is due; in the first `interestPeriods`
 *   instalments no interest is due. `interest` says what becomes of the interest of those periods:
 *   `'deferred'` (default, Apache Fineract's "grace on interest payment") accrues it and adds it to
 *   the first instalment after the grace; `'waived'` ("grace on interest charged") never charges it.
 * - `principalEvery` (optional, default 1): principal falls due every k-th instalment after the
 *   principal grace (and always in the last one), interest every instalment: the seasonal products of
 *   SPP (jasa monthly, pokok every 4 months: `principalEvery: 4`). Flat and declining only.
 * - `rounding` (optional): `{ unit, mode }`, default `{ unit: 1, mode: 'half-up' }`.
 *
 * @category Schedules
 * @example
 * LoanSchema.safeParse({ principal: 1_000_000, disbursedOn: '2024-01-31', tenor: 10,
 *   frequency: 'monthly', interest: { method: 'flat', rate: { percent: '1.2', per: 'month' } },
 *   principalEvery: 5 }).success
 * //=> true
 */
// A pure IIFE: a bundle that does not use the schema drops it (and zod with it, issue 11).
export const LoanSchema = /* @__PURE__ */ (() =>
  zm
    .strictObject({
      ...loanHeadShape(),
      tenor: whole(1, MAX_TENOR),
      frequency: zm.enum(FREQUENCIES),
      interest: zm.strictObject({
        method: zm.enum(INTEREST_METHODS),
        rate: RateMini,
      }),
      grace: zm.optional(
        zm.strictObject({
          principalPeriods: zm._default(whole(0, MAX_TENOR), 0),
          interestPeriods: zm._default(whole(0, MAX_TENOR), 0),
          interest: zm._default(zm.enum(INTEREST_GRACE_TREATMENTS), 'deferred'),
        }),
      ),
      principalEvery: zm.optional(whole(1, MAX_TENOR)),
      rounding: zm.optional(
        zm.strictObject({
          unit: zm._default(whole(1, 1_000_000_000), 1),
          mode: zm._default(RoundingModeMini, 'half-up'),
        }),
      ),
    })
    .check(
      zm.meta({
        id: 'RevolvingFundLoan',
        description: 'A revolving-fund loan to build a schedule for',
      }),
    ))();

/**
 * A loan as a user writes it (the input of {@link LoanSchema}).
 *
 * @category Schedules
 */
export type Loan = zm.input<typeof LoanSchema>;

/**
 * A loan after parsing: defaults filled in.
 *
 * @category Schedules
 */
export type ParsedLoan = zm.output<typeof LoanSchema>;

/** The loan in the form the schedule builder computes with. */
export interface LoanPlan {
  readonly principal: number;
  /** Base date [y, m, d] and whether it is the first due date (offset k - 1) or the disbursement (k). */
  readonly base: readonly [number, number, number];
  readonly baseIsFirstDue: boolean;
  readonly tenor: number;
  readonly frequency: Frequency;
  readonly method: InterestMethod;
  /** Periodic rate as an exact fraction a / b. */
  readonly rate: PeriodicRate;
  readonly principalGrace: number;
  readonly interestGrace: number;
  /** Interest of the interest-grace instalments is added to the first one after (else waived). */
  readonly deferInterest: boolean;
  readonly principalEvery: number;
  readonly unit: number;
  readonly mode: RoundingMode;
}

/**
 * The instalment period a rate is converted to (simple conversion, as programme rates are quoted):
 * a month-quoted rate x1, x2, x3, x6 for monthly, every-2-months, quarterly, semiannual; a year-quoted
 * rate / 12 per month; weekly = annual / 52 = monthly x 12 / 52.
 */
const TARGET: Record<Frequency, RateTargetMini> = {
  weekly: 'week',
  monthly: 'month',
  'every-2-months': { months: 2 },
  quarterly: { months: 3 },
  semiannual: { months: 6 },
};

/** A periodic rate as an exact fraction, with safe-integer copies when both parts fit. */
export interface PeriodicRate {
  readonly fraction: Fraction;
  readonly a: number;
  readonly b: number;
  /** Numerator and denominator are safe integers (`a`, `b` are exact). */
  readonly small: boolean;
}

const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * Periodic rates in a memo table (_internal/memo.ts): a portfolio uses a handful of rates. `null` for a
 * rate `RateSchema` refuses (the fast reader then leaves the loan to the schema).
 */
const rateFor: (percent: unknown, per: unknown, frequency: Frequency) => PeriodicRate | null =
  memoize(
    computeRate,
    (percent, per, frequency) => `${typeof percent}:${String(percent)}|${String(per)}|${frequency}`,
  );

function computeRate(percent: unknown, per: unknown, frequency: Frequency): PeriodicRate | null {
  const fraction = exactPeriodicRate(percent, per, TARGET[frequency]);
  if (fraction === undefined) return null;
  const small = fraction.numerator <= LIMIT && fraction.denominator <= LIMIT;
  return Object.freeze({
    fraction,
    a: small ? Number(fraction.numerator) : 0,
    b: small ? Number(fraction.denominator) : 1,
    small,
  });
}

const LOAN_KEYS: ReadonlySet<string> = new Set([
  'principal',
  'disbursedOn',
  'firstDueOn',
  'tenor',
  'frequency',
  'interest',
  'grace',
  'principalEvery',
  'rounding',
]);

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function onlyKeys(o: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  // for-in also sees inherited enumerable keys: such an object takes the schema path, which decides.
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

const INTEREST_KEYS = new Set(['method', 'rate']);
const RATE_KEYS = new Set(['percent', 'per']);
const GRACE_KEYS = new Set(['principalPeriods', 'interestPeriods', 'interest']);
const ROUNDING_KEYS = new Set(['unit', 'mode']);

/** A date the fast path reads: absent (when `optional`) or a valid `YYYY-MM-DD` string. */
const isFastDate = (v: unknown, optional: boolean): boolean =>
  (optional && v === undefined) || (typeof v === 'string' && readYmd(v) !== undefined);

/** The fast path's interest, or null when it is not an ordinary valid one. */
function readFastInterest(interest: unknown, frequency: Frequency): ParsedLoan['interest'] | null {
  if (!isPlain(interest) || !onlyKeys(interest, INTEREST_KEYS)) return null;
  if (!(INTEREST_METHODS as readonly unknown[]).includes(interest.method)) return null;
  const rate = interest.rate;
  if (!isPlain(rate) || !onlyKeys(rate, RATE_KEYS)) return null;
  if (typeof rate.percent !== 'number' && typeof rate.percent !== 'string') return null;
  if (rate.per !== 'month' && rate.per !== 'year' && rate.per !== 'week') return null;
  // Validates the percentage exactly as the schema does.
  if (rateFor(rate.percent, rate.per, frequency) === null) return null;
  return {
    method: interest.method as InterestMethod,
    rate: { percent: rate.percent, per: rate.per },
  };
}

/** The fast path's grace: undefined when absent, null when not an ordinary valid one. */
function readFastGrace(grace: unknown): ParsedLoan['grace'] | null {
  if (grace === undefined) return undefined;
  if (!isPlain(grace) || !onlyKeys(grace, GRACE_KEYS)) return null;
  const pp = grace.principalPeriods ?? 0;
  const ip = grace.interestPeriods ?? 0;
  const treatment = grace.interest ?? 'deferred';
  if (!isInt(pp, 0, MAX_TENOR) || !isInt(ip, 0, MAX_TENOR)) return null;
  if (treatment !== 'deferred' && treatment !== 'waived') return null;
  return { principalPeriods: pp, interestPeriods: ip, interest: treatment };
}

/** The fast path's rounding: undefined when absent, null when not an ordinary valid one. */
function readFastRounding(rounding: unknown): ParsedLoan['rounding'] | null {
  if (rounding === undefined) return undefined;
  if (!isPlain(rounding) || !onlyKeys(rounding, ROUNDING_KEYS)) return null;
  const unit = rounding.unit ?? 1;
  const mode = rounding.mode ?? 'half-up';
  if (!isInt(unit, 1, 1_000_000_000)) return null;
  if (mode !== 'half-up' && mode !== 'half-even' && mode !== 'up' && mode !== 'down') return null;
  return { unit, mode };
}

/**
 * The fast path: reads an ordinary, valid loan without zod. Returns undefined for anything unusual
 * (the caller then parses with {@link LoanSchema}, which reports every issue).
 */
export function readLoanFast(loan: unknown): ParsedLoan | undefined {
  if (!isPlain(loan) || !onlyKeys(loan, LOAN_KEYS)) return undefined;
  const {
    principal,
    disbursedOn,
    firstDueOn,
    tenor,
    frequency,
    interest,
    grace,
    principalEvery,
    rounding,
  } = loan;
  if (!isInt(principal, 1, MAX_PRINCIPAL) || !isInt(tenor, 1, MAX_TENOR)) return undefined;
  if (!isFastDate(disbursedOn, false) || !isFastDate(firstDueOn, true)) return undefined;
  if (!(FREQUENCIES as readonly unknown[]).includes(frequency)) return undefined;
  const i = readFastInterest(interest, frequency as Frequency);
  if (i === null) return undefined;
  const g = readFastGrace(grace);
  if (g === null) return undefined;
  if (principalEvery !== undefined && !isInt(principalEvery, 1, MAX_TENOR)) return undefined;
  const r = readFastRounding(rounding);
  if (r === null) return undefined;
  const out: ParsedLoan = {
    principal,
    disbursedOn: disbursedOn as string,
    tenor,
    frequency: frequency as Frequency,
    interest: i,
  };
  if (firstDueOn !== undefined) out.firstDueOn = firstDueOn as string;
  if (g !== undefined) out.grace = g;
  if (principalEvery !== undefined) out.principalEvery = principalEvery as number;
  if (r !== undefined) out.rounding = r;
  return out;
}

/** Checks that need more than one field, as issues. */
function crossFieldIssues(loan: ParsedLoan, options: MessageOptions): Issue[] {
  const issues: Issue[] = [];
  const catalog = scheduleStageMessages;
  const pg = loan.grace?.principalPeriods ?? 0;
  const ig = loan.grace?.interestPeriods ?? 0;
  if (pg >= loan.tenor) {
    issues.push(
      createIssue(
        'principal_grace_too_long',
        ['grace', 'principalPeriods'],
        { grace: pg, tenor: loan.tenor },
        options,
        catalog,
      ),
    );
  }
  if (ig > loan.tenor) {
    issues.push(
      createIssue(
        'interest_grace_too_long',
        ['grace', 'interestPeriods'],
        { grace: ig, tenor: loan.tenor },
        options,
        catalog,
      ),
    );
  }
  checkFirstDue(loan, options, issues);
  if (loan.interest.method === 'annuity' && (loan.principalEvery ?? 1) > 1) {
    issues.push(
      createIssue('seasonal_annuity_unsupported', ['principalEvery'], {}, options, catalog),
    );
  }
  return issues;
}

/**
 * Checks a loan without throwing: `{ success: true, data }` with defaults filled in, or every issue
 * found (field issues first, then cross-field ones such as a principal grace as long as the tenor).
 *
 * @category Schedules
 * @example
 * safeParseLoan({ principal: 1_000_000, disbursedOn: '2024-01-31', tenor: 0, frequency: 'monthly',
 *   interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } } }).success
 * //=> false
 */
export function safeParseLoan(
  loan: unknown,
  options: MessageOptions = {},
): SafeParseResult<ParsedLoan> {
  checkOptionKeys(options, MESSAGE_KEYS, 'safeParseLoan');
  const opts = readMessageOptions(options);
  // An ordinary valid loan takes the fast path (tests/shape/agreement.test.ts); any other is read by
  // the reader that is LoanSchema without zod (tests/revolving-fund/loan-reader.test.ts).
  const fast = safeRead(loan);
  const parsed =
    fast !== undefined
      ? ({ success: true, data: fast } as const)
      : (readLoan(loan, opts) as SafeParseResult<ParsedLoan>);
  if (!parsed.success) return parsed;
  const issues = crossFieldIssues(parsed.data, opts);
  return issues.length > 0 ? { success: false, issues } : parsed;
}

function safeRead(loan: unknown): ParsedLoan | undefined {
  try {
    return readLoanFast(loan);
  } catch {
    return undefined;
  }
}

/**
 * Parses a loan, throwing a {@link ValidationError} that lists every issue, in English and Indonesian.
 *
 * @category Schedules
 * @throws {@link ValidationError} when the loan is not valid (see {@link LoanSchema}).
 * @example
 * parseLoan({ principal: 1_000_000, disbursedOn: '2024-01-31', tenor: 3, frequency: 'monthly',
 *   interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } } }).tenor
 * //=> 3
 */
export function parseLoan(loan: unknown, options: MessageOptions = {}): ParsedLoan {
  checkOptionKeys(options, MESSAGE_KEYS, 'parseLoan');
  return scheduleKit.orThrow(safeParseLoan(loan, options), options);
}

/** Parses and converts a loan to the plan the builder computes with. */
export function planLoan(loan: unknown): LoanPlan {
  const fast = safeRead(loan);
  const parsed = fast !== undefined && crossFieldOk(fast) ? fast : parseLoan(loan);
  const rate = rateFor(
    parsed.interest.rate.percent,
    parsed.interest.rate.per,
    parsed.frequency,
  ) as PeriodicRate; // the schema accepted the rate
  const base = readYmd(parsed.firstDueOn ?? parsed.disbursedOn) as [number, number, number];
  return {
    principal: parsed.principal,
    base,
    baseIsFirstDue: parsed.firstDueOn !== undefined,
    tenor: parsed.tenor,
    frequency: parsed.frequency,
    method: parsed.interest.method,
    rate,
    principalGrace: parsed.grace?.principalPeriods ?? 0,
    interestGrace: parsed.grace?.interestPeriods ?? 0,
    deferInterest: (parsed.grace?.interest ?? 'deferred') === 'deferred',
    principalEvery: parsed.principalEvery ?? 1,
    unit: parsed.rounding?.unit ?? 1,
    mode: parsed.rounding?.mode ?? 'half-up',
  };
}

/**
 * The cross-field rules, derived from {@link crossFieldIssues} (one definition of the rules): it builds
 * an issue only for a rule that fails, so on a valid loan this costs the same checks and no issue.
 */
function crossFieldOk(loan: ParsedLoan): boolean {
  return crossFieldIssues(loan, {}).length === 0;
}
