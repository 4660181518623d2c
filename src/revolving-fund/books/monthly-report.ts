import { forEachRow, readRowIndex } from '../../_internal/accumulate.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { isCount, readRejected } from '../../_internal/snapshot-read.js';
import { ConfigurationError, renderBoth } from '../../core/index.js';
import { createPortfolioAccumulator } from '../portfolio/accumulator.js';
import { parseUpkFinancials, type UpkFinancials } from './financials.js';
import { upkBooksMessages } from './messages.js';
import { resolveReportOptions } from './monthly-report-options.js';
import { addRecord } from './monthly-report-record.js';
import { reportOf } from './monthly-report-result.js';
import {
  FIN_FIELDS,
  type FinField,
  FLOW_FIELDS,
  newFlows,
  type Resolved,
  type State,
} from './monthly-report-state.js';
import type {
  UpkLoanRecord,
  UpkMonthlyReport,
  UpkMonthlyReportAccumulator,
  UpkMonthlyReportOptions,
  UpkMonthlyReportSnapshot,
} from './monthly-report-types.js';

const states = new WeakMap<object, { state: State; resolved: Resolved }>();

function accumulatorError(): ConfigurationError {
  return new ConfigurationError(
    'invalid_report_accumulator',
    renderBoth({ code: 'invalid_report_accumulator', path: [], params: {} }, upkBooksMessages),
  );
}

function periodMismatch(path: 'month' | 'months', params?: Record<string, unknown>) {
  return new ConfigurationError(
    'period_mismatch',
    renderBoth({ code: 'period_mismatch', path: [path], params: {} }, upkBooksMessages),
    params,
  );
}

/** Adds sums `[sum, how many UPKs gave it]` of financial figures. */
function addFinSums(into: State['fin'], field: FinField, sum: number, count: number): void {
  const e = into.get(field);
  if (e === undefined) into.set(field, [sum, count]);
  else {
    e[0] += sum;
    e[1] += count;
  }
}

function addFin(state: State, f: UpkFinancials): void {
  if (state.months !== undefined && state.months !== f.months) {
    throw periodMismatch('months', { months: [state.months, f.months] });
  }
  state.months = f.months;
  state.finAdded++;
  for (const field of FIN_FIELDS) {
    const v = f[field];
    if (v !== undefined) addFinSums(state.fin, field, v, 1);
  }
}

/** Merges another accumulator's state (or a snapshot's) into `state`, after the period checks. */
function mergeInto(state: State, o: Resolved, other: unknown, self: object): void {
  if (other === null || typeof other !== 'object' || other === self) throw accumulatorError();
  const known = states.get(other);
  const from = known !== undefined ? known.state : stateFromSnapshot(other, o);
  if (from.month !== state.month) throw periodMismatch('month');
  if (from.months !== undefined && state.months !== undefined && from.months !== state.months) {
    throw periodMismatch('months');
  }
  state.portfolio.merge(known !== undefined ? from.portfolio : from.portfolio.snapshot());
  for (const f of FLOW_FIELDS) state.flows[f] += from.flows[f];
  if (from.months !== undefined) state.months = from.months;
  state.finAdded += from.finAdded;
  for (const [field, [sum, count]] of from.fin) addFinSums(state.fin, field, sum, count);
  for (const r of from.rejected) state.rejected.push(r);
  state.seen += from.seen;
}

function snapshotOf(state: State): UpkMonthlyReportSnapshot {
  return {
    kind: 'sejahtera/upk-monthly-report-accumulator',
    version: 1,
    month: state.month,
    portfolio: state.portfolio.snapshot(),
    flows: FLOW_FIELDS.map((f) => state.flows[f]),
    financials: [...state.fin.entries()].map(([k, [s, c]]) => [k, s, c] as const),
    financialsAdded: state.finAdded,
    ...(state.months === undefined ? {} : { months: state.months }),
    rejected: state.rejected.map((r) => ({ index: r.index, issues: r.issues })),
    seen: state.seen,
  };
}

const UPK_REPORT_KEYS = optionKeys<UpkMonthlyReportOptions>()({
  locale: true,
  messages: true,
  month: true,
  kolektibilitas: true,
  upkThreshold: true,
  parDays: true,
  larByKsm: true,
  upkId: true,
  rrReading: true,
  healthBands: true,
  decimalPlaces: true,
});

/**
 * Creates a mergeable accumulator of the monthly UPK report (see {@link UpkMonthlyReportAccumulator}).
 * Every figure is an integer sum (or, for LAR by KSM, a union of keys), so the report of merged UPKs
 * equals the report over their union.
 *
 * @category UPK books
 * @throws {@link ConfigurationError} when an option is invalid (`invalid_report_options`) or the
 * kolektibilitas table has no sourced rate at some level (`provision_rate_unsourced`).
 * @example
 * const upkA = createUpkMonthlyReportAccumulator({ month: '2024-06', upkId: 'A' }).addAll(loansA);
 * const upkB = createUpkMonthlyReportAccumulator({ month: '2024-06', upkId: 'B' }).addAll(loansB);
 * upkA.merge(upkB.snapshot()).result().outstanding.principal
 * //=> outstanding of A + outstanding of B
 */
export function createUpkMonthlyReportAccumulator(
  options: UpkMonthlyReportOptions,
): UpkMonthlyReportAccumulator {
  checkOptionKeys(options, UPK_REPORT_KEYS, 'createUpkMonthlyReportAccumulator');
  const o = resolveReportOptions(options);
  const state: State = {
    month: o.month,
    from: o.from,
    to: o.to,
    portfolio: createPortfolioAccumulator(o.portfolioOptions),
    flows: newFlows(),
    fin: new Map(),
    months: undefined,
    finAdded: 0,
    rejected: [],
    seen: 0,
  };
  const acc: UpkMonthlyReportAccumulator = {
    add(record, index) {
      const i = readRowIndex(index, state.seen);
      state.seen++;
      addRecord(state, o, record, i);
      return acc;
    },
    addAll(records) {
      forEachRow(records, 'records', (record) => {
        const i = state.seen;
        state.seen++;
        addRecord(state, o, record, i);
      });
      return acc;
    },
    addFinancials(financials) {
      addFin(state, parseUpkFinancials(financials, o.messageOptions));
      return acc;
    },
    merge(other) {
      mergeInto(state, o, other, acc);
      return acc;
    },
    snapshot: () => snapshotOf(state),
    result: () => reportOf(state, o),
  };
  states.set(acc, { state, resolved: o });
  return acc;
}

/** The financial sums of a snapshot: `[field, sum, count]` of known fields. */
function readFinancials(raw: readonly unknown[]): State['fin'] {
  const fin: State['fin'] = new Map();
  for (const e of raw) {
    if (
      !Array.isArray(e) ||
      !(FIN_FIELDS as readonly string[]).includes(e[0]) ||
      !isCount(e[1]) ||
      !isCount(e[2])
    ) {
      throw accumulatorError();
    }
    fin.set(e[0] as FinField, [e[1], e[2]]);
  }
  return fin;
}

function isSnapshot(s: UpkMonthlyReportSnapshot & { months?: unknown }): boolean {
  return (
    s.kind === 'sejahtera/upk-monthly-report-accumulator' &&
    s.version === 1 &&
    typeof s.month === 'string' &&
    Array.isArray(s.flows) &&
    s.flows.length === FLOW_FIELDS.length &&
    s.flows.every(isCount) &&
    Array.isArray(s.financials) &&
    isCount(s.financialsAdded) &&
    Array.isArray(s.rejected) &&
    isCount(s.seen) &&
    (s.months === undefined || (isCount(s.months) && s.months >= 1 && s.months <= 12))
  );
}

function stateFromSnapshot(raw: unknown, o: Resolved): State {
  try {
    const s = raw as UpkMonthlyReportSnapshot & { months?: unknown };
    if (!isSnapshot(s)) throw accumulatorError();
    const portfolio = createPortfolioAccumulator(o.portfolioOptions);
    portfolio.merge(s.portfolio);
    const flows = newFlows();
    FLOW_FIELDS.forEach((f, i) => {
      flows[f] = s.flows[i] as number;
    });
    const fin = readFinancials(s.financials);
    const rejected = readRejected(s.rejected);
    if (rejected === undefined) throw accumulatorError();
    return {
      month: s.month,
      from: o.from,
      to: o.to,
      portfolio,
      flows,
      fin,
      months: s.months as number | undefined,
      finAdded: s.financialsAdded,
      rejected,
      seen: s.seen,
    };
  } catch (error) {
    if (error instanceof ConfigurationError && error.code === 'invalid_report_accumulator') {
      throw error;
    }
    throw accumulatorError();
  }
}

/**
 * The monthly report of a UPK in one call: every loan record assessed on the last day of `month`
 * (as {@link assessLoan} does) and its payments in the month split into principal and jasa by the
 * same allocation (as {@link applyPayments} reports them); the financial figures of the UPK (or of several, summed). Returns plain
 * JSON for a dashboard or a printed form: disbursements, repayments, outstanding; the kolektibilitas
 * table with provisions; PAR/LAR/RR with their bands; CCr/ROI and the SEEP ratios; the POB composite
 * and, with `healthBands`, the health worksheet; write-offs, recoveries and restructurings from each
 * loan's `events`, by the rules of {@link assessLoanWithEvents} (a written-off loan leaves the
 * portfolio with its outstanding principal on the write-off date; a restructured loan stays in it,
 * flagged, and counts at risk in SEEP PAR, as IRIS FP2635 words the SEEP/CGAP definition).
 *
 * @category UPK books
 * @throws {@link ValidationError} when `records` is not iterable or a financial figure is invalid.
 * @throws {@link ConfigurationError} when an option is invalid or the kolektibilitas table has a level
 * with no sourced rate.
 * @example
 * // the three loans and the figures of docs/revolving-fund.md ("A monthly report, worked by hand")
 * const r = upkMonthlyReport([L1, L2, L3], [financials], { month: '2024-06' });
 * [r.repayments.principal, r.portfolio.upkRr.ratio?.fraction, r.health.pob.status?.code]
 * //=> [100_000, '20/23', 'tidak_memadai']
 */
export function upkMonthlyReport(
  records: Iterable<UpkLoanRecord | unknown>,
  financials: Iterable<UpkFinancials> | UpkFinancials | undefined,
  options: UpkMonthlyReportOptions,
): UpkMonthlyReport {
  checkOptionKeys(options, UPK_REPORT_KEYS, 'upkMonthlyReport');
  const acc = createUpkMonthlyReportAccumulator(options).addAll(records);
  if (financials !== undefined && financials !== null) {
    let list: unknown[];
    try {
      list =
        typeof (financials as Iterable<unknown>)[Symbol.iterator] === 'function'
          ? [...(financials as Iterable<unknown>)]
          : [financials];
    } catch {
      list = [financials];
    }
    for (const f of list) acc.addFinancials(f as UpkFinancials);
  }
  return acc.result();
}
