import { forEachRow, readRowIndex } from '../../_internal/accumulate.js';
import { epochDay, formatYmd, monthLength, readYmd } from '../../_internal/days.js';
import {
  type Accumulator,
  type BatchRejected,
  type CalendarDate,
  ConfigurationError,
  createIssue,
  describeType,
  type Issue,
  type Label,
  type MessageOptions,
  renderBoth,
  SejahteraError,
  ValidationError,
  validationError,
} from '../../core/index.js';
import type { KolektibilitasChoice } from '../arrears/index.js';
import {
  assessWithFlows,
  type PeriodFlows,
  type ResolvedAssessOptions,
  resolveAssessOptions,
} from '../arrears/assess-loan.js';
import { assessEventsWith } from '../events/assess-with-events.js';
import type { LoanEvent, LoanEventAssessment } from '../events/index.js';
import { resolveKolektibilitasTable } from '../kolektibilitas/index.js';
import type { LoanAssessment } from '../types.js';
import { unsourcedRateError } from '../kolektibilitas/provision.js';
import { createPortfolioAccumulator } from '../portfolio/accumulator.js';
import type {
  PortfolioAccumulator,
  PortfolioAccumulatorSnapshot,
  PortfolioIndicators,
} from '../portfolio/types.js';
import type { UpkArrearsThreshold } from '../portfolio/definitions.js';
import { type CostIndicators, costIndicatorsOf } from './cost-indicators.js';
import { parseUpkFinancials, type UpkFinancials } from './financials.js';
import { type LkmHealthBands, type LkmHealthScore, scoreLkmHealth } from './lkm-health.js';
import { upkBooksMessages } from './messages.js';
import { type PobCompositeScore, scorePobComposite } from './pob-composite.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * One loan of a UPK for the monthly report: its schedule and payments (as for {@link assessLoan}),
 * the date it was disbursed, and what the books carry about it today.
 *
 * @category UPK books
 */
export interface UpkLoanRecord {
  /** The loan's schedule ({@link buildSchedule}'s result or the same shape). */
  readonly schedule: unknown;
  /** Its payments `{ paidOn, amount }`, any order. */
  readonly payments: unknown;
  /** When it was disbursed (`YYYY-MM-DD`): counted in the month's disbursements when in the month. */
  readonly disbursedOn?: CalendarDate | undefined;
  /** The KSM (group) it belongs to: LAR counts KSM when the rows are member loans. */
  readonly ksm?: string | number | undefined;
  /** Deductible collateral value (see {@link AssessLoanOptions.collateralValue}). */
  readonly collateralValue?: number | undefined;
  /**
   * The loan's write-offs, recoveries and restructurings, read exactly as
   * {@link assessLoanWithEvents} reads them: a write-off takes the outstanding principal on its date
   * out of the portfolio into the written-off total, a recovery is money collected after it, a
   * restructuring replaces the schedule (the loan stays in the portfolio, flagged restructured, and
   * counts at risk in SEEP PAR). Events after the end of the month are ignored.
   */
  readonly events?: readonly LoanEvent[] | undefined;
}

/**
 * Options of {@link upkMonthlyReport} and {@link createUpkMonthlyReportAccumulator}.
 *
 * @category UPK books
 */
export interface UpkMonthlyReportOptions extends MessageOptions {
  /** The reporting month, `YYYY-MM`. Loans are assessed on its last day. */
  month: string;
  /**
   * The kolektibilitas table of the provisions (default `'upk-software-default'`); every level must
   * carry a sourced rate.
   */
  kolektibilitas?: KolektibilitasChoice | undefined;
  /** The UPK arrears threshold (default 3 missed instalments; see {@link UpkArrearsThreshold}). */
  upkThreshold?: UpkArrearsThreshold | undefined;
  /** The X of SEEP PAR > X days (default `[30, 90]`). */
  parDays?: readonly number[] | undefined;
  /**
   * Count LAR by KSM (`record.ksm`; records without one count as their own KSM) (default true), or
   * by row (false).
   */
  larByKsm?: boolean | undefined;
  /**
   * This UPK's identifier, prefixed to KSM keys so that KSM of different UPKs never merge in a
   * kabupaten view. Give each UPK's accumulator its own.
   */
  upkId?: string | undefined;
  /** Which RR reading the composite score uses: `'arrears'` (POB, default) or `'balance'`. */
  rrReading?: 'arrears' | 'balance' | undefined;
  /** Band tables of the health worksheet; without them `health.lkm` is `null`. */
  healthBands?: LkmHealthBands | undefined;
  /** Decimal places of the ratios' `decimal` (default 10). */
  decimalPlaces?: number | undefined;
}

/**
 * The monthly report of one UPK (or of several merged, for a kabupaten view). Plain JSON.
 *
 * @category UPK books
 */
export interface UpkMonthlyReport {
  /** Always `'sejahtera/upk-monthly-report'`. */
  readonly kind: 'sejahtera/upk-monthly-report';
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** First and last day of the month; loans are assessed on `to`. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Loan records seen, valid and rejected. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Rejected records with their index and issues. */
  readonly rejected: readonly BatchRejected[];
  /** Loans disbursed in the month and their principal. */
  readonly disbursements: { readonly loans: number; readonly principal: number };
  /** Paid in the month: principal (pokok), jasa, their total, and the number of payments. */
  readonly repayments: {
    readonly principal: number;
    readonly jasa: number;
    readonly total: number;
    readonly payments: number;
  };
  /** Loans in the portfolio (not written off) and their outstanding principal at the end of the month. */
  readonly outstanding: { readonly loans: number; readonly principal: number };
  /** Principal in arrears (sum of overduePrincipal) at the end of the month. */
  readonly principalInArrears: number;
  /** The portfolio indicators (kolektibilitas table with provisions, PAR/LAR/RR with bands). */
  readonly portfolio: PortfolioIndicators;
  /** CCr, ROI and the SEEP ratios, or `null` when no financial figures were added. */
  readonly costs: CostIndicators | null;
  /** The health scores. */
  readonly health: {
    /** The POB 2013 composite (unconfirmed table). */
    readonly pob: PobCompositeScore;
    /** The health worksheet, or `null` (no `healthBands`, or figures missing). */
    readonly lkm: LkmHealthScore | null;
    /** Why `lkm` is `null`. */
    readonly lkmReason: Label | null;
  };
  /**
   * Write-offs (hapus buku) from the loans' events: written off in the month (how many loans, the
   * principal moved out of the portfolio), recovered in the month, the net, and the same totals from
   * the start of the books to the end of the month.
   */
  readonly writeOffs: {
    readonly loans: number;
    readonly principal: number;
    readonly recoveredInMonth: number;
    /** principal - recoveredInMonth (may be negative). */
    readonly netInMonth: number;
    readonly toDate: {
      readonly loans: number;
      readonly principal: number;
      readonly recovered: number;
    };
  };
  /**
   * Restructured loans still in the portfolio (how many, their outstanding principal; they are in
   * `portfolio.par30`, `par90` and `par`), and the restructurings made in the month (how many, the
   * principal rescheduled).
   */
  readonly restructured: {
    readonly loans: number;
    readonly outstanding: number;
    readonly inMonth: { readonly loans: number; readonly principal: number };
  };
  /** The financial figures added up over the UPKs, or `null` when none was added. */
  readonly financials: UpkFinancials | null;
  /** How many UPKs' financial figures were added. */
  readonly financialsAdded: number;
}

/**
 * The state of a {@link UpkMonthlyReportAccumulator} as plain JSON.
 *
 * @category UPK books
 */
export interface UpkMonthlyReportSnapshot {
  /** Always `'sejahtera/upk-monthly-report-accumulator'`. */
  readonly kind: 'sejahtera/upk-monthly-report-accumulator';
  /** Format version (1). */
  readonly version: 1;
  /** The month. */
  readonly month: string;
  /** The portfolio's state. */
  readonly portfolio: PortfolioAccumulatorSnapshot;
  /** The integer sums of flows, in a fixed order. */
  readonly flows: readonly number[];
  /** Financial figures summed: [field, sum, how many UPKs gave it]. */
  readonly financials: readonly (readonly [string, number, number])[];
  /** How many UPKs' figures were added. */
  readonly financialsAdded: number;
  /** Rejected records. */
  readonly rejected: readonly BatchRejected[];
  /** Records seen. */
  readonly seen: number;
}

/**
 * A mergeable accumulator of the monthly report: add loan records and each UPK's financial figures,
 * merge other UPKs' accumulators (or their snapshots) for a kabupaten view, read the report. It
 * follows the library's one {@link Accumulator} contract.
 *
 * @category UPK books
 */
export interface UpkMonthlyReportAccumulator
  extends Accumulator<UpkLoanRecord | unknown, UpkMonthlyReportSnapshot, UpkMonthlyReport> {
  /**
   * Adds one loan record. A record that cannot be assessed is kept as a rejection with its index
   * (default: how many records this accumulator has seen).
   *
   * @throws {@link ValidationError} (`not_integer`, path `index`) when `index` is given and is not a
   * whole number >= 0.
   */
  add(record: UpkLoanRecord | unknown, index?: number): UpkMonthlyReportAccumulator;
  /** Adds every record of an iterable. */
  addAll(records: Iterable<UpkLoanRecord | unknown>): UpkMonthlyReportAccumulator;
  /** Adds one UPK's financial figures (call once per UPK). */
  addFinancials(financials: UpkFinancials): UpkMonthlyReportAccumulator;
  /** Adds another accumulator's (or snapshot's) records and figures; the other is unchanged. */
  merge(other: UpkMonthlyReportAccumulator | UpkMonthlyReportSnapshot): UpkMonthlyReportAccumulator;
  /** The state as plain JSON. */
  snapshot(): UpkMonthlyReportSnapshot;
  /** The report of everything added so far. */
  result(): UpkMonthlyReport;
}

const FLOW_FIELDS = [
  'disbursedLoans',
  'disbursedPrincipal',
  'repaidPrincipal',
  'repaidJasa',
  'payments',
  'arrears',
  'writtenOffLoans',
  'writtenOffPrincipal',
  'recovered',
  'writtenOffLoansToDate',
  'writtenOffPrincipalToDate',
  'recoveredToDate',
  'restructuredInMonth',
  'restructuredPrincipalInMonth',
  'valid',
] as const;
type FlowField = (typeof FLOW_FIELDS)[number];

const FIN_FIELDS = [
  'incomeYtd',
  'expensesYtd',
  'capital',
  'loanLossReserve',
  'writtenOffYtd',
  'averageGrossPortfolioYtd',
  'financialExpenseYtd',
  'impairmentLossYtd',
  'operatingExpenseYtd',
  'productiveAssets',
  'economicAssets',
  'netWorth',
  'initialCapital',
] as const;
type FinField = (typeof FIN_FIELDS)[number];

interface State {
  month: string;
  from: string;
  to: string;
  portfolio: PortfolioAccumulator;
  flows: Record<FlowField, number>;
  fin: Map<FinField, [number, number]>;
  months: number | undefined;
  finAdded: number;
  rejected: BatchRejected[];
  seen: number;
}

interface Resolved {
  month: string;
  from: string;
  to: string;
  table: KolektibilitasChoice;
  larByKsm: boolean;
  upkId: string;
  rrReading: 'arrears' | 'balance';
  healthBands: LkmHealthBands | undefined;
  places: number;
  portfolioOptions: Record<string, unknown>;
  messageOptions: MessageOptions;
  assess: ResolvedAssessOptions;
  fromDay: number;
  /** The KSM key of the row being added (read by the portfolio's larGroupKey; saves a copy per row). */
  ksm: { current: string };
}

/** `detail` in English and `detailId` in Indonesian, each message wholly in its language. */
function optionsError(detail: string, detailId: string): never {
  throw new ConfigurationError(
    'invalid_report_options',
    renderBoth(
      { code: 'invalid_report_options', path: ['options'], params: { detail, detailId } },
      upkBooksMessages,
    ),
    { detail, detailId },
  );
}

function resolve(options: unknown): Resolved {
  if (options === null || typeof options !== 'object')
    optionsError('options must be an object', 'opsi harus berupa objek');
  let o: Record<string, unknown>;
  try {
    o = { ...(options as Record<string, unknown>) };
  } catch {
    optionsError('the options could not be read', 'opsi tidak dapat dibaca');
  }
  const month = o.month;
  const m = typeof month === 'string' ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  const y = m === null ? 0 : Number(m[1]);
  const mo = m === null ? 0 : Number(m[2]);
  if (m === null || y < 1 || mo < 1 || mo > 12)
    optionsError("month must be 'YYYY-MM'", '`month` harus ditulis `YYYY-MM`');
  const from = formatYmd(y, mo, 1);
  const to = formatYmd(y, mo, monthLength(y, mo));
  const larByKsm = o.larByKsm ?? true;
  if (typeof larByKsm !== 'boolean')
    optionsError('larByKsm must be true or false', '`larByKsm` harus `true` atau `false`');
  const upkId = o.upkId ?? '';
  if (typeof upkId !== 'string' || upkId.length > 200)
    optionsError('upkId must be a string', '`upkId` harus berupa teks');
  const rrReading = o.rrReading ?? 'arrears';
  if (rrReading !== 'arrears' && rrReading !== 'balance') {
    optionsError(
      "rrReading must be 'arrears' or 'balance'",
      '`rrReading` harus `arrears` atau `balance`',
    );
  }
  const places = o.decimalPlaces ?? 10;
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > 20) {
    optionsError(
      'decimalPlaces must be a whole number from 0 to 20',
      '`decimalPlaces` harus bilangan bulat 0 sampai 20',
    );
  }
  const table = (o.kolektibilitas ?? 'upk-software-default') as KolektibilitasChoice;
  const messageOptions: MessageOptions = o.locale === 'id' ? { locale: 'id' } : {};
  const ksm = { current: '' };
  const portfolioOptions: Record<string, unknown> = {
    kolektibilitas: table,
    upkThreshold: o.upkThreshold,
    parDays: o.parDays,
    decimalPlaces: places,
    ...(larByKsm ? { larGroupKey: () => ksm.current } : {}),
    ...messageOptions,
  };
  // Check the table and the portfolio options once, before any record.
  const resolved = resolveKolektibilitasTable(table);
  for (const level of resolved.levels) {
    if (level.provisionRate === null) {
      throw unsourcedRateError({ tableId: resolved.id, level: level.level, code: level.code });
    }
  }
  createPortfolioAccumulator(portfolioOptions);
  const assess = resolveAssessOptions({ asOf: to, kolektibilitas: table });
  const healthBands = o.healthBands as LkmHealthBands | undefined;
  return {
    month: month as string,
    from,
    to,
    table,
    larByKsm,
    upkId,
    rrReading,
    healthBands,
    places,
    portfolioOptions,
    messageOptions,
    assess,
    fromDay: epochDay(y, mo, 1),
    ksm,
  };
}

const newFlows = (): Record<FlowField, number> =>
  Object.fromEntries(FLOW_FIELDS.map((f) => [f, 0])) as Record<FlowField, number>;

function issuesOf(error: unknown, options: MessageOptions): Issue[] {
  if (error instanceof ValidationError) return [...error.issues];
  if (error instanceof SejahteraError) {
    const message = options.locale === 'id' ? error.messages.id : error.messages.en;
    return [{ code: error.code, path: [], params: error.params, message }];
  }
  return [createIssue('unreadable_row', [], {}, options)];
}

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
    throw validationError(
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
    throw validationError([createIssue('unreadable_row', [])], 'loan record');
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
  if (issues.length > 0) throw validationError(issues, 'loan record');
  return out;
}

const inMonth = (o: Resolved, day: string): boolean => day >= o.from && day <= o.to;

function addRecord(state: State, o: Resolved, record: unknown, index: number): void {
  const f = state.flows;
  let rec: ReadRecord;
  let assessment: LoanAssessment | null;
  let principal: number;
  let events: LoanEventAssessment | undefined;
  const month: PeriodFlows = { fromDay: o.fromDay, principal: 0, interest: 0, count: 0 };
  try {
    rec = readRecord(record);
    if (rec.events === undefined || (Array.isArray(rec.events) && rec.events.length === 0)) {
      // No events: one allocation gives both the assessment and the month's pokok and jasa.
      assessment = assessWithFlows(rec.schedule, rec.payments, o.assess, rec.collateral, month);
      principal = assessment.principal;
    } else {
      // The rules of assessLoanWithEvents, each phase's payments of the month split the same way.
      const collateral = rec.collateral;
      events = assessEventsWith(
        { schedule: rec.schedule, payments: rec.payments, events: rec.events },
        o.to,
        (schedule, payments, asOf) => {
          const phase: PeriodFlows = { fromDay: o.fromDay, principal: 0, interest: 0, count: 0 };
          const options =
            asOf === o.to ? o.assess : resolveAssessOptions({ asOf, kolektibilitas: o.table });
          const a = assessWithFlows(schedule, payments, options, collateral, phase);
          month.principal += phase.principal;
          month.interest += phase.interest;
          month.count += phase.count;
          return a;
        },
      );
      assessment = events.assessment;
      principal = events.originalPrincipal;
    }
  } catch (error) {
    state.rejected.push({ index, issues: issuesOf(error, o.messageOptions) });
    return;
  }
  f.valid++;
  if (rec.disbursedOn !== undefined && inMonth(o, rec.disbursedOn)) {
    f.disbursedLoans++;
    f.disbursedPrincipal += principal;
  }
  f.repaidPrincipal += month.principal;
  f.repaidJasa += month.interest;
  f.payments += month.count;
  if (events !== undefined) {
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
  if (assessment === null) return; // written off: out of the portfolio
  f.arrears += assessment.overduePrincipal;
  if (o.larByKsm) {
    o.ksm.current =
      rec.ksm === undefined
        ? `${o.upkId}\u0000#${index}`
        : `${o.upkId}\u0000${typeof rec.ksm}:${String(rec.ksm)}`;
  }
  state.portfolio.add(assessment, index);
}

function financialsOf(state: State): UpkFinancials | null {
  if (state.finAdded === 0 || state.months === undefined) return null;
  const out: Record<string, number> = { months: state.months };
  for (const field of FIN_FIELDS) {
    const entry = state.fin.get(field);
    // A figure counts only when every UPK gave it (otherwise the sum would be partial).
    if (entry !== undefined && entry[1] === state.finAdded) out[field] = entry[0];
  }
  return out as unknown as UpkFinancials;
}

function reportOf(state: State, o: Resolved): UpkMonthlyReport {
  const p = state.portfolio.result();
  const portfolio: PortfolioIndicators = {
    asOf: p.asOf,
    loans: p.loans,
    grossOutstanding: p.grossOutstanding,
    par30: p.par30,
    par90: p.par90,
    restructured: p.restructured,
    upkPar: p.upkPar,
    upkLar: p.upkLar,
    upkRr: p.upkRr,
    upkRrBalance: p.upkRrBalance,
    par: p.par,
    collectionRate: p.collectionRate,
    requiredProvisions: p.requiredProvisions,
    kolektibilitas: p.kolektibilitas,
  };
  const fin = financialsOf(state);
  const f = state.flows;
  const par30 = p.par.find((x) => x.days === 30)?.numerator ?? p.par30.numerator;
  const costs = fin === null ? null : costIndicatorsOf(fin, par30, o.places);
  const rr = o.rrReading === 'arrears' ? p.upkRr : p.upkRrBalance;
  const pob = scorePobComposite({
    lar: p.upkLar.band?.code ?? null,
    par: p.upkPar.band?.code ?? null,
    rr: rr.band?.code ?? null,
    ccr: costs?.costCoverage.band?.code ?? null,
    roi: costs?.roi.band?.code ?? null,
  });
  let lkm: LkmHealthScore | null = null;
  let lkmReason: Label | null = null;
  if (o.healthBands === undefined) {
    lkmReason = {
      id: 'Tabel pita kesehatan (healthBands) tidak diberikan.',
      en: 'No health band tables (healthBands) were given.',
    };
  } else if (
    fin === null ||
    fin.loanLossReserve === undefined ||
    fin.productiveAssets === undefined ||
    fin.economicAssets === undefined ||
    fin.netWorth === undefined ||
    fin.initialCapital === undefined
  ) {
    lkmReason = {
      id: 'Angka keuangan yang dibutuhkan (cadangan, aset produktif, aset ekonomis, kekayaan bersih, modal awal) tidak lengkap.',
      en: 'Financial figures it needs (reserve, productive assets, economic assets, net worth, initial capital) are missing.',
    };
  } else {
    lkm = scoreLkmHealth(
      {
        principalInArrears: f.arrears,
        outstandingPrincipal: p.grossOutstanding.amount,
        loanLossReserve: fin.loanLossReserve,
        requiredReserve: p.requiredProvisions.amount,
        netProfit: fin.incomeYtd - fin.expensesYtd,
        productiveAssets: fin.productiveAssets,
        operatingExpense: fin.operatingExpenseYtd ?? fin.expensesYtd,
        income: fin.incomeYtd,
        loanBook: p.grossOutstanding.amount,
        economicAssets: fin.economicAssets,
        netWorth: fin.netWorth,
        initialCapital: fin.initialCapital,
      },
      { bands: o.healthBands },
    );
  }
  const rejected = [...state.rejected].sort((a, b) => a.index - b.index);
  return {
    kind: 'sejahtera/upk-monthly-report',
    month: state.month,
    period: { from: state.from, to: state.to },
    counts: { total: state.seen, valid: f.valid, rejected: state.rejected.length },
    rejected,
    disbursements: { loans: f.disbursedLoans, principal: f.disbursedPrincipal },
    repayments: {
      principal: f.repaidPrincipal,
      jasa: f.repaidJasa,
      total: f.repaidPrincipal + f.repaidJasa,
      payments: f.payments,
    },
    outstanding: { loans: p.loans.total, principal: p.grossOutstanding.amount },
    principalInArrears: f.arrears,
    portfolio,
    costs,
    health: { pob, lkm, lkmReason },
    writeOffs: {
      loans: f.writtenOffLoans,
      principal: f.writtenOffPrincipal,
      recoveredInMonth: f.recovered,
      netInMonth: f.writtenOffPrincipal - f.recovered,
      toDate: {
        loans: f.writtenOffLoansToDate,
        principal: f.writtenOffPrincipalToDate,
        recovered: f.recoveredToDate,
      },
    },
    restructured: {
      loans: p.loans.restructured,
      outstanding: p.restructured.numerator,
      inMonth: { loans: f.restructuredInMonth, principal: f.restructuredPrincipalInMonth },
    },
    financials: fin,
    financialsAdded: state.finAdded,
  };
}

const states = new WeakMap<object, { state: State; resolved: Resolved }>();

function accumulatorError(): ConfigurationError {
  return new ConfigurationError(
    'invalid_report_accumulator',
    renderBoth({ code: 'invalid_report_accumulator', path: [], params: {} }, upkBooksMessages),
  );
}

function addFin(state: State, f: UpkFinancials): void {
  if (state.months !== undefined && state.months !== f.months) {
    throw new ConfigurationError(
      'period_mismatch',
      renderBoth({ code: 'period_mismatch', path: ['months'], params: {} }, upkBooksMessages),
      { months: [state.months, f.months] },
    );
  }
  state.months = f.months;
  state.finAdded++;
  for (const field of FIN_FIELDS) {
    const v = f[field];
    if (v === undefined) continue;
    const e = state.fin.get(field);
    if (e === undefined) state.fin.set(field, [v, 1]);
    else {
      e[0] += v;
      e[1]++;
    }
  }
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
  const o = resolve(options);
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
      if (other === null || typeof other !== 'object' || other === acc) throw accumulatorError();
      const known = states.get(other);
      let from: State;
      if (known !== undefined) from = known.state;
      else from = stateFromSnapshot(other, o);
      if (from.month !== state.month) {
        throw new ConfigurationError(
          'period_mismatch',
          renderBoth({ code: 'period_mismatch', path: ['month'], params: {} }, upkBooksMessages),
        );
      }
      if (from.months !== undefined && state.months !== undefined && from.months !== state.months) {
        throw new ConfigurationError(
          'period_mismatch',
          renderBoth({ code: 'period_mismatch', path: ['months'], params: {} }, upkBooksMessages),
        );
      }
      state.portfolio.merge(known !== undefined ? from.portfolio : from.portfolio.snapshot());
      for (const f of FLOW_FIELDS) state.flows[f] += from.flows[f];
      if (from.months !== undefined) state.months = from.months;
      state.finAdded += from.finAdded;
      for (const [field, [sum, count]] of from.fin) {
        const e = state.fin.get(field);
        if (e === undefined) state.fin.set(field, [sum, count]);
        else {
          e[0] += sum;
          e[1] += count;
        }
      }
      for (const r of from.rejected) state.rejected.push(r);
      state.seen += from.seen;
      return acc;
    },
    snapshot() {
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
    },
    result() {
      return reportOf(state, o);
    },
  };
  states.set(acc, { state, resolved: o });
  return acc;
}

const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function stateFromSnapshot(raw: unknown, o: Resolved): State {
  try {
    const s = raw as UpkMonthlyReportSnapshot & { months?: unknown };
    if (
      s.kind !== 'sejahtera/upk-monthly-report-accumulator' ||
      s.version !== 1 ||
      typeof s.month !== 'string' ||
      !Array.isArray(s.flows) ||
      s.flows.length !== FLOW_FIELDS.length ||
      !s.flows.every(isCount) ||
      !Array.isArray(s.financials) ||
      !isCount(s.financialsAdded) ||
      !Array.isArray(s.rejected) ||
      !isCount(s.seen) ||
      (s.months !== undefined && !(isCount(s.months) && s.months >= 1 && s.months <= 12))
    ) {
      throw accumulatorError();
    }
    const portfolio = createPortfolioAccumulator(o.portfolioOptions);
    portfolio.merge(s.portfolio);
    const flows = newFlows();
    FLOW_FIELDS.forEach((f, i) => {
      flows[f] = s.flows[i] as number;
    });
    const fin = new Map<FinField, [number, number]>();
    for (const e of s.financials) {
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
    const rejected: BatchRejected[] = [];
    for (const r of s.rejected) {
      if (!isCount(r?.index) || !Array.isArray(r.issues)) throw accumulatorError();
      rejected.push({ index: r.index, issues: [...r.issues] });
    }
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
