import * as z from 'zod';
import {
  type DecimalFraction,
  decimalFraction,
  decimalText,
  lowestDecimalTerms,
} from '../../_internal/decimal-fraction.js';
import { divRoundBig } from '../../_internal/int-division.js';
import {
  createIssue,
  type Issue,
  type MessageOptions,
  periodicRateFraction,
  renderBoth,
  type Rupiah,
  safeParseWith,
} from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { readMessageOptions } from '../../_internal/message-options.js';
import { type FlatTotalLoan, type Loan, parseFlatTotalLoan, parseLoan } from '../schedule/index.js';
import { isFlatTotalLoan } from '../schedule/internal.js';
import { type LoanTerms, type LoanTermsPresetName, resolveLoanTerms } from './loan-terms.js';
import { type LoanTermsIssueCode, loanTermsMessages } from './messages.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * One member's part of a KSM loan, for the per-member caps.
 *
 * @category Loan terms
 */
export interface LoanTermsMember {
  /** The member's identifier (a NIK is never echoed in messages). */
  readonly memberId: string;
  /** The member's amount of this loan, whole rupiah. */
  readonly amount: Rupiah;
  /** 1 for the member's first loan, 2 for the second, ... */
  readonly loanNumber: number;
}

/**
 * What {@link checkLoanTerms} checks: the loan (a {@link Loan} or a {@link FlatTotalLoan}), and
 * optionally its members and its group. Rules whose data is missing are listed in `unchecked`.
 *
 * @category Loan terms
 */
export interface LoanTermsApplication {
  /** The loan as {@link buildSchedule} takes it. */
  readonly loan: Loan | FlatTotalLoan;
  /** The members' parts (their amounts should add up to the principal). */
  readonly members?: readonly LoanTermsMember[] | undefined;
  /** The borrowing group (KSM). */
  readonly group?:
    | {
        /** Number of members (default: the length of `members`). */
        readonly memberCount?: number | undefined;
        /** A signed joint-liability (tanggung renteng) statement exists. */
        readonly jointLiability?: boolean | undefined;
        /** Months the group has saved together. */
        readonly savingsMonths?: number | undefined;
      }
    | undefined;
}

const ApplicationSchema = z.object({
  loan: z.unknown(),
  members: z
    .array(
      z.object({
        memberId: z.string().min(1).max(100),
        amount: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
        loanNumber: z.int().min(1).max(1000),
      }),
    )
    .max(1000)
    .optional(),
  group: z
    .object({
      memberCount: z.int().min(0).max(100_000).optional(),
      jointLiability: z.boolean().optional(),
      savingsMonths: z.int().min(0).max(1200).optional(),
    })
    .optional(),
});

/**
 * A breach of the terms: an issue (code, path, params, message in the call's locale) with its message
 * in both languages.
 *
 * @category Loan terms
 */
export interface LoanTermsReason extends Issue<LoanTermsIssueCode> {
  /** The message in Indonesian and English. */
  readonly messages: { readonly id: string; readonly en: string };
}

/**
 * The result of {@link checkLoanTerms}.
 *
 * @category Loan terms
 */
export interface LoanTermsCheck {
  /** The terms checked against. */
  readonly termsId: string;
  /** `true` when no rule is breached (rules in `unchecked` were not evaluated). */
  readonly conforms: boolean;
  /** Every breach, in the order: amounts, tenor, jasa, repayment, group. */
  readonly reasons: readonly LoanTermsReason[];
  /** Rules not evaluated because the application lacks their data (`'group.jointLiabilityRequired'`). */
  readonly unchecked: readonly string[];
  /** What was measured on the loan, as exact decimal strings (repeating decimals cut to 6 places). */
  readonly measured: {
    readonly principal: Rupiah;
    readonly tenorMonths: string;
    readonly monthsBetweenPayments: string;
    readonly jasaPercentPerMonth: string;
    readonly jasaMethod: string;
  };
}

/**
 * Options of {@link checkLoanTerms}.
 *
 * @category Loan terms
 */
export interface CheckLoanTermsOptions extends MessageOptions {}

interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

const MONTHS: Record<string, Frac> = {
  weekly: { n: 12n, d: 52n },
  monthly: { n: 1n, d: 1n },
  'every-2-months': { n: 2n, d: 1n },
  quarterly: { n: 3n, d: 1n },
  semiannual: { n: 6n, d: 1n },
};

const cmp = (a: Frac, b: Frac): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const fromDecimal = (v: number | string): Frac => {
  const f = decimalFraction(v) as DecimalFraction; // a schema accepted it
  return { n: f.numerator, d: f.denominator };
};
/** A non-negative fraction rounded half-up to 6 decimal places, written without trailing zeros. */
const show = (f: Frac): string => {
  return decimalText(lowestDecimalTerms(divRoundBig(f.n * 1_000_000n, f.d, 'half-up'), 1_000_000n));
};

interface Measured {
  principal: number;
  tenorMonths: Frac;
  between: Frac;
  percentPerMonth: Frac;
  method: string;
  grace: boolean;
}

function measure(loan: unknown): Measured {
  if (isFlatTotalLoan(loan)) {
    const l = parseFlatTotalLoan(loan);
    const k = typeof l.frequency === 'string' ? MONTHS[l.frequency] : undefined;
    const between = k ?? { n: BigInt((l.frequency as { months: number }).months), d: 1n };
    const pct = fromDecimal(l.interest.rate.percent);
    return {
      principal: l.principal,
      tenorMonths: { n: BigInt(l.termMonths), d: 1n },
      between,
      percentPerMonth: { n: pct.n, d: pct.d * BigInt(l.termMonths) },
      method: 'flat-total',
      grace: false,
    };
  }
  const l = parseLoan(loan);
  const between = MONTHS[l.frequency] as Frac;
  const rate = periodicRateFraction(l.interest.rate, 'month');
  return {
    principal: l.principal,
    tenorMonths: { n: between.n * BigInt(l.tenor), d: between.d },
    between,
    percentPerMonth: { n: rate.numerator * 100n, d: rate.denominator },
    method: l.interest.method,
    grace:
      (l.grace?.principalPeriods ?? 0) > 0 ||
      (l.grace?.interestPeriods ?? 0) > 0 ||
      (l.principalEvery ?? 1) > 1,
  };
}

const CHECK_LOAN_TERMS_KEYS = optionKeys<CheckLoanTermsOptions>()({ locale: true, messages: true });

/**
 * Checks a loan against a program's loan terms: amount caps (per member: first loan, repeat loans,
 * number of loans; the whole loan), tenor range, jasa method and rate, repayment frequency and grace,
 * and the group requirements (size, joint liability, savings). Every breach is a reason with its
 * message in Indonesian and English; a conforming loan has no reasons. A rule whose data the
 * application lacks (no group given) is listed in `unchecked`, never silently passed.
 *
 * How the loan is measured, exactly (fractions, no floats):
 * - tenor in months = instalments x months between them (a week is 12/52 month); a flat-total loan's
 *   tenor is its `termMonths`;
 * - jasa per month = the quoted rate converted to a month (18% a year = 1.5%); a flat-total loan's
 *   total percentage divided by its term in months (18% over 12 months = 1.5%);
 * - a grace period is any principal or interest grace, or principal not in every instalment
 *   (`principalEvery > 1`).
 *
 * @category Loan terms
 * @throws {@link ValidationError} when the application or its loan is not valid.
 * @throws {@link ConfigurationError} when the terms are not valid or the preset name is unknown.
 * @example
 * const r = checkLoanTerms({
 *   loan: { principal: 6_000_000, disbursedOn: '2024-01-15', tenor: 18, frequency: 'monthly',
 *     interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } } },
 *   members: [{ memberId: 'A-01', amount: 1_500_000, loanNumber: 1 }],
 *   group: { memberCount: 4, jointLiability: true, savingsMonths: 3 },
 * }, 'upk-perkotaan');
 * r.reasons.map((x) => x.code)
 * //=> ['terms_first_loan_above_max', 'terms_member_amounts_mismatch', 'terms_tenor_above_max',
 * //    'terms_group_too_small']
 */
export function checkLoanTerms(
  application: LoanTermsApplication,
  terms: LoanTerms | LoanTermsPresetName,
  options: CheckLoanTermsOptions = {},
): LoanTermsCheck {
  checkOptionKeys(options, CHECK_LOAN_TERMS_KEYS, 'checkLoanTerms');
  const t = resolveLoanTerms(terms);
  const opts = readMessageOptions(options);
  const app = readApplication(application, opts);
  const m = measure(app.loan);
  const reasons: LoanTermsReason[] = [];
  const unchecked: string[] = [];
  const reason: Reason = (code, path, params = {}) => {
    const issue = createIssue(code, path, params, opts, loanTermsMessages);
    reasons.push({ ...issue, messages: renderBoth(issue, loanTermsMessages) });
  };
  const check: TermsCheck = { terms: t, app, m, reason, unchecked };
  checkAmounts(check);
  checkTenorAndJasa(check);
  checkRepayment(check);
  checkGroup(check);
  return {
    termsId: t.id,
    conforms: reasons.length === 0,
    reasons,
    unchecked,
    measured: {
      principal: m.principal,
      tenorMonths: show(m.tenorMonths),
      monthsBetweenPayments: show(m.between),
      jasaPercentPerMonth: show(m.percentPerMonth),
      jasaMethod: m.method,
    },
  };
}

type Application = z.output<typeof ApplicationSchema>;

type Reason = (
  code: LoanTermsIssueCode,
  path: (string | number)[],
  params?: Record<string, unknown>,
) => void;

/** One check in progress: the terms, the application, the loan measured and where findings go. */
interface TermsCheck {
  readonly terms: LoanTerms;
  readonly app: Application;
  readonly m: Measured;
  readonly reason: Reason;
  readonly unchecked: string[];
}

function readApplication(
  application: unknown,
  opts: ReturnType<typeof readMessageOptions>,
): Application {
  const parsed = safeParseWith(ApplicationSchema, application, {
    ...opts,
    catalog: loanTermsMessages,
  });
  if (parsed.success) return parsed.data;
  throw invalid(parsed.issues, 'loan application', {
    locale: opts.locale,
    catalog: loanTermsMessages,
  });
}

/** `value` is below a limit that is set. */
const below = (value: Frac, limit: number | string | undefined): boolean =>
  limit !== undefined && cmp(value, fromDecimal(limit)) < 0;
/** `value` is above a limit that is set. */
const above = (value: Frac, limit: number | string | undefined): boolean =>
  limit !== undefined && cmp(value, fromDecimal(limit)) > 0;

/** The whole loan's cap and every member's (first loan, repeat loans, number of loans). */
function checkAmounts({ terms, app, m, reason, unchecked }: TermsCheck): void {
  const a = terms.amount;
  if (a.maxPrincipal !== undefined && m.principal > a.maxPrincipal) {
    reason('terms_principal_above_max', ['loan', 'principal'], {
      principal: m.principal,
      maximum: a.maxPrincipal,
    });
  }
  const perMember =
    a.firstLoanMaxPerMember !== undefined ||
    a.repeatLoanMaxPerMember !== undefined ||
    a.maxLoansPerMember !== undefined;
  if (app.members === undefined) {
    if (perMember) unchecked.push('amount (per member)');
    return;
  }
  let sum = 0;
  app.members.forEach((mem, i) => {
    sum += mem.amount;
    const first = mem.loanNumber === 1;
    const cap = first ? a.firstLoanMaxPerMember : a.repeatLoanMaxPerMember;
    if (cap !== undefined && mem.amount > cap) {
      reason(
        first ? 'terms_first_loan_above_max' : 'terms_repeat_loan_above_max',
        ['members', i, 'amount'],
        { memberId: mem.memberId, amount: mem.amount, maximum: cap },
      );
    }
    if (a.maxLoansPerMember !== undefined && mem.loanNumber > a.maxLoansPerMember) {
      reason('terms_too_many_loans', ['members', i, 'loanNumber'], {
        memberId: mem.memberId,
        loanNumber: mem.loanNumber,
        maximum: a.maxLoansPerMember,
      });
    }
  });
  if (app.members.length > 0 && sum !== m.principal) {
    reason('terms_member_amounts_mismatch', ['members'], { sum, principal: m.principal });
  }
}

/** The tenor range, the jasa method and the jasa rate range. */
function checkTenorAndJasa({ terms, m, reason }: TermsCheck): void {
  const { tenor, jasa } = terms;
  const tenorMonths = show(m.tenorMonths);
  if (below(m.tenorMonths, tenor.minMonths)) {
    reason('terms_tenor_below_min', ['loan'], { tenorMonths, minimum: tenor.minMonths });
  }
  if (above(m.tenorMonths, tenor.maxMonths)) {
    reason('terms_tenor_above_max', ['loan'], { tenorMonths, maximum: tenor.maxMonths });
  }
  if (jasa.methods !== undefined && !(jasa.methods as readonly string[]).includes(m.method)) {
    reason('terms_jasa_method_not_allowed', ['loan', 'interest', 'method'], {
      method: m.method,
      allowed: jasa.methods,
    });
  }
  const percentPerMonth = show(m.percentPerMonth);
  const path = ['loan', 'interest', 'rate'];
  if (below(m.percentPerMonth, jasa.minPercentPerMonth)) {
    reason('terms_jasa_below_min', path, {
      percentPerMonth,
      minimum: String(jasa.minPercentPerMonth),
    });
  }
  if (above(m.percentPerMonth, jasa.maxPercentPerMonth)) {
    reason('terms_jasa_above_max', path, {
      percentPerMonth,
      maximum: String(jasa.maxPercentPerMonth),
    });
  }
}

/** Months between payments and grace. */
function checkRepayment({ terms, m, reason }: TermsCheck): void {
  const r = terms.repayment;
  if (above(m.between, r.maxMonthsBetweenPayments)) {
    reason('terms_payments_too_far_apart', ['loan', 'frequency'], {
      months: show(m.between),
      maximum: r.maxMonthsBetweenPayments,
    });
  }
  if (!r.graceAllowed && m.grace) reason('terms_grace_not_allowed', ['loan', 'grace']);
}

/** Group size, joint liability and savings; a rule whose data is missing is listed as unchecked. */
function checkGroup({ terms, app, reason, unchecked }: TermsCheck): void {
  const g = terms.group;
  const count = app.group?.memberCount ?? app.members?.length;
  if (g.minMembers !== undefined || g.maxMembers !== undefined) {
    if (count === undefined) unchecked.push('group.minMembers / maxMembers');
    else if (g.minMembers !== undefined && count < g.minMembers) {
      reason('terms_group_too_small', ['group', 'memberCount'], {
        members: count,
        minimum: g.minMembers,
      });
    } else if (g.maxMembers !== undefined && count > g.maxMembers) {
      reason('terms_group_too_large', ['group', 'memberCount'], {
        members: count,
        maximum: g.maxMembers,
      });
    }
  }
  if (g.jointLiabilityRequired) {
    const jl = app.group?.jointLiability;
    if (jl === undefined) unchecked.push('group.jointLiabilityRequired');
    else if (!jl) reason('terms_joint_liability_missing', ['group', 'jointLiability']);
  }
  if (g.minSavingsMonths !== undefined) {
    const months = app.group?.savingsMonths;
    if (months === undefined) unchecked.push('group.minSavingsMonths');
    else if (months < g.minSavingsMonths) {
      reason('terms_savings_too_short', ['group', 'savingsMonths'], {
        savingsMonths: months,
        minimum: g.minSavingsMonths,
      });
    }
  }
}
