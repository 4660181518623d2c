import * as z from 'zod';
import {
  type CalendarDate,
  CalendarDateSchema,
  createIssue,
  type Issue,
  type Rupiah,
  safeParseWith,
} from '../../core/index.js';
import { type AssessLoanOptions, assessLoan } from '../arrears/index.js';
import { PaymentSchema } from '../payments/index.js';
import type { LoanAssessment } from '../types.js';
import { loanEventMessages } from './messages.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { type StageKit, stageKit } from '../../_internal/stage-kit.js';

const Note = z.string().max(500).optional();

/**
 * Schema of one event in a loan's life after disbursement:
 *
 * - `{ type: 'write-off', on }`: the outstanding principal on that date (after the payments made on or
 *   before it) leaves the portfolio for the written-off total (hapus buku);
 * - `{ type: 'recovery', on, amount }`: money collected on a written-off loan;
 * - `{ type: 'restructure', on, schedule }`: the loan is rescheduled (restrukturisasi / penjadwalan
 *   ulang); the new schedule repays the principal outstanding on that date. Payments on or before `on`
 *   stay with the old schedule (its history is kept), later ones go to the new one.
 *
 * Every event may carry a `note` (a decision number).
 *
 * @category Loan events
 * @example
 * LoanEventSchema.safeParse({ type: 'recovery', on: '2025-03-10', amount: 150_000 }).success
 * //=> true
 */
export const LoanEventSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('write-off'), on: CalendarDateSchema, note: Note }),
    z.strictObject({
      type: z.literal('recovery'),
      on: CalendarDateSchema,
      amount: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
      note: Note,
    }),
    z.strictObject({
      type: z.literal('restructure'),
      on: CalendarDateSchema,
      schedule: z.unknown(),
      note: Note,
    }),
  ])
  .meta({ id: 'RevolvingFundLoanEvent', description: 'A write-off, recovery or restructuring' });

/**
 * A loan event as a user writes it.
 *
 * @category Loan events
 */
export type LoanEvent = z.input<typeof LoanEventSchema>;

const RecordSchema = z.object({
  schedule: z.unknown(),
  payments: z.array(PaymentSchema).max(1_000_000),
  events: z.array(LoanEventSchema).max(1000).default([]),
});

/**
 * A loan with its payments and events, for {@link assessLoanWithEvents}.
 *
 * @category Loan events
 */
export interface LoanWithEvents {
  /** The original schedule (as `buildSchedule` returns it). */
  readonly schedule: unknown;
  /** Every payment (any order). */
  readonly payments: unknown;
  /** Write-offs, recoveries and restructurings (any order; equal dates keep their order). */
  readonly events?: readonly LoanEvent[] | undefined;
}

/**
 * One schedule the loan has run on, with its assessment on the day it ended (a restructuring or a
 * write-off) or on `asOf` for the current one.
 *
 * @category Loan events
 */
export interface LoanPhase {
  /** 0 for the original schedule, 1 after the first restructuring, ... */
  readonly index: number;
  /** First day of the phase (`null` for the original schedule: from disbursement). */
  readonly from: CalendarDate | null;
  /** The day it ended (a restructuring or write-off date), or `null` while it runs. */
  readonly endedOn: CalendarDate | null;
  /** Why it ended. */
  readonly endedBy: 'restructure' | 'write-off' | null;
  /** The phase's schedule assessed on its end date (or `asOf`). */
  readonly assessment: LoanAssessment;
}

/**
 * The loan in the portfolio: the assessment of the current schedule plus the restructuring flag
 * ({@link portfolioIndicators} counts a row with `restructured: true` at risk in every SEEP PAR > X,
 * reports it in `restructured`, and can group by it).
 *
 * @category Loan events
 */
export type RestructuringAwareAssessment = LoanAssessment & {
  /** The loan has been restructured on or before `asOf` (SEEP: report it as at risk). */
  readonly restructured: boolean;
};

/**
 * The state of a loan with its events on a date, as {@link assessLoanWithEvents} returns it.
 *
 * @category Loan events
 */
export interface LoanEventAssessment {
  /** The date of the assessment. */
  readonly asOf: CalendarDate;
  /** `written_off` once written off (out of the portfolio); else the current schedule's status. */
  readonly state: 'active' | 'paid_off' | 'written_off';
  /** The loan in the portfolio, or `null` once written off. */
  readonly assessment: RestructuringAwareAssessment | null;
  /** The principal of the original schedule (what was disbursed). */
  readonly originalPrincipal: Rupiah;
  /** The write-off, when `asOf` is on or after it. */
  readonly writtenOff: {
    readonly on: CalendarDate;
    /** Outstanding principal moved out of the portfolio. */
    readonly principal: Rupiah;
    /** Jasa due and unpaid on that date (not part of the portfolio; reported for the books). */
    readonly overdueInterest: Rupiah;
  } | null;
  /** Recoveries on or before `asOf`. */
  readonly recoveries: {
    readonly total: Rupiah;
    readonly items: readonly { readonly on: CalendarDate; readonly amount: Rupiah }[];
  };
  /** Restructured on or before `asOf`. */
  readonly restructured: boolean;
  /** Each restructuring on or before `asOf`: the principal rescheduled and the jasa left unpaid. */
  readonly restructurings: readonly {
    readonly on: CalendarDate;
    readonly principal: Rupiah;
    readonly overdueInterest: Rupiah;
  }[];
  /** Every schedule the loan has run on, oldest first (the history is kept). */
  readonly history: readonly LoanPhase[];
}

const kit: StageKit = stageKit(loanEventMessages, 'loan events');

const ASSESS_WITH_EVENTS_KEYS = optionKeys<AssessLoanOptions>()({
  asOf: true,
  kolektibilitas: true,
  allocation: true,
  overpayment: true,
  collateralValue: true,
});

/**
 * Assesses a loan whose life includes write-offs, recoveries and restructurings, on a date:
 *
 * - **Restructuring** on day D: the old schedule is assessed on D with the payments made on or before
 *   D and kept in `history`; its outstanding principal on D must equal the new schedule's principal
 *   (`restructure_principal_mismatch` otherwise); later payments go to the new schedule. Jasa due and
 *   unpaid on D stays in the history (`restructurings[].overdueInterest`): put it in the new schedule's
 *   jasa parts if the UPK carries it over. From D on, the loan is flagged `restructured`: the SEEP/CGAP
 *   definition of portfolio at risk includes restructured or rescheduled loans whatever their days
 *   past due (IRIS FP2635, "Portfolio at Risk - 30 days": "should also include loans that have been
 *   restructured or rescheduled"), and the flag stays while the loan is in the portfolio.
 * - **Write-off** on day W: the outstanding principal on W (after the payments made on or before W)
 *   leaves the portfolio for the written-off total; `assessment` becomes `null` and `state`
 *   `written_off`. Payments dated after W are refused: record them as recoveries.
 * - **Recovery**: money collected after the write-off, summed in `recoveries` (on or before `asOf`).
 *
 * Events after `asOf` are ignored, like payments after it. Every other rule is that of
 * {@link assessLoan}, whose options this function takes.
 *
 * @category Loan events
 * @throws {@link ValidationError} when the loan, its payments, its events or `asOf` are not valid, or
 * the events contradict each other (a second write-off, a recovery before the write-off, a payment or
 * restructuring after it, a new schedule that does not repay the outstanding principal).
 * @throws {@link ConfigurationError} when the kolektibilitas table or allocation options are invalid.
 * @example
 * const r = assessLoanWithEvents(
 *   { schedule, payments: [{ paidOn: '2024-02-15', amount: 118_000 }],
 *     events: [{ type: 'write-off', on: '2024-12-31' }, { type: 'recovery', on: '2025-02-01', amount: 200_000 }] },
 *   { asOf: '2025-03-31' });
 * [r.state, r.writtenOff?.principal, r.recoveries.total]
 * //=> ['written_off', 1_100_000, 200_000]
 */
export function assessLoanWithEvents(
  loan: LoanWithEvents,
  options: AssessLoanOptions,
): LoanEventAssessment {
  checkOptionKeys(options, ASSESS_WITH_EVENTS_KEYS, 'assessLoanWithEvents');
  // Reads asOf and the options once (a ValidationError or ConfigurationError for bad ones), on a
  // one-instalment probe, so that a bad option is reported before any event.
  const probe = {
    instalments: [{ number: 1, dueOn: '2000-01-01', principal: 1, interest: 0, total: 1 }],
  };
  const asOf = assessLoan(probe, [], options).asOf;
  return assessEventsWith(loan, asOf, (schedule, payments, on) =>
    assessLoan(schedule, payments, { ...options, asOf: on }),
  );
}

/**
 * Assesses one schedule of a loan (a phase) with the payments of that phase on a date.
 *
 * @internal
 */
export type PhaseAssessor = (
  schedule: unknown,
  payments: readonly { readonly paidOn: CalendarDate; readonly amount: number }[],
  asOf: CalendarDate,
) => LoanAssessment;

/**
 * The rules of {@link assessLoanWithEvents} with the phase assessment given: the monthly report uses
 * it to split each phase's payments of the month into pokok and jasa with the same allocation.
 *
 * @internal
 */
export function assessEventsWith(
  loan: unknown,
  asOf: CalendarDate,
  assessPhase: PhaseAssessor,
): LoanEventAssessment {
  const { schedule, payments, events } = readRecord(loan);
  checkEventRules(events, payments);
  const originalPrincipal = assessPhase(schedule, [], asOf).principal;
  const phases = runPhases(schedule, payments, events, asOf, assessPhase);
  const { history, restructurings, writtenOff } = phases;
  const recoveries = recoveriesUpTo(events, asOf);
  const restructured = restructurings.length > 0;
  let assessment: RestructuringAwareAssessment | null = null;
  if (writtenOff === null) {
    const now = assessPhase(phases.current, paidIn(payments, phases.from, asOf), asOf);
    history.push({
      index: history.length,
      from: phases.from,
      endedOn: null,
      endedBy: null,
      assessment: now,
    });
    assessment = { ...now, restructured };
  }
  return {
    asOf,
    state: writtenOff !== null ? 'written_off' : (assessment?.status ?? 'active'),
    assessment,
    originalPrincipal,
    writtenOff,
    recoveries,
    restructured,
    restructurings,
    history,
  };
}

type LoanRecord = z.output<typeof RecordSchema>;
type Payments = LoanRecord['payments'];
/** An event with its index as given. */
type Indexed = { e: LoanRecord['events'][number]; i: number };

/** Reads the record; its events in date order, stable (equal dates keep the order given). */
function readRecord(loan: unknown): { schedule: unknown; payments: Payments; events: Indexed[] } {
  const parsed = safeParseWith(RecordSchema, loan, { context: 'loan', catalog: loanEventMessages });
  if (!parsed.success) kit.fail([...parsed.issues]);
  const { schedule, payments } = parsed.data;
  const events = parsed.data.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i));
  return { schedule, payments, events };
}

/** The rules between events: one write-off, recoveries after it, nothing else after it. */
function checkEventRules(events: readonly Indexed[], payments: Payments): void {
  const issues: Issue[] = [];
  let writeOff: string | undefined;
  for (const { e, i } of events) {
    if (e.type === 'write-off') {
      if (writeOff !== undefined) issues.push(kit.issue('write_off_repeated', ['events', i]));
      else writeOff = e.on;
    } else if (e.type === 'recovery') {
      if (writeOff === undefined) {
        issues.push(kit.issue('recovery_before_write_off', ['events', i]));
      }
    } else if (writeOff !== undefined) {
      issues.push(kit.issue('event_after_write_off', ['events', i]));
    }
  }
  if (writeOff !== undefined) {
    const w = writeOff;
    payments.forEach((p, j) => {
      if (p.paidOn > w) {
        issues.push(
          kit.issue('payment_after_write_off', ['payments', j, 'paidOn'], { writtenOffOn: w }),
        );
      }
    });
  }
  if (issues.length > 0) kit.fail(issues);
}

/** The payments of a phase: after `lo` (when there is one), on or before `hi`. */
const paidIn = (payments: Payments, lo: string | null, hi: string) =>
  payments.filter((p) => (lo === null || p.paidOn > lo) && p.paidOn <= hi);

interface Phases {
  readonly history: LoanPhase[];
  readonly restructurings: { on: string; principal: number; overdueInterest: number }[];
  writtenOff: LoanEventAssessment['writtenOff'];
  /** The schedule the loan runs on after the last event up to `asOf`, and since when. */
  current: unknown;
  from: string | null;
}

/** Walks the restructurings and the write-off up to `asOf`, closing a phase at each. */
function runPhases(
  schedule: unknown,
  payments: Payments,
  events: readonly Indexed[],
  asOf: CalendarDate,
  assessPhase: PhaseAssessor,
): Phases {
  const phases: Phases = {
    history: [],
    restructurings: [],
    writtenOff: null,
    current: schedule,
    from: null,
  };
  for (const { e, i } of events) {
    if (e.on > asOf) break;
    if (e.type === 'recovery') continue;
    const { from } = phases;
    const end = assessPhase(phases.current, paidIn(payments, from, e.on), e.on);
    const ended = { index: phases.history.length, from, endedOn: e.on, endedBy: e.type };
    phases.history.push({ ...ended, assessment: end });
    const { outstandingPrincipal: principal, overdueInterest } = end;
    if (e.type === 'write-off') {
      phases.writtenOff = { on: e.on, principal, overdueInterest };
      break;
    }
    // Restructuring: the new schedule must repay exactly the principal outstanding on that day.
    const next = assessPhase(e.schedule, [], e.on).principal;
    if (next !== principal) {
      kit.failWith('restructure_principal_mismatch', ['events', i, 'schedule'], {
        on: e.on,
        expected: principal,
        received: next,
      });
    }
    phases.restructurings.push({ on: e.on, principal, overdueInterest });
    phases.current = e.schedule;
    phases.from = e.on;
  }
  return phases;
}

/** The recoveries on or before `asOf`, with their total (a whole rupiah a double holds exactly). */
function recoveriesUpTo(
  events: readonly Indexed[],
  asOf: CalendarDate,
): LoanEventAssessment['recoveries'] {
  const items = events
    .filter(({ e }) => e.type === 'recovery' && e.on <= asOf)
    .map(({ e }) => ({ on: e.on, amount: (e as { amount: number }).amount }));
  let total = 0;
  for (const r of items) total += r.amount;
  if (!Number.isSafeInteger(total)) {
    kit.fail([createIssue('too_big', ['events'], { maximum: Number.MAX_SAFE_INTEGER })]);
  }
  return { total, items };
}
