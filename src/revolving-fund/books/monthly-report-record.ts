import { readYmd } from '../../_internal/days.js';
import { rowIssuesOfThrown } from '../../_internal/row-issues.js';
import { createIssue, describeType, type Issue } from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { assessWithFlows, type PeriodFlows, resolveAssessOptions } from '../arrears/assess-loan.js';
import { assessEventsWith } from '../events/assess-with-events.js';
import type { LoanEventAssessment } from '../events/index.js';
import type { LoanAssessment } from '../types.js';
import { upkBooksMessages } from './messages.js';
import type { Resolved, State } from './monthly-report-state.js';

/*
 * Reading one loan record of the monthly report and adding it: its flows of the month, and its
 * assessment to the portfolio.
 */

interface ReadRecord {
  schedule: unknown;
  payments: unknown;
  disbursedOn: string | undefined;
  ksm: string | number | undefined;
  collateral: number | undefined;
  events: unknown;
}

function readRecord(record: unknown): ReadRecord {
  if (record === null || typeof record !== 'object') {
    throw invalid(
      [createIssue('invalid_type', [], { expected: 'object', received: describeType(record) })],
      'loan record',
    );
  }
  const r = record as Record<string, unknown>;
  let out: ReadRecord;
  let flags: [unknown, unknown];
  try {
    out = {
      schedule: r.schedule,
      payments: r.payments,
      disbursedOn: r.disbursedOn as string | undefined,
      ksm: r.ksm as string | number | undefined,
      collateral: r.collateralValue as number | undefined,
      events: r.events,
    };
    flags = [r.writtenOff, r.restructured];
  } catch {
    throw invalid([createIssue('unreadable_input', [])], 'loan record');
  }
  const issues: Issue[] = [];
  if (
    out.disbursedOn !== undefined &&
    (typeof out.disbursedOn !== 'string' || readYmd(out.disbursedOn) === undefined)
  ) {
    issues.push(createIssue('invalid_calendar_date', ['disbursedOn']));
  }
  if (
    out.ksm !== undefined &&
    !(typeof out.ksm === 'string' && out.ksm.length > 0 && out.ksm.length <= 1000) &&
    !(typeof out.ksm === 'number' && Number.isFinite(out.ksm))
  ) {
    issues.push(
      createIssue('invalid_type', ['ksm'], {
        expected: 'string or number',
        received: describeType(out.ksm),
      }),
    );
  }
  // The flags of an earlier draft: a write-off or a restructuring is an event with its date (false,
  // which says nothing, is let through).
  if (flags[0] !== undefined && flags[0] !== false) {
    issues.push(createIssue('write_off_is_an_event', ['writtenOff'], {}, {}, upkBooksMessages));
  }
  if (flags[1] !== undefined && flags[1] !== false) {
    issues.push(createIssue('restructure_is_an_event', ['restructured'], {}, {}, upkBooksMessages));
  }
  if (issues.length > 0) throw invalid(issues, 'loan record');
  return out;
}

const inMonth = (o: Resolved, day: string): boolean => day >= o.from && day <= o.to;

/** A record assessed at the end of the month, with its flows of the month. */
interface Assessed {
  /** `null` when written off (out of the portfolio). */
  assessment: LoanAssessment | null;
  principal: number;
  events: LoanEventAssessment | undefined;
  month: PeriodFlows;
}

/** Assesses a record at the end of the month (throws what the assessment throws). */
function assessRecord(o: Resolved, rec: ReadRecord): Assessed {
  const month: PeriodFlows = { fromDay: o.fromDay, principal: 0, interest: 0, count: 0 };
  if (rec.events === undefined || (Array.isArray(rec.events) && rec.events.length === 0)) {
    // No events: one allocation gives both the assessment and the month's pokok and jasa.
    const assessment = assessWithFlows(rec.schedule, rec.payments, o.assess, rec.collateral, month);
    return { assessment, principal: assessment.principal, events: undefined, month };
  }
  // The rules of assessLoanWithEvents, each phase's payments of the month split the same way.
  const events = assessEventsWith(
    { schedule: rec.schedule, payments: rec.payments, events: rec.events },
    o.to,
    (schedule, payments, asOf) => {
      const phase: PeriodFlows = { fromDay: o.fromDay, principal: 0, interest: 0, count: 0 };
      const options =
        asOf === o.to ? o.assess : resolveAssessOptions({ asOf, kolektibilitas: o.table });
      const a = assessWithFlows(schedule, payments, options, rec.collateral, phase);
      month.principal += phase.principal;
      month.interest += phase.interest;
      month.count += phase.count;
      return a;
    },
  );
  return {
    assessment: events.assessment,
    principal: events.originalPrincipal,
    events,
    month,
  };
}

/** Write-offs, recoveries and restructurings: in the month, and to date. */
function addEventFlows(f: State['flows'], o: Resolved, events: LoanEventAssessment): void {
  const w = events.writtenOff;
  if (w !== null) {
    f.writtenOffLoansToDate++;
    f.writtenOffPrincipalToDate += w.principal;
    if (inMonth(o, w.on)) {
      f.writtenOffLoans++;
      f.writtenOffPrincipal += w.principal;
    }
  }
  for (const item of events.recoveries.items) {
    f.recoveredToDate += item.amount;
    if (inMonth(o, item.on)) f.recovered += item.amount;
  }
  for (const r of events.restructurings) {
    if (inMonth(o, r.on)) {
      f.restructuredInMonth++;
      f.restructuredPrincipalInMonth += r.principal;
    }
  }
}

/** Adds one loan record: its flows and its assessment, or its rejection with every issue. */
export function addRecord(state: State, o: Resolved, record: unknown, index: number): void {
  let rec: ReadRecord;
  let done: Assessed;
  try {
    rec = readRecord(record);
    done = assessRecord(o, rec);
  } catch (error) {
    state.rejected.push({ index, issues: rowIssuesOfThrown(error, o.messageOptions) });
    return;
  }
  const f = state.flows;
  f.valid++;
  if (rec.disbursedOn !== undefined && inMonth(o, rec.disbursedOn)) {
    f.disbursedLoans++;
    f.disbursedPrincipal += done.principal;
  }
  f.repaidPrincipal += done.month.principal;
  f.repaidJasa += done.month.interest;
  f.payments += done.month.count;
  if (done.events !== undefined) addEventFlows(f, o, done.events);
  if (done.assessment === null) return; // written off: out of the portfolio
  f.arrears += done.assessment.overduePrincipal;
  if (o.larByKsm) {
    o.ksm.current =
      rec.ksm === undefined
        ? `${o.upkId}\u0000#${index}`
        : `${o.upkId}\u0000${typeof rec.ksm}:${String(rec.ksm)}`;
  }
  state.portfolio.add(done.assessment, index);
}
