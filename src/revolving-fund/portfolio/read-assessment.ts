import { readYmd } from '../../_internal/days.js';
import {
  createIssue,
  describeType,
  type Issue,
  type Label,
  type MessageOptions,
} from '../../core/index.js';
import { portfolioMessages } from './messages.js';

/** The fields of one assessment that the indicators read, checked. */
export interface AssessmentRow {
  asOf: string | undefined;
  outstanding: number;
  daysPastDue: number;
  missed: number;
  due: number;
  paidOnTime: number;
  provision: number;
  tableId: string;
  level: number;
  code: string;
  label: Label;
  provisionRate: string;
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
export function readAssessment(
  value: unknown,
  options: MessageOptions,
): { row: AssessmentRow } | { issues: Issue[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { issues: [createIssue('invalid_assessment', [], {}, options, portfolioMessages)] };
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
  for (const name of [
    'principal',
    'overduePrincipal',
    'overdueInterest',
    'monthsInArrears',
    'paidToDate',
  ]) {
    const v = a[name];
    if (v !== undefined) {
      const problem = wholeIssue(v, [name], options);
      if (problem !== undefined) issues.push(problem);
      else if (name === 'overduePrincipal' && isWhole(outstanding) && (v as number) > outstanding) {
        issues.push(
          createIssue('overdue_exceeds_outstanding', [name], {}, options, portfolioMessages),
        );
      }
    }
  }
  if (isWhole(due) && isWhole(paidOnTime) && paidOnTime > due) {
    issues.push(
      createIssue('paid_on_time_exceeds_due', ['paidOnTimeToDate'], {}, options, portfolioMessages),
    );
  }
  const asOf = a.asOf;
  if (asOf !== undefined && (typeof asOf !== 'string' || readYmd(asOf) === undefined)) {
    issues.push(
      typeof asOf === 'string'
        ? createIssue('invalid_calendar_date', ['asOf'], {}, options, portfolioMessages)
        : createIssue(
            'invalid_type',
            ['asOf'],
            { expected: 'string', received: describeType(asOf) },
            options,
            portfolioMessages,
          ),
    );
  }
  const status = a.status;
  if (status !== undefined && status !== 'active' && status !== 'paid_off') {
    issues.push(
      createIssue(
        'invalid_value',
        ['status'],
        { allowed: ['active', 'paid_off'] },
        options,
        portfolioMessages,
      ),
    );
  }
  const k = a.kolektibilitas;
  let tableId = '';
  let level = 0;
  let code = '';
  let label: Label = { id: '', en: '' };
  let provisionRate = '';
  if (k === null || typeof k !== 'object' || Array.isArray(k)) {
    issues.push(
      k === undefined
        ? createIssue('required', ['kolektibilitas'], {}, options, portfolioMessages)
        : createIssue(
            'invalid_type',
            ['kolektibilitas'],
            { expected: 'object', received: describeType(k) },
            options,
            portfolioMessages,
          ),
    );
  } else {
    const kk = k as Record<string, unknown>;
    const t = kk.tableId;
    const l = kk.level;
    const c = kk.code;
    const lb = kk.label;
    const r = kk.provisionRate;
    if (typeof t !== 'string' || t.length === 0 || t.length > 200) {
      issues.push(
        createIssue(
          'invalid_type',
          ['kolektibilitas', 'tableId'],
          { expected: 'string', received: describeType(t) },
          options,
          portfolioMessages,
        ),
      );
    } else tableId = t;
    if (typeof l !== 'number' || !Number.isSafeInteger(l) || l < 1) {
      issues.push(
        createIssue(
          'not_integer',
          ['kolektibilitas', 'level'],
          { received: describeType(l) },
          options,
          portfolioMessages,
        ),
      );
    } else level = l;
    if (typeof c !== 'string' || c.length === 0 || c.length > 100) {
      issues.push(
        createIssue(
          'invalid_type',
          ['kolektibilitas', 'code'],
          { expected: 'string', received: describeType(c) },
          options,
          portfolioMessages,
        ),
      );
    } else code = c;
    let lid: unknown;
    let len: unknown;
    if (lb !== null && typeof lb === 'object') {
      lid = (lb as Record<string, unknown>).id;
      len = (lb as Record<string, unknown>).en;
    }
    if (typeof lid !== 'string' || typeof len !== 'string') {
      issues.push(
        createIssue(
          'invalid_type',
          ['kolektibilitas', 'label'],
          { expected: '{ id, en }', received: describeType(lb) },
          options,
          portfolioMessages,
        ),
      );
    } else label = { id: lid, en: len };
    if (typeof r !== 'string' || !RATE.test(r)) {
      issues.push(
        createIssue(
          'invalid_decimal',
          ['kolektibilitas', 'provisionRate'],
          {},
          options,
          portfolioMessages,
        ),
      );
    } else provisionRate = r;
  }
  if (issues.length > 0) return { issues };
  return {
    row: {
      asOf: asOf as string | undefined,
      outstanding: outstanding as number,
      daysPastDue: daysPastDue as number,
      missed: missed as number,
      due: due as number,
      paidOnTime: paidOnTime as number,
      provision: provision as number,
      tableId,
      level,
      code,
      label,
      provisionRate,
    },
  };
}
