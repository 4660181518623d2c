import {
  type Field,
  lengthCheck,
  object,
  objectField,
  oneOf,
  readWith,
  union,
  whole,
} from '../../_internal/mirror-fields.js';
import type { MessageOptions, SafeParseResult } from '../../core/index.js';
import { isUnitText } from './field-software-rounding.js';
import { scheduleStageMessages } from './messages.js';
import { LOAN_HEAD, MODE, percent, UNIT } from './reader-fields.js';

// `FlatTotalLoanSchema` read without zod, for `buildSchedule`'s own path (issue 11), written as the
// schema is (_internal/mirror-fields.ts). The same rules, output and issues in the same order as
// `safeParseWith(FlatTotalLoanSchema, value, { catalog: scheduleStageMessages })`:
// tests/revolving-fund/loan-reader.test.ts proves it on arbitrary input.

const NAMED = ['monthly', 'every-2-months', 'quarterly', 'semiannual'];
const MONTHS = union(object([['months', whole(1, 1200)]], true));

/** A named frequency, or `{ months }` (the union: the object's issues, or `invalid_union`). */
const frequency: Field = (v, path, report) =>
  NAMED.includes(v as string) ? v : MONTHS(v, path, report);

const UNIT_NUMBER = whole(1, 1_000_000_000);

/** `FieldSoftwareUnitSchema`: a whole number 1 .. 10^9, or a string of one with a sign. */
const unit = union((v, path, report) => {
  if (typeof v === 'number') return UNIT_NUMBER(v, path, report);
  // The number option refuses any other type; the string option reads a length first.
  lengthCheck(v, path, 11, true, report);
  if (typeof v !== 'string') report('invalid_type', path, {});
  else if (!isUnitText(v)) report('invalid_rounding_unit', path, {});
  return v;
});

const PARTS = object([['target', oneOf(['parts'])], UNIT, MODE], true);
const SOFTWARE = object(
  [
    ['target', oneOf(['field-software'])],
    ['unit', unit],
  ],
  true,
);

/** The rounding's discriminated union on `target`: `'parts'` or `'field-software'`. */
const rounding: Field = (v, path, report) => {
  const o = objectField(v, path, report);
  if (o === undefined) return v;
  const target = o.target;
  if (target === 'parts') return PARTS(v, path, report);
  if (target === 'field-software') return SOFTWARE(v, path, report);
  report('invalid_union', [...path, 'target'], {});
  return v;
};

const FLAT_TOTAL = object(
  [
    ...LOAN_HEAD,
    ['termMonths', whole(1, 1200)],
    ['frequency', frequency],
    [
      'interest',
      object(
        [
          ['method', oneOf(['flat-total'])],
          [
            'rate',
            object(
              [
                ['percent', percent],
                ['per', oneOf(['term'])],
              ],
              true,
            ),
          ],
        ],
        true,
      ),
    ],
    ['rounding', rounding, 'optional'],
  ],
  true,
);

/** A flat-total loan as `FlatTotalLoanSchema` outputs it (flat-total.ts types it). */
export type ReadFlatTotalLoan = Record<string, unknown>;

/** Reads a flat-total loan as `FlatTotalLoanSchema` does, with its issues in `options`' locale. */
export function readFlatTotalLoan(
  value: unknown,
  options: MessageOptions,
): SafeParseResult<ReadFlatTotalLoan> {
  return readWith(FLAT_TOTAL, value, options, scheduleStageMessages);
}
