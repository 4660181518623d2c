import { readYmd } from '../../_internal/days.js';
import {
  createIssue,
  type Issue,
  type Label,
  type MessageOptions,
  describeType,
} from '../../core/index.js';
import { portfolioMessages } from './messages.js';

/** A kolektibilitas result, checked, with its distribution key. */
export interface KolektibilitasFields {
  tableId: string;
  level: number;
  code: string;
  label: Label;
  provisionRate: string | null;
  key: string;
}

/** The fields of one assessment that the indicators read, checked. */
export interface AssessmentRow {
  asOf: string | undefined;
  outstanding: number;
  daysPastDue: number;
  missed: number;
  /** overduePrincipal when given (the UPK RR subtracts it). */
  overdue: number | undefined;
  /** monthsInArrears, or floor(daysPastDue / 30) when absent. */
  months: number;
  due: number;
  paidOnTime: number;
  provision: number;
  tableId: string;
  level: number;
  code: string;
  label: Label;
  provisionRate: string | null;
  /** Distribution key of the kolektibilitas level. */
  key: string;
  /** Flagged restructured (rescheduled): at risk in SEEP PAR whatever its days past due. */
  restructured: boolean;
}

const RATE = /^(?:0(?:\.\d{1,40})?|1(?:\.0{1,40})?)$/;

const isWhole = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function wholeIssue(
  value: unknown,
  path: (string | number)[],
  options: MessageOptions,
): Issue | undefined {
  if (isWhole(value)) return undefined;
  if (value === undefined) return createIssue('required', path, {}, options, portfolioMessages);
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    return createIssue(
      'too_small',
      path,
      { minimum: 0, inclusive: true, origin: 'number' },
      options,
      portfolioMessages,
    );
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? createIssue('not_integer', path, { received: 'number' }, options, portfolioMessages)
      : createIssue(
          'not_finite',
          path,
          { received: describeType(value) },
          options,
          portfolioMessages,
        );
  }
  return createIssue(
    'invalid_type',
    path,
    { expected: 'integer', received: describeType(value) },
    options,
    portfolioMessages,
  );
}

/**
 * Reads one assessment, each field once (a getter is never called twice). Fields the indicators use
 * are required; the other fields of {@link LoanAssessment} are checked when present. Returns the row
 * or every issue found. Throws only what a hostile object's getters throw.
 */
function readAssessmentSlow(
  value: unknown,
  options: MessageOptions,
): { row: AssessmentRow } | { issues: Issue[] } {
  const issue = (
    code: string,
    path: (string | number)[],
    params: Record<string, unknown> = {},
  ): Issue => createIssue(code, path, params, options, portfolioMessages);
  const notString = (path: (string | number)[], received: unknown): Issue =>
    issue('invalid_type', path, { expected: 'string', received: describeType(received) });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { issues: [issue('invalid_assessment', [])] };
  }
  const a = value as Record<string, unknown>;
  const issues: Issue[] = [];
  const outstanding = a.outstandingPrincipal;
  const daysPastDue = a.daysPastDue;
  const missed = a.missedInstalments;
  const due = a.dueToDate;
  const paidOnTime = a.paidOnTimeToDate;
  const provision = a.provision;
  const required: [string, unknown][] = [
    ['outstandingPrincipal', outstanding],
    ['daysPastDue', daysPastDue],
    ['missedInstalments', missed],
    ['dueToDate', due],
    ['paidOnTimeToDate', paidOnTime],
    ['provision', provision],
  ];
  for (const [name, v] of required) {
    const problem = wholeIssue(v, [name], options);
    if (problem !== undefined) issues.push(problem);
  }
  const optional: Record<string, unknown> = {};
  for (const name of [
    'principal',
    'overduePrincipal',
    'overdueInterest',
    'monthsInArrears',
    'paidToDate',
  ]) {
    const v = a[name];
    optional[name] = v;
    if (v !== undefined) {
      const problem = wholeIssue(v, [name], options);
      if (problem !== undefined) issues.push(problem);
      else if (name === 'overduePrincipal' && isWhole(outstanding) && (v as number) > outstanding) {
        issues.push(issue('overdue_exceeds_outstanding', [name]));
      }
    }
  }
  if (isWhole(due) && isWhole(paidOnTime) && paidOnTime > due) {
    issues.push(issue('paid_on_time_exceeds_due', ['paidOnTimeToDate']));
  }
  const asOf = a.asOf;
  if (asOf !== undefined && (typeof asOf !== 'string' || readYmd(asOf) === undefined)) {
    issues.push(
      typeof asOf === 'string'
        ? issue('invalid_calendar_date', ['asOf'])
        : notString(['asOf'], asOf),
    );
  }
  const status = a.status;
  if (status !== undefined && status !== 'active' && status !== 'paid_off') {
    issues.push(issue('invalid_value', ['status'], { allowed: ['active', 'paid_off'] }));
  }
  const restructured = a.restructured;
  if (restructured !== undefined && typeof restructured !== 'boolean') {
    issues.push(
      issue('invalid_type', ['restructured'], {
        expected: 'boolean',
        received: describeType(restructured),
      }),
    );
  }
  const k = a.kolektibilitas;
  let tableId = '';
  let level = 0;
  let code = '';
  let label: Label = { id: '', en: '' };
  let provisionRate: string | null = '';
  if (k === null || typeof k !== 'object' || Array.isArray(k)) {
    issues.push(
      k === undefined
        ? issue('required', ['kolektibilitas'])
        : issue('invalid_type', ['kolektibilitas'], {
            expected: 'object',
            received: describeType(k),
          }),
    );
  } else {
    const kk = k as Record<string, unknown>;
    const t = kk.tableId;
    const l = kk.level;
    const c = kk.code;
    const lb = kk.label;
    const r = kk.provisionRate;
    if (typeof t !== 'string' || t.length === 0 || t.length > 200) {
      issues.push(notString(['kolektibilitas', 'tableId'], t));
    } else tableId = t;
    if (typeof l !== 'number' || !Number.isSafeInteger(l) || l < 1) {
      issues.push(issue('not_integer', ['kolektibilitas', 'level'], { received: describeType(l) }));
    } else level = l;
    if (typeof c !== 'string' || c.length === 0 || c.length > 100) {
      issues.push(notString(['kolektibilitas', 'code'], c));
    } else code = c;
    let lid: unknown;
    let len: unknown;
    if (lb !== null && typeof lb === 'object') {
      lid = (lb as Record<string, unknown>).id;
      len = (lb as Record<string, unknown>).en;
    }
    if (typeof lid !== 'string' || typeof len !== 'string') {
      issues.push(
        issue('invalid_type', ['kolektibilitas', 'label'], {
          expected: '{ id, en }',
          received: describeType(lb),
        }),
      );
    } else label = { id: lid, en: len };
    if (r !== null && (typeof r !== 'string' || !RATE.test(r))) {
      issues.push(issue('invalid_decimal', ['kolektibilitas', 'provisionRate']));
    } else provisionRate = r;
  }
  if (issues.length > 0) return { issues };
  return {
    row: {
      asOf: asOf as string | undefined,
      outstanding: outstanding as number,
      daysPastDue: daysPastDue as number,
      missed: missed as number,
      overdue: optional.overduePrincipal as number | undefined,
      months:
        optional.monthsInArrears === undefined
          ? Math.floor((daysPastDue as number) / 30)
          : (optional.monthsInArrears as number),
      due: due as number,
      paidOnTime: paidOnTime as number,
      provision: provision as number,
      tableId,
      level,
      code,
      label,
      provisionRate,
      key: distKey(tableId, level, code, provisionRate, label),
      restructured: restructured === true,
    },
  };
}

/** The distribution key of a kolektibilitas level: every field, so that merging never depends on order. */
export function distKey(
  tableId: string,
  level: number,
  code: string,
  rate: string | null,
  label: Label,
): string {
  return `${tableId}\u0000${level}\u0000${code}\u0000${rate ?? '\u0001'}\u0000${label.id}\u0000${label.en}`;
}

/** Frozen kolektibilitas results (assessLoan shares one per level) are checked once. */
const kolCache = new WeakMap<object, KolektibilitasFields>();
/** How many distinct levels {@link recent} remembers. */
const RECENT = 16;
const recent: KolektibilitasFields[] = [];

function readKolektibilitasFast(k: unknown): KolektibilitasFields | undefined {
  if (k === null || typeof k !== 'object') return undefined;
  const cached = kolCache.get(k);
  if (cached !== undefined) return cached;
  const kk = k as Record<string, unknown>;
  const tableId = kk.tableId;
  const level = kk.level;
  const code = kk.code;
  const label = kk.label;
  const rate = kk.provisionRate;
  if (
    typeof tableId !== 'string' ||
    tableId.length === 0 ||
    tableId.length > 200 ||
    typeof level !== 'number' ||
    !Number.isSafeInteger(level) ||
    level < 1 ||
    typeof code !== 'string' ||
    code.length === 0 ||
    code.length > 100 ||
    label === null ||
    typeof label !== 'object' ||
    (rate !== null && (typeof rate !== 'string' || !RATE.test(rate)))
  ) {
    return undefined;
  }
  const id = (label as Record<string, unknown>).id;
  const en = (label as Record<string, unknown>).en;
  if (typeof id !== 'string' || typeof en !== 'string') return undefined;
  // Unfrozen results (read from JSON, one object per row) repeat a handful of levels: reuse the
  // fields (and their key) of an equal level seen recently instead of building them again.
  for (let i = 0; i < recent.length; i++) {
    const r = recent[i] as KolektibilitasFields;
    if (
      r.level === level &&
      r.tableId === tableId &&
      r.code === code &&
      r.provisionRate === rate &&
      r.label.id === id &&
      r.label.en === en
    ) {
      return r;
    }
  }
  const out: KolektibilitasFields = {
    tableId,
    level,
    code,
    label: { id, en },
    provisionRate: rate as string | null,
    key: distKey(tableId, level, code, rate as string | null, { id, en }),
  };
  if (Object.isFrozen(k) && Object.isFrozen(label)) kolCache.set(k, out);
  if (recent.length >= RECENT) recent.shift();
  recent.push(out);
  return out;
}

/**
 * Reads one assessment, each field once on the fast path; anything unusual is read again by the slow
 * path, which reports every issue. Throws only what a hostile object's getters throw.
 */
export function readAssessment(
  value: unknown,
  options: MessageOptions,
): { row: AssessmentRow } | { issues: Issue[] } {
  if (value === null || typeof value !== 'object') return readAssessmentSlow(value, options);
  const a = value as Record<string, unknown>;
  const outstanding = a.outstandingPrincipal;
  const daysPastDue = a.daysPastDue;
  const missed = a.missedInstalments;
  const due = a.dueToDate;
  const paidOnTime = a.paidOnTimeToDate;
  const provision = a.provision;
  const principal = a.principal;
  const overduePrincipal = a.overduePrincipal;
  const overdueInterest = a.overdueInterest;
  const months = a.monthsInArrears;
  const paidToDate = a.paidToDate;
  const asOf = a.asOf;
  const status = a.status;
  const restructured = a.restructured;
  const k = readKolektibilitasFast(a.kolektibilitas);
  if (
    k === undefined ||
    Array.isArray(value) ||
    !isWhole(outstanding) ||
    !isWhole(daysPastDue) ||
    !isWhole(missed) ||
    !isWhole(due) ||
    !isWhole(paidOnTime) ||
    paidOnTime > due ||
    !isWhole(provision) ||
    (principal !== undefined && !isWhole(principal)) ||
    (overduePrincipal !== undefined &&
      (!isWhole(overduePrincipal) || overduePrincipal > outstanding)) ||
    (overdueInterest !== undefined && !isWhole(overdueInterest)) ||
    (months !== undefined && !isWhole(months)) ||
    (paidToDate !== undefined && !isWhole(paidToDate)) ||
    (status !== undefined && status !== 'active' && status !== 'paid_off') ||
    (restructured !== undefined && typeof restructured !== 'boolean') ||
    (asOf !== undefined && (typeof asOf !== 'string' || readYmd(asOf) === undefined))
  ) {
    return readAssessmentSlow(value, options);
  }
  return {
    row: {
      asOf: asOf as string | undefined,
      outstanding,
      daysPastDue,
      missed,
      overdue: overduePrincipal as number | undefined,
      months: months === undefined ? Math.floor(daysPastDue / 30) : (months as number),
      due,
      paidOnTime,
      provision,
      tableId: k.tableId,
      level: k.level,
      code: k.code,
      label: k.label,
      provisionRate: k.provisionRate,
      key: k.key,
      restructured: restructured === true,
    },
  };
}
