import { addMonthsYmd, civil, epochDay, formatYmd, monthLength } from '../../_internal/days.js';
import { scheduleKit } from './kit.js';
import { buildFlatTotalSchedule, isFlatTotalLoan } from './flat-total.js';
import { mulDivRound, mulDivRoundBig } from '../../_internal/int-division.js';
import { annuityFactor, scaleByFactor } from './exact.js';
import { type LoanPlan, type PeriodicRate, planLoan } from './loan.js';
import type { Frequency } from './loan-values.js';

export type { Instalment, Schedule, ScheduleTotals } from './schedule-types.js';
import type { Instalment, Schedule } from './schedule-types.js';

const MONTHS: Record<Frequency, number> = {
  weekly: 0,
  monthly: 1,
  'every-2-months': 2,
  quarterly: 3,
  semiannual: 6,
};

/**
 * The due dates of a plan: the k-th is the base date + k periods (disbursement) or + (k - 1) periods
 * (first due date), always from the base, with end-of-month clamping; weekly is + 7k days.
 */
function dueDates(plan: LoanPlan): string[] {
  const [y, m, d] = plan.base;
  const shift = plan.baseIsFirstDue ? 0 : 1;
  const months = MONTHS[plan.frequency];
  const out = new Array<string>(plan.tenor);
  if (months === 0) {
    const e = epochDay(y, m, d);
    const [ly] = civil(e + 7 * (plan.tenor - 1 + shift));
    if (ly > 9999) dateRange();
    for (let k = 0; k < plan.tenor; k++) {
      const [ny, nm, nd] = civil(e + 7 * (k + shift));
      out[k] = formatYmd(ny, nm, nd);
    }
    return out;
  }
  const [ly] = addMonthsYmd(y, m, d, months * (plan.tenor - 1 + shift));
  if (ly > 9999) dateRange();
  // addMonthsYmd inlined (no tuple per date): base month + k periods, day clamped to the month end.
  const start = y * 12 + (m - 1);
  for (let k = 0; k < plan.tenor; k++) {
    const total = start + months * (k + shift);
    const ny = Math.floor(total / 12);
    const nm = total - ny * 12 + 1;
    const len = monthLength(ny, nm);
    out[k] = formatYmd(ny, nm, d > len ? len : d);
  }
  return out;
}

function dateRange(): never {
  return scheduleKit.failWith('due_date_out_of_range', ['tenor']);
}

/**
 * Builds the repayment schedule of a loan: due dates, principal (pokok) and interest (jasa) parts,
 * exact to the rupiah. Three interest methods, as UPK software and Apache Fineract offer them:
 *
 * - **flat**: interest each period = original principal x periodic rate (the UPK's "jasa 1,5% per
 *   bulan dari pokok", POB/Juknis Pinjaman Bergulir PNPM Mandiri Perkotaan). The instalment total
 *   P / m + I (m = number of instalments that repay principal, I = P x r already rounded to whole
 *   rupiah) is rounded to the unit with the mode; the principal part is the rounded total minus I.
 *   With the default unit 1, half-up, the principal part is P / m rounded half-up.
 * - **declining**: equal principal parts P / m, rounded to the unit with the mode; interest on the
 *   balance outstanding during the period.
 * - **annuity**: equal totals A = r P / (1 - (1 + r)^-m), computed as an exact fraction (BigInt) and
 *   rounded to the unit with the mode; interest on the outstanding balance; principal = total minus
 *   interest. With a principal grace the annuity runs over the m instalments that repay principal.
 *
 * Rounding order (`rounding: { unit, mode }`, default unit 1, half-up): every interest part is rounded
 * to whole rupiah half-up from its exact value; totals (flat, annuity) or principal parts (declining)
 * are rounded to the unit with the mode; the last instalment takes exactly the remaining principal
 * plus its own interest. A principal part is clamped to 0 .. remaining balance, so no part is ever
 * negative and the principal parts always sum exactly to the principal: with mode `'up'` and a unit
 * large against the loan, the balance runs out early and the later instalments carry interest only;
 * with mode `'down'` a rounded total below the interest carries no principal (the last instalment
 * absorbs it). Where a principal part was clamped, the total is principal + interest and need not be a
 * multiple of the unit; in grace instalments the total is the interest alone.
 *
 * The periodic rate is converted exactly from the quoted rate (core `periodicRateFraction`, simple
 * conversion): annual / 12 per month, annual / 52 per week, a monthly rate x 2, x 3, x 6 for
 * every-2-months, quarterly and semiannual instalments, and x 12 / 52 per week. 0% works for every
 * method.
 *
 * Due dates: the k-th is `disbursedOn` + k periods, or `firstDueOn` + (k - 1) periods, always counted
 * from that base date with end-of-month clamping (disbursed 2024-01-31, monthly: 2024-02-29,
 * 2024-03-31, 2024-04-30), never chained; weekly is + 7k days.
 *
 * Grace (as Apache Fineract's grace on principal and interest payment): no principal in the first
 * `grace.principalPeriods` instalments; no interest due in the first `grace.interestPeriods`. That
 * interest is accrued (each period's interest rounded as usual) and added to the first instalment
 * after the grace (`grace.interest: 'deferred'`, default; the last instalment when the grace covers
 * the whole tenor), or never charged (`'waived'`). Principal parts are computed from each
 * instalment's own interest, so a deferral changes only interest parts; with a waiver the rounded
 * total of a grace instalment is all principal. Seasonal products (SPP: jasa monthly, pokok every 4 months)
 * use `principalEvery: 4`: principal falls due every 4th instalment after the principal grace and
 * always in the last instalment.
 *
 * **flat-total** (a {@link FlatTotalLoan}, `interest: { method: 'flat-total', rate: { percent: '18',
 * per: 'term' } }`): jasa is a total percentage of the principal over the term (J = P x percent / 100,
 * rounded half-up to whole rupiah), charged flat, as the UPK field software books it. Payments fall
 * every k months (`frequency`), floor(termMonths / k) of them. Principal and jasa are each divided by
 * the number of payments and each rounded on its own; the last payment takes what remains of each.
 * `rounding: { target: 'parts', unit, mode }` (default unit 1, half-up) rounds each part correctly
 * (a part rounded up beyond what is left is clamped, so no part is negative);
 * `rounding: { target: 'field-software', unit }` reproduces the field software's arithmetic, quirks
 * included (see {@link roundFieldSoftware}), and refuses a schedule whose last part would be negative.
 * Due dates as below, k months apart.
 *
 * @category Schedules
 * @throws {@link ValidationError} when the loan is not valid (see {@link LoanSchema} and
 * {@link FlatTotalLoanSchema}), a due date would fall after 9999-12-31, or the field software's
 * arithmetic would leave a negative last part (`field_software_negative_instalment`).
 * @example
 * const s = buildSchedule({
 *   principal: 1_000_000, disbursedOn: '2024-01-31', tenor: 3, frequency: 'monthly',
 *   interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
 * });
 * s.instalments.map((i) => [i.dueOn, i.principal, i.interest, i.total]);
 * //=> [['2024-02-29', 333_333, 15_000, 348_333],
 * //    ['2024-03-31', 333_333, 15_000, 348_333],
 * //    ['2024-04-30', 333_334, 15_000, 348_334]]
 * s.totals
 * //=> { principal: 1_000_000, interest: 45_000, total: 1_045_000 }
 *
 * buildSchedule({ principal: 600_000, disbursedOn: '2024-01-15', termMonths: 10, frequency: 'monthly',
 *   interest: { method: 'flat-total', rate: { percent: '18', per: 'term' } },
 *   rounding: { target: 'field-software', unit: 500 } }).instalments.map((i) => i.interest);
 * //=> [10_500, 10_500, 10_500, 10_500, 10_500, 10_500, 10_500, 10_500, 10_500, 13_500]
 */
export function buildSchedule(loan: unknown): Schedule {
  if (isFlatTotalLoan(loan)) return buildFlatTotalSchedule(loan);
  return scheduleOf(planLoan(loan));
}

const MAX = Number.MAX_SAFE_INTEGER;

/** Interest on a base for one period: base x a / b, rounded half-up to whole rupiah, exactly. */
function interestOn(base: number, rate: PeriodicRate): number {
  return rate.small
    ? mulDivRound(base, rate.a, rate.b, 'half-up')
    : mulDivRoundBig(base, rate.fraction.numerator, rate.fraction.denominator, 'half-up');
}

/** The rounded level amounts of a plan whose `m` instalments repay principal. */
interface Levels {
  /** Flat: the total of an interest-bearing instalment; annuity: the total. */
  readonly withInterest: number;
  /** Flat: the total of an interest-grace instalment; declining: the principal part. */
  readonly noInterest: number;
  /** Flat: the interest of every instalment. */
  readonly flatInterest: number;
}

function levelsOf(plan: LoanPlan, m: number): Levels {
  const { principal: P, unit, mode, rate } = plan;
  if (plan.method === 'flat') {
    const flatInterest = interestOn(P, rate);
    // The total is the principal share P / m plus the interest part as charged (already rounded to
    // whole rupiah): (P + I m) / m, rounded once to the unit. With unit 1 and half-up the principal
    // part is then P / m rounded half-up, as a UPK officer computes it by hand.
    const num = P + flatInterest * m;
    const withInterest =
      num <= MAX
        ? mulDivRound(num, 1, m * unit, mode) * unit
        : mulDivRoundBig(1, BigInt(P) + BigInt(flatInterest) * BigInt(m), BigInt(m * unit), mode) *
          unit;
    return { withInterest, noInterest: mulDivRound(P, 1, m * unit, mode) * unit, flatInterest };
  }
  if (plan.method === 'declining') {
    return {
      withInterest: 0,
      noInterest: mulDivRound(P, 1, m * unit, mode) * unit,
      flatInterest: 0,
    };
  }
  const f = annuityFactor(rate.fraction.numerator, rate.fraction.denominator, m);
  const level = scaleByFactor(P, f, unit, mode) * unit;
  return { withInterest: level, noInterest: level, flatInterest: 0 };
}

/** The principal part of instalment `p` (interest `own`), clamped to 0 .. the balance. */
function principalAt(
  plan: LoanPlan,
  levels: Levels,
  p: number,
  own: number,
  interestDue: boolean,
  balance: number,
): number {
  const { principalGrace: g, principalEvery: every } = plan;
  if (p === plan.tenor) return balance;
  if (p <= g || (p - g) % every !== 0) return 0;
  let principal: number;
  if (plan.method === 'declining') principal = levels.noInterest;
  else if (interestDue) principal = levels.withInterest - own;
  else principal = levels.noInterest; // waived: the whole rounded total is principal
  return principal < 0 ? 0 : principal > balance ? balance : principal;
}

function scheduleOf(plan: LoanPlan): Schedule {
  const dates = dueDates(plan);
  const { principal: P, tenor: n, principalGrace: g, interestGrace: ig, rate } = plan;
  // Which instalments repay principal: after the grace, every `every`-th, and always the last.
  let m = 0;
  for (let p = g + 1; p <= n; p++) if ((p - g) % plan.principalEvery === 0 || p === n) m++;
  const levels = levelsOf(plan, m);
  const instalments = new Array<Instalment>(n);
  let balance = P;
  let sumInterest = 0;
  let deferred = 0; // interest accrued in interest-grace instalments, not yet due
  for (let p = 1; p <= n; p++) {
    const charged = p > ig;
    // This instalment's own interest: charged, or accrued and deferred; 0 when waived.
    const accrues = charged || plan.deferInterest;
    let own = 0;
    if (accrues) own = plan.method === 'flat' ? levels.flatInterest : interestOn(balance, rate);
    const principal = principalAt(plan, levels, p, own, accrues, balance);
    // Not due now: deferred to the first instalment after the grace, or waived.
    let interest = charged ? own : 0;
    if (!charged) deferred += own;
    // The deferred interest falls due with the first instalment after the grace (or the last one).
    if (deferred > 0 && (charged || p === n)) {
      interest += deferred;
      deferred = 0;
    }
    balance -= principal;
    sumInterest += interest;
    const total = principal + interest;
    instalments[p - 1] = {
      number: p,
      dueOn: dates[p - 1] as string,
      principal,
      interest,
      total,
      balanceAfter: balance,
    };
  }
  if (!Number.isSafeInteger(P + sumInterest)) {
    scheduleKit.failWith('amount_too_large', ['principal'], { maximum: Number.MAX_SAFE_INTEGER });
  }
  return { instalments, totals: { principal: P, interest: sumInterest, total: P + sumInterest } };
}
