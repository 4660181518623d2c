import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { epochDay, readYmd } from '../../_internal/days.js';
import {
  type BatchOptions,
  type BatchRecord,
  type BatchResult,
  type CalendarDate,
  checkBatch,
  createIssue,
  type Issue,
  type SafeParseResult,
  SejahteraError,
  ValidationError,
  describeType,
} from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { rowIssuesOfThrown } from '../../_internal/row-issues.js';
import {
  classifyKolektibilitas,
  kolektibilitasMessages,
  resolveKolektibilitasTable,
} from '../kolektibilitas/index.js';
import { provisionRateFraction, unsourcedRateError } from '../kolektibilitas/internal.js';
import type { ApplyPaymentsOptions } from '../payments/index.js';
import {
  allocate,
  readPayments,
  readSchedule,
  type ResolvedAllocation,
  resolveAllocation,
} from '../payments/internal.js';
import { mulDivRoundBig } from '../../_internal/int-division.js';
import { readMessageOptions } from '../../_internal/message-options.js';
import type { LoanAssessment } from '../types.js';

const ASSESS_KEYS = optionKeys<AssessLoanOptions>()({
  asOf: true,
  kolektibilitas: true,
  allocation: true,
  overpayment: true,
  collateralValue: true,
});
const ASSESS_BATCH_KEYS = optionKeys<AssessLoanOptions & BatchOptions>()({
  asOf: true,
  kolektibilitas: true,
  allocation: true,
  overpayment: true,
  collateralValue: true,
  locale: true,
  messages: true,
  catalog: true,
  maxRows: true,
  unique: true,
});

/**
 * A kolektibilitas table or the name of a preset (`'ojk-bank-2019'`, `'ojk-bpr-2024'`,
 * `'upk-software-default'`, `'upk-perkotaan-2013'`).
 *
 * @category Arrears
 */
export type KolektibilitasChoice = Parameters<typeof resolveKolektibilitasTable>[0];

/**
 * Options of {@link assessLoan}.
 *
 * @category Arrears
 */
export interface AssessLoanOptions extends ApplyPaymentsOptions {
  /** The date of the assessment, `YYYY-MM-DD`. Payments after it are ignored. */
  asOf: CalendarDate;
  /**
   * Kolektibilitas table or preset name (default `'upk-software-default'`). Every level must carry a
   * sourced provision rate: a table with a `null` rate (`'upk-perkotaan-2013'`) is refused
   * (`provision_rate_unsourced`), since every assessment carries a provision.
   */
  kolektibilitas?: KolektibilitasChoice | undefined;
  /**
   * Deductible collateral value of this loan (whole rupiah): from level 2 on, the provision is
   * computed on `max(0, outstanding - collateralValue)` (POJK 33/POJK.03/2018, POJK 1/2024). Absent:
   * on the gross outstanding. For a batch, give it per row (`LoanRecord.collateralValue`).
   */
  collateralValue?: number | undefined;
}

/** @internal */
export interface ResolvedAssessOptions {
  readonly asOf: CalendarDate;
  readonly asOfDay: number;
  readonly table: KolektibilitasChoice;
  readonly rule: ResolvedAllocation;
  readonly collateral: number | undefined;
}

function readCollateral(value: unknown, path: (string | number)[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(
      [createIssue('invalid_collateral', path, {}, {}, kolektibilitasMessages)],
      'assessment options',
      { catalog: kolektibilitasMessages },
    );
  }
  return value;
}

function resolveOptions(options: unknown): ResolvedAssessOptions {
  let asOf: unknown;
  let kolektibilitas: unknown;
  let collateral: unknown;
  try {
    asOf = (options as AssessLoanOptions).asOf;
    kolektibilitas = (options as AssessLoanOptions).kolektibilitas;
    collateral = (options as AssessLoanOptions).collateralValue;
  } catch {
    throw invalid(
      [
        createIssue('invalid_type', ['options'], {
          expected: 'object',
          received: describeType(options),
        }),
      ],
      'assessment options',
    );
  }
  const ymd = typeof asOf === 'string' ? readYmd(asOf) : undefined;
  if (ymd === undefined) {
    throw invalid(
      [
        asOf === undefined
          ? createIssue('required', ['asOf'])
          : typeof asOf === 'string'
            ? createIssue('invalid_calendar_date', ['asOf'])
            : createIssue('invalid_type', ['asOf'], {
                expected: 'string',
                received: describeType(asOf),
              }),
      ],
      'assessment options',
    );
  }
  const table = resolveKolektibilitasTable(
    (kolektibilitas ?? 'upk-software-default') as KolektibilitasChoice,
  );
  for (const level of table.levels) {
    if (level.provisionRate === null) {
      throw unsourcedRateError({ tableId: table.id, level: level.level, code: level.code });
    }
  }
  return {
    asOf: asOf as string,
    asOfDay: epochDay(ymd[0], ymd[1], ymd[2]),
    table,
    rule: resolveAllocation(options),
    collateral: readCollateral(collateral, ['collateralValue']),
  };
}

/**
 * What the payments of a period (from `fromDay` to `asOf`, inclusive) went to; filled by {@link
 * assessWithFlows}.
 *
 * @internal
 */
export interface PeriodFlows {
  fromDay: number;
  principal: number;
  interest: number;
  count: number;
}

function assess(
  schedule: unknown,
  payments: unknown,
  o: ResolvedAssessOptions,
  collateral: number | undefined = o.collateral,
  flows?: PeriodFlows,
): LoanAssessment {
  const s = readSchedule(schedule);
  const pay = readPayments(payments);
  const state = allocate(s, pay, o.rule, o.asOfDay, flows !== undefined);
  if (flows !== undefined) sumFlows(flows, pay, state, o.asOfDay);
  const a = arrearsOf(s, state, o.asOfDay);
  const { daysPastDue, missedInstalments, outstandingPrincipal } = a;
  const monthsInArrears = Math.floor(daysPastDue / 30);
  const kolektibilitas = classifyKolektibilitas(o.table, {
    daysPastDue,
    missedInstalments,
    monthsInArrears,
  });
  return {
    asOf: o.asOf,
    status: a.settled ? 'paid_off' : 'active',
    principal: s.principalSum,
    outstandingPrincipal,
    overduePrincipal: a.overduePrincipal,
    overdueInterest: a.overdueInterest,
    daysPastDue,
    missedInstalments,
    monthsInArrears,
    dueToDate: a.dueToDate,
    paidOnTimeToDate: a.paidOnTimeToDate,
    paidToDate: a.paidToDate,
    kolektibilitas,
    provision: provisionOf(outstandingPrincipal, kolektibilitas, collateral),
  };
}

type Allocated = ReturnType<typeof allocate>;

/** What the payments from `flows.fromDay` to `asOfDay` (inclusive) went to. */
function sumFlows(
  flows: PeriodFlows,
  pay: ReturnType<typeof readPayments>,
  state: Allocated,
  asOfDay: number,
): void {
  let principal = 0;
  let interest = 0;
  let count = 0;
  for (let j = 0; j < pay.count; j++) {
    const day = pay.day[j] as number;
    if (day >= flows.fromDay && day <= asOfDay) {
      principal += state.paymentPrincipal?.[j] ?? 0;
      interest += state.paymentInterest?.[j] ?? 0;
      count++;
    }
  }
  flows.principal = principal;
  flows.interest = interest;
  flows.count = count;
}

/** The arrears measures of an allocated schedule on `asOfDay`. */
function arrearsOf(s: ReturnType<typeof readSchedule>, state: Allocated, asOfDay: number) {
  // Locals, not fields of the result, in the loop: measured faster (assessLoan bench).
  let outstandingPrincipal = 0;
  let overduePrincipal = 0;
  let overdueInterest = 0;
  let daysPastDue = 0;
  let missedInstalments = 0;
  let dueToDate = 0;
  let paidOnTimeToDate = 0;
  let paidToDate = 0;
  let settled = true;
  for (let i = 0; i < s.n; i++) {
    const due = s.dueDay[i] as number;
    const principalPaid = state.principalPaid[i] as number;
    const interestPaid = state.interestPaid[i] as number;
    const principalLeft = (s.principal[i] as number) - principalPaid;
    const interestLeft = (s.interest[i] as number) - interestPaid;
    outstandingPrincipal += principalLeft;
    paidToDate += principalPaid + interestPaid;
    if (principalLeft + interestLeft > 0) {
      settled = false;
      // Due before asOf and not fully paid: overdue. An instalment due on asOf is not yet overdue.
      if (due < asOfDay) {
        if (missedInstalments === 0) daysPastDue = asOfDay - due;
        missedInstalments++;
        overduePrincipal += principalLeft;
        overdueInterest += interestLeft;
      }
    }
    if (due <= asOfDay) {
      dueToDate += (s.principal[i] as number) + (s.interest[i] as number);
      paidOnTimeToDate += state.paidOnTime[i] as number;
    }
  }
  return {
    outstandingPrincipal,
    overduePrincipal,
    overdueInterest,
    daysPastDue,
    missedInstalments,
    dueToDate,
    paidOnTimeToDate,
    paidToDate,
    settled,
  };
}

/**
 * outstanding x rate, rounded half-up to whole rupiah, exactly; from level 2 on, after deducting the
 * collateral when one is given. The table was checked to have a rate at every level.
 */
function provisionOf(
  outstanding: number,
  k: { readonly provisionRate: string | null; readonly level: number },
  collateral: number | undefined,
): number {
  const { num, den } = provisionRateFraction(k.provisionRate as string);
  const base =
    collateral !== undefined && k.level >= 2 ? Math.max(0, outstanding - collateral) : outstanding;
  return mulDivRoundBig(base, num, den, 'half-up');
}

/** Assesses one `{ schedule, payments }` row of a batch or a stream. */
function assessRow(row: unknown, o: ResolvedAssessOptions): LoanAssessment {
  if (row === null || typeof row !== 'object') {
    throw invalid(
      [createIssue('invalid_type', [], { expected: 'object', received: describeType(row) })],
      'loan record',
    );
  }
  let schedule: unknown;
  let payments: unknown;
  let collateral: unknown;
  try {
    ({ schedule, payments, collateralValue: collateral } = row as LoanRecord);
  } catch {
    throw invalid([createIssue('unreadable_input', [])], 'loan record');
  }
  return assess(
    schedule,
    payments,
    o,
    collateral === undefined ? o.collateral : readCollateral(collateral, ['collateralValue']),
  );
}

/**
 * Options checked once for many loans ({@link assessWithFlows}).
 *
 * @internal
 */
export function resolveAssessOptions(options: AssessLoanOptions): ResolvedAssessOptions {
  return resolveOptions(options);
}

/**
 * {@link assessLoan} with options resolved once, and what the payments from `flows.fromDay` to `asOf`
 * went to (principal and interest), from the same allocation.
 *
 * @internal
 */
export function assessWithFlows(
  schedule: unknown,
  payments: unknown,
  options: ResolvedAssessOptions,
  collateral: number | undefined,
  flows: PeriodFlows,
): LoanAssessment {
  return assess(
    schedule,
    payments,
    options,
    collateral === undefined ? options.collateral : readCollateral(collateral, ['collateralValue']),
    flows,
  );
}

/**
 * Assesses one loan on a date: applies the payments made on or before `asOf` (with the allocation
 * order of {@link applyPayments}) and measures its arrears, then classifies it with a kolektibilitas
 * table.
 *
 * - Days past due: `asOf` minus the due date of the oldest instalment not fully paid; 0 when none is
 *   past due. An instalment due on `asOf` itself is not yet overdue.
 * - Missed instalments: instalments due before `asOf` and not fully paid.
 * - Months in arrears: `floor(daysPastDue / 30)`, as UPK software counts.
 * - Status: `paid_off` once every instalment is fully paid, else `active`.
 * - Provision: outstanding principal x the level's provision rate, rounded half-up to whole rupiah,
 *   exactly (see the table's source); from level 2 on after deducting `collateralValue` when given.
 *   A table with a level that has no sourced rate (`'upk-perkotaan-2013'`) is refused.
 *
 * @category Arrears
 * @throws {@link ValidationError} when the schedule, the payments or `asOf` are not valid.
 * @throws {@link ConfigurationError} when the kolektibilitas table or preset name, or the allocation
 * options, are not valid, or the table has a level with no sourced provision rate
 * (`provision_rate_unsourced`).
 * @example
 * const schedule = buildSchedule({ principal: 1_200_000, disbursedOn: '2024-01-15', tenor: 12,
 *   frequency: 'monthly', interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } } });
 * const a = assessLoan(schedule, [{ paidOn: '2024-02-15', amount: 118_000 }],
 *   { asOf: '2024-04-20', kolektibilitas: 'ojk-bank-2019' });
 * [a.daysPastDue, a.missedInstalments, a.kolektibilitas.code, a.provision]
 * //=> [36, 2, 'dalam_perhatian_khusus', 55_000]
 */
export function assessLoan(
  schedule: unknown,
  payments: unknown,
  options: AssessLoanOptions,
): LoanAssessment {
  checkOptionKeys(options, ASSESS_KEYS, 'assessLoan');
  return assess(schedule, payments, resolveOptions(options));
}

/**
 * One loan of a portfolio for {@link assessLoans}.
 *
 * @category Arrears
 */
export interface LoanRecord {
  /** The loan's schedule. */
  readonly schedule: unknown;
  /** Its payments (any order). */
  readonly payments: unknown;
  /** Deductible collateral value of this loan (see {@link AssessLoanOptions.collateralValue}). */
  readonly collateralValue?: number | undefined;
}

/**
 * Assesses many loans on one date. Every row comes back either assessed (in `valid`, with its index)
 * or rejected with its issues; nothing is thrown for a bad row, and the counts add up. Options are
 * checked once, before any row.
 *
 * @category Arrears
 * @throws {@link ValidationError} when `rows` is not iterable or `asOf` is not valid.
 * @throws {@link ConfigurationError} when the kolektibilitas table or the allocation options are not
 * valid.
 * @example
 * const r = assessLoans([{ schedule, payments: [] }, { schedule: null, payments: [] }],
 *   { asOf: '2024-04-20', kolektibilitas: 'ojk-bank-2019' });
 * r.counts
 * //=> { total: 2, valid: 1, rejected: 1 }
 */
export function assessLoans(
  rows: Iterable<LoanRecord>,
  options: AssessLoanOptions & BatchOptions,
): BatchResult<LoanAssessment> {
  checkOptionKeys(options, ASSESS_BATCH_KEYS, 'assessLoans');
  const o = resolveOptions(options);
  const messageOptions = readMessageOptions(options);
  // A row that is not an object (null, a number, a string) is rejected without building an error:
  // one frozen issue list per received type, shared by every such row, so a million bad rows cost
  // about what a million good ones do (no stack trace, no message rendered per row).
  const notObject = new Map<string, readonly Issue[]>();
  const check = (row: unknown): SafeParseResult<LoanAssessment> => {
    if (row === null || typeof row !== 'object') {
      const received = describeType(row);
      let issues = notObject.get(received);
      if (issues === undefined) {
        const issue = createIssue(
          'invalid_type',
          [],
          { expected: 'object', received },
          messageOptions,
        );
        issues = Object.freeze([Object.freeze(issue)]);
        notObject.set(received, issues);
      }
      return { success: false, issues };
    }
    return { success: true, data: assessRow(row, o) };
  };
  try {
    return checkBatch(rows, check, messageOptions);
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    // A hostile iterable (an iterator or getter that throws) cannot be read at all.
    throw invalid(
      [createIssue('not_iterable', ['rows'], { received: describeType(rows) })],
      'batch',
    );
  }
}

/**
 * The streaming form of {@link assessLoans}: reads an iterable or async iterable of
 * `{ schedule, payments }` rows (a database cursor, a file reader) and yields one record per row, in
 * order, holding nothing but the current row, so memory stays flat however large the portfolio.
 * Feed the assessments to a portfolio accumulator as they come.
 *
 * @category Arrears
 * @throws {@link ValidationError} when `asOf` is not valid or `rows` is neither iterable nor async
 * iterable (thrown on the first `next()`).
 * @throws {@link ConfigurationError} when the kolektibilitas table or the allocation options are not
 * valid (thrown on the first `next()`).
 * @example
 * for await (const record of assessLoanStream(readLoans(), { asOf: '2024-06-30' })) {
 *   if (record.ok) accumulator.add(record.value);
 *   else report(record.index, record.issues);
 * }
 */
export async function* assessLoanStream(
  rows: Iterable<LoanRecord> | AsyncIterable<LoanRecord>,
  options: AssessLoanOptions & BatchOptions,
): AsyncGenerator<BatchRecord<LoanAssessment>, void, undefined> {
  checkOptionKeys(options, ASSESS_BATCH_KEYS, 'assessLoanStream');
  const o = resolveOptions(options);
  const messageOptions = readMessageOptions(options);
  let iterator: Iterator<unknown> | AsyncIterator<unknown> | undefined;
  try {
    const r = rows as unknown as Record<symbol, unknown> | null;
    if (r !== null && (typeof r === 'object' || typeof r === 'function')) {
      const asyncIt = r[Symbol.asyncIterator];
      const syncIt = r[Symbol.iterator];
      if (typeof asyncIt === 'function') iterator = asyncIt.call(r) as AsyncIterator<unknown>;
      else if (typeof syncIt === 'function') iterator = syncIt.call(r) as Iterator<unknown>;
    }
  } catch {
    iterator = undefined;
  }
  const unreadable = () =>
    invalid([createIssue('not_iterable', ['rows'], { received: describeType(rows) })], 'batch');
  if (iterator === undefined || iterator === null || typeof iterator.next !== 'function') {
    throw unreadable();
  }
  let index = 0;
  for (;;) {
    let done: unknown;
    let row: unknown;
    try {
      const step = await iterator.next();
      done = step.done;
      row = step.value;
    } catch {
      // The source itself failed (a cursor that throws): nothing more can be read.
      throw unreadable();
    }
    if (done === true) return;
    let record: BatchRecord<LoanAssessment>;
    try {
      record = { index, ok: true, value: assessRow(row, o) };
    } catch (error) {
      record = { index, ok: false, issues: rowIssuesOfThrown(error, messageOptions) };
    }
    yield record;
    index++;
  }
}
