import {
  int,
  lengths,
  strictObject,
  objectOf,
  oneOf,
  optional,
  type Read,
  readWith,
  report,
  union,
} from '../../_internal/zod-like-reader.js';
import { coreMessages, type MessageOptions, type SafeParseResult } from '../../core/index.js';
import { isUnitText } from './field-software-rounding.js';
import { scheduleStageMessages } from './messages.js';
import { LOAN_HEAD, MODE, percent, UNIT } from './reader-fields.js';

// `FlatTotalLoanSchema` read without zod, for `buildSchedule`'s own path (issue 11), written with the
// library's one kit of readers (_internal/zod-like-reader.ts). The same rules, output and issues in
// the same order as `safeParseWith(FlatTotalLoanSchema, value, { catalog: scheduleStageMessages })`:
// tests/revolving-fund/loan-reader.test.ts proves it on arbitrary input.

const NAMED = ['monthly', 'every-2-months', 'quarterly', 'semiannual'];
const MONTHS = union(strictObject({ months: int(1, 1200) }));

/** A named frequency, or `{ months }` (the union: the object's issues, or `invalid_union`). */
const frequency: Read = (v, path, out) => (NAMED.includes(v as string) ? v : MONTHS(v, path, out));

const UNIT_NUMBER = int(1, 1_000_000_000);

/** `FieldSoftwareUnitSchema`: a whole number 1 .. 10^9, or a string of one with a sign. */
const unit = union((v, path, out) => {
  if (typeof v === 'number') return UNIT_NUMBER(v, path, out);
  // The number option refuses any other type; the string option reads a length first.
  lengths(out, v, path, 0, 11);
  if (typeof v !== 'string') report(out, path, 'invalid_type');
  else if (!isUnitText(v)) report(out, path, 'invalid_rounding_unit');
  return v;
});

const PARTS = strictObject({ target: oneOf(['parts']), unit: UNIT, mode: MODE });
const SOFTWARE = strictObject({ target: oneOf(['field-software']), unit });

/** The rounding's discriminated union on `target`: `'parts'` or `'field-software'`. */
const rounding: Read = (v, path, out) => {
  const o = objectOf(v, path, out);
  if (o === undefined) return v;
  const target = o.target;
  if (target === 'parts') return PARTS(v, path, out);
  if (target === 'field-software') return SOFTWARE(v, path, out);
  report(out, [...path, 'target'], 'invalid_union');
  return v;
};

const FLAT_TOTAL = strictObject({
  ...LOAN_HEAD,
  termMonths: int(1, 1200),
  frequency,
  interest: strictObject({
    method: oneOf(['flat-total']),
    rate: strictObject({ percent, per: oneOf(['term']) }),
  }),
  rounding: optional(rounding),
});

/** A flat-total loan as `FlatTotalLoanSchema` outputs it (flat-total.ts types it). */
export type ReadFlatTotalLoan = Record<string, unknown>;

/** Reads a flat-total loan as `FlatTotalLoanSchema` does, with its issues in `options`' locale. */
export function readFlatTotalLoan(
  value: unknown,
  options: MessageOptions,
): SafeParseResult<ReadFlatTotalLoan> {
  return readWith(FLAT_TOTAL, value, options, scheduleStageMessages, coreMessages);
}
