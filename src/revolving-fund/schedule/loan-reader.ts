import {
  enumField,
  objectField,
  onlyKeys,
  readWith,
  type Report,
  wholeField,
} from '../../_internal/mirror-fields.js';
import type { MessageOptions, SafeParseResult } from '../../core/index.js';
import { FREQUENCIES, INTEREST_GRACE_TREATMENTS, INTEREST_METHODS } from './loan-values.js';
import { scheduleStageMessages } from './messages.js';
import { type LoanHead, percentField, readLoanHead } from './reader-fields.js';

// `LoanSchema` read without zod, for `buildSchedule`'s own path (issue 11: its bundle then carries
// no zod). The same rules, the same output and the same issues in the same order as
// `safeParseWith(LoanSchema, value, { catalog: scheduleStageMessages })`:
// tests/revolving-fund/loan-reader.test.ts proves it on arbitrary input.

const PERIODS = ['week', 'month', 'year'] as const;
const MODES = ['half-up', 'half-even', 'up', 'down'] as const;
const MAX_TENOR = 1000;

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
const INTEREST_KEYS: ReadonlySet<string> = new Set(['method', 'rate']);
const RATE_KEYS: ReadonlySet<string> = new Set(['percent', 'per']);
const GRACE_KEYS: ReadonlySet<string> = new Set([
  'principalPeriods',
  'interestPeriods',
  'interest',
]);
const ROUNDING_KEYS: ReadonlySet<string> = new Set(['unit', 'mode']);

/** A loan as `LoanSchema` outputs it (loan.ts types it as `ParsedLoan`). */
export type ReadLoan = Record<string, unknown>;

/**
 * Reads a loan as `LoanSchema` does (defaults filled in), with its issues worded from the schedule
 * stage's catalogue in the locale of `options`.
 */
export function readLoan(value: unknown, options: MessageOptions): SafeParseResult<ReadLoan> {
  return readWith((report) => loanOf(value, report), options, scheduleStageMessages);
}

function loanOf(value: unknown, report: Report): ReadLoan {
  const o = objectField(value, [], report);
  if (o === undefined) return {};
  const out = {} as LoanHead & Record<string, unknown>;
  readLoanHead(o, out, report);
  const { tenor, frequency, interest, grace, principalEvery, rounding } = o;
  wholeField(tenor, ['tenor'], 1, MAX_TENOR, report);
  out.tenor = tenor;
  enumField(frequency, ['frequency'], FREQUENCIES, report);
  out.frequency = frequency;
  out.interest = interestOf(interest, report);
  if (grace !== undefined) out.grace = graceOf(grace, report);
  else if ('grace' in o) out.grace = undefined;
  if (principalEvery !== undefined) wholeField(principalEvery, ['principalEvery'], 1, 1000, report);
  if ('principalEvery' in o) out.principalEvery = principalEvery;
  if (rounding !== undefined) out.rounding = roundingOf(rounding, report);
  else if ('rounding' in o) out.rounding = undefined;
  onlyKeys(o, [], LOAN_KEYS, report);
  return out as unknown as ReadLoan;
}

function interestOf(v: unknown, report: Report): unknown {
  const o = objectField(v, ['interest'], report);
  if (o === undefined) return v;
  const { method, rate } = o;
  enumField(method, ['interest', 'method'], INTEREST_METHODS, report);
  const r = objectField(rate, ['interest', 'rate'], report);
  let outRate: unknown = rate;
  if (r !== undefined) {
    const { percent, per } = r;
    percentField(percent, ['interest', 'rate', 'percent'], report);
    enumField(per, ['interest', 'rate', 'per'], PERIODS, report);
    outRate = { percent, per };
    onlyKeys(r, ['interest', 'rate'], RATE_KEYS, report);
  }
  onlyKeys(o, ['interest'], INTEREST_KEYS, report);
  return { method, rate: outRate };
}

function graceOf(v: unknown, report: Report): unknown {
  const o = objectField(v, ['grace'], report);
  if (o === undefined) return v;
  const { principalPeriods = 0, interestPeriods = 0, interest = 'deferred' } = o;
  wholeField(principalPeriods, ['grace', 'principalPeriods'], 0, MAX_TENOR, report);
  wholeField(interestPeriods, ['grace', 'interestPeriods'], 0, MAX_TENOR, report);
  enumField(interest, ['grace', 'interest'], INTEREST_GRACE_TREATMENTS, report);
  onlyKeys(o, ['grace'], GRACE_KEYS, report);
  return { principalPeriods, interestPeriods, interest };
}

function roundingOf(v: unknown, report: Report): unknown {
  const o = objectField(v, ['rounding'], report);
  if (o === undefined) return v;
  const { unit = 1, mode = 'half-up' } = o;
  wholeField(unit, ['rounding', 'unit'], 1, 1_000_000_000, report);
  enumField(mode, ['rounding', 'mode'], MODES, report);
  onlyKeys(o, ['rounding'], ROUNDING_KEYS, report);
  return { unit, mode };
}
