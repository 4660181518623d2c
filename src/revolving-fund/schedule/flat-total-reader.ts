import {
  collect,
  enumField,
  maxLengthCheck,
  objectField,
  onlyKeys,
  readWith,
  type Report,
  unionOf,
  wholeField,
} from '../../_internal/mirror-fields.js';
import type { MessageOptions, SafeParseResult } from '../../core/index.js';
import { isUnitText } from './field-software-rounding.js';
import { scheduleStageMessages } from './messages.js';
import { type LoanHead, percentField, readLoanHead } from './reader-fields.js';

// `FlatTotalLoanSchema` read without zod, for `buildSchedule`'s own path (issue 11). The same rules,
// output and issues in the same order as `safeParseWith(FlatTotalLoanSchema, value, { catalog:
// scheduleStageMessages })`: tests/revolving-fund/loan-reader.test.ts proves it on arbitrary input.

const NAMED = ['monthly', 'every-2-months', 'quarterly', 'semiannual'] as const;
const MODES = ['half-up', 'half-even', 'up', 'down'] as const;
const MAX_TERM = 1200;
const KEYS: ReadonlySet<string> = new Set([
  'principal',
  'disbursedOn',
  'firstDueOn',
  'termMonths',
  'frequency',
  'interest',
  'rounding',
]);
const MONTHS_KEYS: ReadonlySet<string> = new Set(['months']);
const INTEREST_KEYS: ReadonlySet<string> = new Set(['method', 'rate']);
const RATE_KEYS: ReadonlySet<string> = new Set(['percent', 'per']);
const PARTS_KEYS: ReadonlySet<string> = new Set(['target', 'unit', 'mode']);
const SOFTWARE_KEYS: ReadonlySet<string> = new Set(['target', 'unit']);

/** A flat-total loan as `FlatTotalLoanSchema` outputs it (flat-total.ts types it). */
export type ReadFlatTotalLoan = Record<string, unknown>;

/** Reads a flat-total loan as `FlatTotalLoanSchema` does, with its issues in `options`' locale. */
export function readFlatTotalLoan(
  value: unknown,
  options: MessageOptions,
): SafeParseResult<ReadFlatTotalLoan> {
  return readWith((report) => flatTotalOf(value, report), options, scheduleStageMessages);
}

function flatTotalOf(value: unknown, report: Report): ReadFlatTotalLoan {
  const o = objectField(value, [], report);
  if (o === undefined) return {};
  const out = {} as LoanHead & Record<string, unknown>;
  readLoanHead(o, out, report);
  const { termMonths, frequency, interest, rounding } = o;
  wholeField(termMonths, ['termMonths'], 1, MAX_TERM, report);
  out.termMonths = termMonths;
  out.frequency = frequencyOf(frequency, report);
  out.interest = interestOf(interest, report);
  if (rounding !== undefined) out.rounding = roundingOf(rounding, report);
  else if ('rounding' in o) out.rounding = undefined;
  onlyKeys(o, [], KEYS, report);
  return out;
}

/** A named frequency, or `{ months }` (the union: the object's issues, or `invalid_union`). */
function frequencyOf(v: unknown, report: Report): unknown {
  if ((NAMED as readonly unknown[]).includes(v)) return v;
  const path = ['frequency'];
  let months: unknown;
  const found = collect((inner) => {
    const o = objectField(v, path, inner);
    if (o === undefined) return;
    months = o.months;
    wholeField(months, ['frequency', 'months'], 1, MAX_TERM, inner);
    onlyKeys(o, path, MONTHS_KEYS, inner);
  });
  unionOf(found, path, report);
  return { months };
}

function interestOf(v: unknown, report: Report): unknown {
  const o = objectField(v, ['interest'], report);
  if (o === undefined) return v;
  const { method, rate } = o;
  enumField(method, ['interest', 'method'], ['flat-total'], report);
  const r = objectField(rate, ['interest', 'rate'], report);
  let outRate: unknown = rate;
  if (r !== undefined) {
    const { percent, per } = r;
    percentField(percent, ['interest', 'rate', 'percent'], report);
    enumField(per, ['interest', 'rate', 'per'], ['term'], report);
    outRate = { percent, per };
    onlyKeys(r, ['interest', 'rate'], RATE_KEYS, report);
  }
  onlyKeys(o, ['interest'], INTEREST_KEYS, report);
  return { method, rate: outRate };
}

/** The rounding's discriminated union on `target`: `'parts'` or `'field-software'`. */
function roundingOf(v: unknown, report: Report): unknown {
  const o = objectField(v, ['rounding'], report);
  if (o === undefined) return v;
  const target = o.target;
  if (target === 'parts') {
    const { unit = 1, mode = 'half-up' } = o;
    wholeField(unit, ['rounding', 'unit'], 1, 1_000_000_000, report);
    enumField(mode, ['rounding', 'mode'], MODES, report);
    onlyKeys(o, ['rounding'], PARTS_KEYS, report);
    return { target, unit, mode };
  }
  if (target === 'field-software') {
    const unit = o.unit;
    unitField(unit, ['rounding', 'unit'], report);
    onlyKeys(o, ['rounding'], SOFTWARE_KEYS, report);
    return { target, unit };
  }
  report('invalid_union', ['rounding', 'target'], {});
  return v;
}

/** `FieldSoftwareUnitSchema`: a whole number 1 .. 10^9, or a string of one with a sign. */
function unitField(v: unknown, path: (string | number)[], report: Report): void {
  const found = collect((inner) => {
    if (typeof v === 'number') {
      wholeField(v, path, 1, 1_000_000_000, inner);
      return;
    }
    // The number option refuses any other type; the string option reads a length first.
    maxLengthCheck(v, path, 11, inner);
    if (typeof v !== 'string') inner('invalid_type', path, {});
    else if (!isUnitText(v)) inner('invalid_rounding_unit', path, {});
  });
  unionOf(found, path, report);
}
